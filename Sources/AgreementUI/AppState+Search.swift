import AgreementKit
import Foundation

extension AppState {
    /// `/`: asks for the text to search for.
    mutating func beginSearch() {
        modal = .edit(EditForm(title: "Søk i mål, tiltak, støtte og logg", purpose: .search,
                               fields: [FormField(label: "Søk", colour: nil, text: search?.query ?? "", multiline: false)]))
    }

    /// Finds every hit and jumps to the first one after the cursor.
    mutating func runSearch(_ query: String) {
        guard let agreement, !query.allSatisfy(\.isWhitespace) else { return }
        let hits = SearchIndex.hits(for: query, in: agreement)
        guard !hits.isEmpty else {
            search = SearchState(query: query, hits: [], current: 0)
            status = StatusMessage("Ingen treff for «\(query)»", kind: .warning)
            return
        }
        let here = currentNodeKey
        let order = GoalTree(agreement).nodes.compactMap { Self.key(of: $0, in: agreement) }
        let position = here.flatMap { order.firstIndex(of: $0) } ?? 0
        let first = hits.firstIndex { hit in
            let key: NodeKey = hit.row.map { .row($0) } ?? .area(hit.area)
            return (order.firstIndex(of: key) ?? 0) > position || (key == here && hit.pane != .goals)
        } ?? 0
        search = SearchState(query: query, hits: hits, current: first)
        jump(to: first)
    }

    /// `n`/`N`: the next or previous hit, round the end.
    mutating func stepSearch(by step: Int) {
        guard var search, !search.hits.isEmpty else {
            status = StatusMessage("Søk først med /", kind: .warning)
            return
        }
        search.current = (search.current + step + search.hits.count) % search.hits.count
        self.search = search
        jump(to: search.current)
    }

    private mutating func jump(to index: Int) {
        guard let search, search.hits.indices.contains(index) else { return }
        let hit = search.hits[index]
        select(hit.row.map { .row($0) } ?? .area(hit.area))
        focus = hit.pane
        if let item = hit.item {
            if hit.pane == .measures, let i = measureItems.firstIndex(where: { $0.kind == .measure(item) || $0.kind == .support(item) }) {
                measuresCursor = i
            }
            if hit.pane == .log, let i = logItems.firstIndex(where: { $0.kind == .log(item) }) {
                logCursor = i
            }
            scrollItemPanesIntoView()
        }
        let text = hit.text.replacingOccurrences(of: "\n", with: " ")
        status = StatusMessage("Treff \(index + 1)/\(search.hits.count) for «\(search.query)»: \(TextLayout.truncate(text, to: 60))")
    }
}

/// Where a search text occurs in an agreement, in document order. Case and accents are
/// ignored, and ø/æ/å match o/ae/a, so "okt" finds "Økt".
public enum SearchIndex {
    public static func hits(for query: String, in agreement: Agreement) -> [SearchState.Hit] {
        let needle = fold(query)
        var hits: [SearchState.Hit] = []
        func check(_ text: String, area: ItemID, row: ItemID? = nil, pane: Pane = .goals, item: ItemID? = nil) {
            if fold(text).contains(needle) { hits.append(SearchState.Hit(area: area, row: row, pane: pane, item: item, text: text)) }
        }
        for section in [GoalSection.common, .serviceArea, .own] {
            for area in agreement.goalAreas(in: section) {
                check(area.label, area: area.id)
                check(area.midYearNote, area: area.id)
                check(area.assessment.leaderComment, area: area.id)
                check(area.assessment.contactComment, area: area.id)
                for row in area.rows {
                    check([row.targetNumber, row.target, row.resultGoal, row.indicator].filter { !$0.isEmpty }.joined(separator: " · "), area: area.id, row: row.id)
                    for m in row.measures { check(m.text, area: area.id, row: row.id, pane: .measures, item: m.id) }
                    for s in row.support { check(s.text, area: area.id, row: row.id, pane: .measures, item: s.id) }
                    for l in row.log.sorted(by: { $0.date < $1.date }) { check(l.text, area: area.id, row: row.id, pane: .log, item: l.id) }
                }
            }
        }
        return hits
    }

    /// Lower case without accents; æ→ae, ø→o, å→a.
    public static func fold(_ text: String) -> String {
        var out = ""
        for character in text.lowercased() {
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
}
