import AgreementKit

/// The fixed and parameterised texts of the overview and the goal matrix, on the screen and in
/// the reports of `overview` and `export --all`.
public enum OverviewText: Equatable, Sendable {
    // Titles and counts.
    case title
    case matrixTitle
    case listTitle
    /// "14 av 20 avtaler".
    case shown(Int, of: Int)
    /// "6 på etterskudd".
    case behind(Int)
    /// "1 fil kan ikke leses".
    case unreadable(Int)
    /// A file that could not be read, as a line of the list: "ulesbar: …".
    case unreadableLine(String)
    /// "… og 3 til".
    case moreUnreadable(Int)
    /// "sortert etter Neste frist ▲".
    case sortedBy(String, descending: Bool)
    case loading
    case noneMatch
    case storeIsEmpty
    // Quick filters, as chips after the filter.
    case mine
    case contactPerson(String)
    case serviceArea(String)
    case phase(String)
    case year(Int)
    case behindOnly
    /// Status: "mine" needs the user's name.
    case noName
    /// Status after a quick filter changed: "Viser bare: Mine", "Alle kontaktpersoner".
    case showingOnly(String)
    case showingAll(OverviewQuickFilter)
    // The goal matrix.
    case unitColumn
    case totalsTitle
    /// "Frivillighet: 9 i tråd med, 4 ut over, 2 mindre enn avtalen".
    case areaTotals(String, String)
    /// "Redusert sykefravær per tjenesteområde:".
    case perServiceArea(String)
    /// "  Oppvekst og utdanning: …".
    case serviceAreaTotals(String, String)
    case noCommonGoals
    case noSuchArea
    /// The group of units whose agreement names no service area.
    case noServiceArea
    case matrixLegend
    /// A rating in a cell: "ut over", "i tråd med", "mindre enn".
    case ratingShort(Rating)
    // Reports (`overview`, `export --all`).
    case reportTitle
    /// "Per 15.09.2011 · 20 avtaler · 6 på etterskudd".
    case reportLead(date: String, count: Int, behind: Int)
    case totalsRow
    case publicCopiesHeading
    case sectionFourLeftOut
    case deadlinesNote
}

/// The quick filters of the overview.
public enum OverviewQuickFilter: Equatable, Sendable, CaseIterable {
    case mine, serviceArea, phase, behind, year
}
