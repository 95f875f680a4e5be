import Foundation
import AgreementKit
import Catalogue

extension BrowseState {
    /// Finds every hit and jumps to the first one after the cursor.
    mutating func runSearch(_ query: String, _ core: inout AppCore) {
        guard let agreement = core.agreement, !query.allSatisfy(\.isWhitespace) else { return }
        let hits = SearchIndex.hits(for: query, in: agreement)
        guard !hits.isEmpty else {
            search = SearchState(query: query, hits: [], current: 0)
            core.say(.noHits(query), .warning)
            return
        }
        let here = tree.position(of: node) ?? 0
        let first = hits.firstIndex { hit in
            let position = tree.position(of: Self.node(of: hit)) ?? 0
            return position > here || (position == here && hit.pane != .goals)
        } ?? 0
        search = SearchState(query: query, hits: hits, current: first)
        jump(to: first, &core)
    }

    /// `n`/`N`: the next or previous hit, round the end.
    mutating func stepSearch(by step: Int, _ core: inout AppCore) {
        guard var search, !search.hits.isEmpty else {
            core.say(.searchFirst, .warning)
            return
        }
        search.current = (search.current + step + search.hits.count) % search.hits.count
        self.search = search
        jump(to: search.current, &core)
    }

    private static func node(of hit: SearchState.Hit) -> GoalTree.Node {
        hit.row.map { .row(area: hit.area, row: $0) } ?? .goalArea(hit.area)
    }

    private mutating func jump(to index: Int, _ core: inout AppCore) {
        guard let search, search.hits.indices.contains(index) else { return }
        let hit = search.hits[index]
        select(Self.node(of: hit), core)
        focus = hit.pane
        if let item = hit.item { reveal(.item(item), core: &core) }
        focus = hit.pane
        let text = hit.text.replacingOccurrences(of: "\n", with: " ")
        core.say(.hit(index + 1, of: search.hits.count, query: search.query, text: TextLayout.truncate(text, to: 60)))
    }
}

/// Where a search text occurs in an agreement, in document order. Case and accents are
/// ignored, and ø/æ/å match o/ae/a, so "okt" finds "Økt".
public enum SearchIndex {
    public static func hits(for query: String, in agreement: Agreement) -> [SearchState.Hit] {
        let needle = Array(fold(query).utf8)
        var hits: [SearchState.Hit] = []
        // Each text folded into one reused buffer and searched as bytes: a search runs over every
        // entry of a 5,000-entry log.
        var scratch: [UInt8] = []
        func check(_ text: String, area: ItemID, row: ItemID? = nil, pane: Pane = .goals, item: ItemRef? = nil) {
            if contains(text, folded: needle, scratch: &scratch) { hits.append(SearchState.Hit(area: area, row: row, pane: pane, item: item, text: text)) }
        }
        for section in [GoalSection.common, .serviceArea, .own] {
            for area in agreement.goalAreas(in: section) {
                check(area.label, area: area.id)
                check(area.midYearNote, area: area.id)
                check(area.assessment.leaderComment, area: area.id)
                check(area.assessment.contactComment, area: area.id)
                for row in area.rows {
                    check([row.targetNumber, row.target, row.resultGoal, row.indicator].filter { !$0.isEmpty }.joined(separator: " · "), area: area.id, row: row.id)
                    for m in row.measures { check(m.text, area: area.id, row: row.id, pane: .measures, item: .measure(m.id)) }
                    for s in row.support { check(s.text, area: area.id, row: row.id, pane: .measures, item: .support(s.id)) }
                    for l in row.log.sorted(by: { $0.date < $1.date }) { check(l.text, area: area.id, row: row.id, pane: .log, item: .logEntry(l.id)) }
                }
            }
        }
        return hits
    }

    /// Lower case without accents; æ→ae, ø→o, å→a.
    public static func fold(_ text: String) -> String {
        if let folded = foldPlain(text) { return folded }
        var out = ""
        for character in text.lowercased() {
            // Most text is ASCII: nothing to decompose or drop.
            if character.isASCII {
                out.append(character)
                continue
            }
            switch character {
            case "æ": out += "ae"
            case "ø": out += "o"
            case "å": out += "a"
            default:
                for scalar in String(character).decomposedStringWithCanonicalMapping.unicodeScalars
                where scalar.properties.generalCategory != .nonspacingMark {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// Whether `text`, folded, holds the bytes of `needle` (a folded text's UTF-8): `fold(text)`
    /// searched as bytes, folded into `scratch` without a string when the text is plain.
    static func contains(_ text: String, folded needle: [UInt8], scratch: inout [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        if !foldPlain(text, into: &scratch) {
            scratch.removeAll(keepingCapacity: true)
            scratch.append(contentsOf: fold(text).utf8)
        }
        return scratch.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { n in
                guard hay.count >= n.count else { return false }
                let first = n[0]
                var i = 0
                while i <= hay.count - n.count {
                    if hay[i] == first {
                        var j = 1
                        while j < n.count, hay[i + j] == n[j] { j += 1 }
                        if j == n.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }

    /// `fold` straight from the UTF-8 bytes for text of ASCII and æøå/ÆØÅ only (most Norwegian
    /// text; a search runs over every entry of a 5,000-entry log), else nil.
    private static func foldPlain(_ text: String) -> String? {
        var out: [UInt8] = []
        return foldPlain(text, into: &out) ? String(decoding: out, as: UTF8.self) : nil
    }

    /// `foldPlain` into `out` (emptied first); false when the text is not of those letters only.
    private static func foldPlain(_ text: String, into out: inout [UInt8]) -> Bool {
        out.removeAll(keepingCapacity: true)
        var text = text
        return text.withUTF8 { bytes -> Bool in
            out.reserveCapacity(bytes.count + 8)
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                if byte < 0x80 {
                    out.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
                    i += 1
                    continue
                }
                guard byte == 0xC3, i + 1 < bytes.count else { return false }
                switch bytes[i + 1] {
                case 0xA6, 0x86: out += [0x61, 0x65]  // æ Æ
                case 0xB8, 0x98: out.append(0x6F)  // ø Ø
                case 0xA5, 0x85: out.append(0x61)  // å Å
                default: return false
                }
                i += 2
            }
            return true
        }
    }
}
