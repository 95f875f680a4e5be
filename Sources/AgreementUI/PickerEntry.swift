/// One agreement in the picker: what a person needs to choose it.
public struct PickerEntry: Equatable, Sendable {
    public let id: String
    public let unit: String
    public let year: Int
    public let phaseTitle: String
    public let progress: String

    /// Lower-cased id, unit, year and phase, built once.
    let haystack: String

    public init(id: String, unit: String, year: Int, phaseTitle: String, progress: String) {
        haystack = "\(id) \(unit) \(year) \(phaseTitle)".lowercased()
        self.id = id
        self.unit = unit
        self.year = year
        self.phaseTitle = phaseTitle
        self.progress = progress
    }

    /// True if every word of the filter occurs in the id, unit or year (case-insensitive).
    func matches(_ filter: String) -> Bool {
        return filter.lowercased().split(separator: " ").allSatisfy { haystack.contains($0) }
    }
}
