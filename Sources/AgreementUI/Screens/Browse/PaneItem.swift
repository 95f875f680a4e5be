import AgreementKit
import Catalogue

/// One entry of the measures or log pane; headings and notes are shown but not selectable.
public struct PaneItem: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case heading(FieldKind)
        case measure(ItemID)
        case support(ItemID)
        case log(ItemID)
        /// A line of explanation when there is nothing to list.
        case note(ScreenText)
    }

    public var kind: Kind
    /// The row's target number the entry belongs to, when a whole goal area is shown.
    public var prefix: String
    public var text: String
    public var date: LocalDate?
    /// For a measure or support entry that is not an ordinary item: a heading, instruction or indicator.
    public var entry: ListEntryKind?
    /// A measure marked as carried out.
    public var done = false

    public init(kind: Kind, prefix: String, text: String, date: LocalDate? = nil, entry: ListEntryKind? = nil, done: Bool = false) {
        self.kind = kind
        self.prefix = prefix
        self.text = text
        self.date = date
        self.entry = entry
        self.done = done
    }

    public var isSelectable: Bool {
        switch kind {
        case .measure, .support, .log: true
        case .heading, .note: false
        }
    }

    /// The item of the agreement this entry shows, if it is one.
    public var item: ItemRef? {
        switch kind {
        case .measure(let id): .measure(id)
        case .support(let id): .support(id)
        case .log(let id): .logEntry(id)
        case .heading, .note: nil
        }
    }

    /// The measures pane's entries for some rows: measures, then support.
    static func measures(of rows: [GoalRow], words: any Wording) -> [PaneItem] {
        guard !rows.isEmpty else { return [PaneItem(kind: .note(.chooseRowForMeasures), prefix: "", text: "")] }
        let showPrefix = rows.count > 1
        func prefix(_ row: GoalRow) -> String { showPrefix ? (row.targetNumber.isEmpty ? "•" : row.targetNumber) : "" }
        var items = [PaneItem(kind: .heading(.measure), prefix: "", text: words.fieldLabel(.measure))]
        let measures = rows.flatMap { row in
            row.measures.map { PaneItem(kind: .measure($0.id), prefix: prefix(row), text: $0.text, entry: $0.kind, done: $0.done != nil) }
        }
        items += measures.isEmpty ? [PaneItem(kind: .note(.noMeasures), prefix: "", text: "")] : measures
        items.append(PaneItem(kind: .heading(.support), prefix: "", text: words.fieldLabel(.support)))
        let support = rows.flatMap { row in row.support.map { PaneItem(kind: .support($0.id), prefix: prefix(row), text: $0.text, entry: $0.kind) } }
        items += support.isEmpty ? [PaneItem(kind: .note(.noSupport), prefix: "", text: "")] : support
        return items
    }

    /// The log pane's entries for some rows, by date.
    static func log(of rows: [GoalRow]) -> [PaneItem] {
        guard !rows.isEmpty else { return [PaneItem(kind: .note(.chooseRowForLog), prefix: "", text: "")] }
        let showPrefix = rows.count > 1
        let entries = rows.flatMap { row in
            row.log.map { entry in
                PaneItem(kind: .log(entry.id), prefix: showPrefix ? (row.targetNumber.isEmpty ? "•" : row.targetNumber) : "", text: entry.text, date: entry.date)
            }
        }
        guard !entries.isEmpty else { return [PaneItem(kind: .note(.noLogEntries), prefix: "", text: "")] }
        // Undated entries first, then by date; entries of one day in the order they were written.
        return entries.enumerated().sorted { a, b in
            switch (a.element.date, b.element.date) {
            case let (x?, y?) where x != y: x < y
            case (nil, _?): true
            case (_?, nil): false
            default: a.offset < b.offset
            }
        }.map(\.element)
    }
}
