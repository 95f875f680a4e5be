import AgreementKit
import Catalogue

/// The dated entries of one or more agreements, chosen for the `wheel` command and its exports:
/// all of a year, one month, or what is due soon together with what is overdue.
public struct WheelListing: Sendable {
    /// One entry with the agreement it belongs to.
    public struct Line: Equatable, Sendable {
        public var agreementID: String
        /// "Hoeggen skole 2011".
        public var agreementName: String
        public var entry: DeadlineEntry

        public init(agreementID: String, agreementName: String, entry: DeadlineEntry) {
            self.agreementID = agreementID
            self.agreementName = agreementName
            self.entry = entry
        }

        /// The calendar UID: the same for the same entry in every export.
        public var uid: String { "\(agreementID)-\(entry.id)@lederavtale" }
    }

    /// Which entries to list.
    public enum Selection: Equatable, Sendable {
        case all
        /// Open entries due from the reference through `days` days later, and the overdue ones.
        case due(days: Int)
        case month(Int)
    }

    public var lines: [Line]
    /// The date "due" and "overdue" are reckoned from.
    public var reference: LocalDate

    /// The entries of each agreement with its deadlines, selected, in date order (agreements in
    /// the order given when dates tie).
    public init(_ agreements: [(agreement: Agreement, deadlines: Deadlines)], selection: Selection, reference: LocalDate) {
        self.reference = reference
        var all: [Line] = []
        for (agreement, deadlines) in agreements {
            let name = "\(agreement.header.unit) \(agreement.header.year)"
            for entry in deadlines.entries where Self.selected(entry, selection, reference) {
                all.append(Line(agreementID: agreement.id, agreementName: name, entry: entry))
            }
        }
        lines = all.enumerated().sorted { ($0.element.entry.date, $0.offset) < ($1.element.entry.date, $1.offset) }.map(\.element)
    }

    private static func selected(_ entry: DeadlineEntry, _ selection: Selection, _ reference: LocalDate) -> Bool {
        switch selection {
        case .all: true
        case .due(let days): entry.isDue(within: days, of: reference) || entry.isOverdue(on: reference)
        case .month(let month): entry.date.month == month
        }
    }

    /// The status as the table and the view word it.
    public func status(of entry: DeadlineEntry, words: any Wording) -> String {
        words.wheel(.status(entry.status, overdue: entry.isOverdue(on: reference), dueSoon: entry.isDue(within: 14, of: reference)))
    }

    /// Who takes part, worded: the wheel's roles, a follow-up's person.
    public static func who(_ entry: DeadlineEntry, words: any Wording) -> String {
        switch entry.source {
        case .wheel(_, _, let event): WheelRole.allCases.filter(event.who.contains).map(words.wheelRole).joined(separator: ", ")
        case .followUp(let item, _): item.who
        case .phase, .meeting: ""
        }
    }

    /// Where the entry comes from, worded.
    public static func source(_ entry: DeadlineEntry, words: any Wording) -> String {
        switch entry.source {
        case .phase, .meeting: words.wheel(entry.standard ? .sourceStandard : .sourceOwn)
        case .wheel(_, let title, _): words.wheel(.sourceWheel(title))
        case .followUp(_, let date): words.wheel(.sourceConversation(words.date(date)))
        }
    }
}
