/// Which overview rows to show: the quick filters (year, contact person, service area, phase,
/// behind) and the typed text, fzf-like: every word typed must occur in the row's unit, service
/// area, leader, contact person, year, id or phase, ignoring case.
public struct OverviewFilter: Equatable, Hashable, Sendable {
    public var year: Int?
    /// A person's name: every word must begin a word of the contact person's name, ignoring case.
    public var contactPerson: String?
    /// Every word must begin a word of the service area, ignoring case.
    public var serviceArea: String?
    public var phase: Phase?
    public var behindOnly: Bool
    public var text: String

    public init(year: Int? = nil, contactPerson: String? = nil, serviceArea: String? = nil, phase: Phase? = nil, behindOnly: Bool = false, text: String = "") {
        self.year = year
        self.contactPerson = contactPerson
        self.serviceArea = serviceArea
        self.phase = phase
        self.behindOnly = behindOnly
        self.text = text
    }

    /// True when nothing is filtered.
    public var isEmpty: Bool { self == OverviewFilter() }

    /// True when no quick filter is set (the text aside).
    public var hasNoQuickFilter: Bool {
        year == nil && contactPerson == nil && serviceArea == nil && phase == nil && !behindOnly
    }

    /// Whether a row passes the quick filters (the text is matched against a haystack, see `matchesText`).
    public func passesQuickFilters(_ row: OverviewRow) -> Bool {
        if let year, row.year != year { return false }
        if let phase, row.phase != phase { return false }
        if behindOnly, !row.isBehind { return false }
        if let contactPerson, !Self.name(row.contactPerson, matches: contactPerson) { return false }
        if let serviceArea, !Self.name(row.serviceArea, matches: serviceArea) { return false }
        return true
    }

    /// Whether every typed word occurs in `haystack` (already lower-cased).
    public func matchesText(_ haystack: String) -> Bool {
        textWords.allSatisfy { haystack.contains($0) }
    }

    /// The typed words, lower-cased.
    public var textWords: [Substring] { Self.lowercasedWords(text) }

    /// True when every word of `query` begins a word of `name`, ignoring case: "kari" and
    /// "Kari Nordmann" match "Kari Nordmann", "per" does not match "Jesper".
    public static func name(_ name: String, matches query: String) -> Bool {
        let words = lowercasedWords(name)
        let wanted = lowercasedWords(query)
        return !wanted.isEmpty && wanted.allSatisfy { w in words.contains { $0.hasPrefix(w) } }
    }

    private static func lowercasedWords(_ text: String) -> [Substring] {
        text.lowercased().split(whereSeparator: \.isWhitespace)
    }
}
