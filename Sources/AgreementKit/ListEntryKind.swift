/// What an entry of a measures or support list is, when it is not an ordinary item: the form
/// sets sub-headings, its own instructions and indicators among the items of a list.
public enum ListEntryKind: String, Codable, CaseIterable, Sendable {
    /// A sub-heading over the items that follow it ("Hjemmeside for frivillighet:", "Energi:").
    case heading
    /// A line of the municipality's guidance, not something the unit does
    /// ("Beskriv minst ett mål med tiltak innenfor hvert av områdene …").
    case instruction
    /// An indicator set among the measures it measures ("Indikator: Redusere strømutgifter").
    case indicator
}
