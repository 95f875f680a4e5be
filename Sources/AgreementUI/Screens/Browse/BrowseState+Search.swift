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
        var folder = Folder()
        func check(_ text: String, area: ItemID, row: ItemID? = nil, pane: Pane = .goals, item: ItemRef? = nil) {
            if folder.contains(text, folded: needle) { hits.append(SearchState.Hit(area: area, row: row, pane: pane, item: item, text: text)) }
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
                    // The log in date order (a log is nearly always kept in it: then it is not sorted again).
                    let inOrder = zip(row.log, row.log.dropFirst()).allSatisfy { $0.date <= $1.date }
                    for l in inOrder ? row.log : row.log.sorted(by: { $0.date < $1.date }) {
                        check(l.text, area: area.id, row: row.id, pane: .log, item: .logEntry(l.id))
                    }
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
    /// searched as bytes.
    static func contains(_ text: String, folded needle: [UInt8], scratch: inout [UInt8]) -> Bool {
        var folder = Folder()
        swap(&folder.bytes, &scratch)
        defer { swap(&folder.bytes, &scratch) }
        return folder.contains(text, folded: needle)
    }

    /// `fold` straight from the UTF-8 bytes for text of ASCII and æøå/ÆØÅ only, else nil.
    private static func foldPlain(_ text: String) -> String? {
        var out: [UInt8] = []
        var text = text
        let plain = text.withUTF8 { bytes -> Bool in
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
        return plain ? String(decoding: out, as: UTF8.self) : nil
    }

    /// Folds texts for one search: into one reused buffer, straight from the UTF-8 bytes when
    /// every scalar stands alone as a grapheme (ASCII, æøå, the Latin letters, punctuation, box
    /// lines and arrows — the text of nearly every leader), remembering the fold of each such
    /// scalar; any other text goes through `fold`.
    struct Folder {
        var bytes: [UInt8] = []
        /// `fold` of each lone scalar met so far; nil for one that is not folded alone.
        private var scalars: [UInt32: [UInt8]?] = [:]

        /// Whether `text`, folded, holds the bytes of `needle`.
        mutating func contains(_ text: String, folded needle: [UInt8]) -> Bool {
            guard !needle.isEmpty else { return true }
            let count: Int
            if let folded = foldPlain(text) {
                count = folded
            } else {
                bytes.removeAll(keepingCapacity: true)
                bytes.append(contentsOf: fold(text).utf8)
                count = bytes.count
            }
            return bytes.withUnsafeBufferPointer { hay in
                needle.withUnsafeBufferPointer { n in
                    guard count >= n.count else { return false }
                    let first = n[0]
                    var i = 0
                    while i <= count - n.count {
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

        /// `fold(text)` into the first bytes of `bytes`, and how many; nil when a scalar does not
        /// stand alone (a combining mark, a joiner, a scalar outside the ranges below).
        private mutating func foldPlain(_ text: String) -> Int? {
            var text = text
            return text.withUTF8 { input -> Int? in
                // A scalar's fold is at most twice its bytes (`lone` keeps only those).
                let capacity = input.count * 2
                if bytes.count < capacity { bytes = [UInt8](repeating: 0, count: max(capacity, 2 * bytes.count)) }
                var length = 0
                // Taken out while written, so remembering a scalar's fold does not overlap it.
                var buffer: [UInt8] = []
                swap(&buffer, &bytes)
                defer { swap(&buffer, &bytes) }
                let ok = buffer.withUnsafeMutableBufferPointer { out -> Bool in
                    var i = 0
                    while i < input.count {
                        let byte = input[i]
                        if byte < 0x80 {
                            out[length] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                            length += 1
                            i += 1
                            continue
                        }
                        if byte == 0xC3, i + 1 < input.count {
                            switch input[i + 1] {
                            case 0xA6, 0x86:  // æ Æ
                                out[length] = 0x61
                                out[length + 1] = 0x65
                                length += 2
                                i += 2
                                continue
                            case 0xB8, 0x98:  // ø Ø
                                out[length] = 0x6F
                                length += 1
                                i += 2
                                continue
                            case 0xA5, 0x85:  // å Å
                                out[length] = 0x61
                                length += 1
                                i += 2
                                continue
                            default: break
                            }
                        }
                        let width = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                        guard byte >= 0xC2, i + width <= input.count else { return false }
                        var value = UInt32(byte) & (width == 2 ? 0x1F : 0x0F)
                        for k in 1..<width { value = value << 6 | UInt32(input[i + k] & 0x3F) }
                        guard let folded = lone(value) else { return false }
                        for b in folded {
                            out[length] = b
                            length += 1
                        }
                        i += width
                    }
                    return true
                }
                return ok ? length : nil
            }
        }

        /// The fold of a scalar that is always a grapheme of its own, made once; nil for others.
        private mutating func lone(_ value: UInt32) -> [UInt8]? {
            if let known = scalars[value] { return known }
            var folded: [UInt8]?
            if Self.standsAlone(value), let scalar = Unicode.Scalar(value) {
                let text = Array(SearchIndex.fold(String(Character(scalar))).utf8)
                if text.count <= 2 * String(Character(scalar)).utf8.count { folded = text }
            }
            scalars[value] = folded
            return folded
        }

        /// Ranges of scalars that never join a neighbour into one grapheme and are not combining:
        /// Latin-1 and Latin Extended-A/B, general punctuation (not the zero-width and direction
        /// marks), currency, arrows, mathematical operators, box drawing and shapes.
        static func standsAlone(_ value: UInt32) -> Bool {
            switch value {
            case 0xA0...0x24F, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0, 0x2190...0x22FF, 0x2500...0x25FF: true
            default: false
            }
        }
    }
}
