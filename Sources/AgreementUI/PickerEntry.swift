/// One agreement in the picker: what a person needs to choose it.
public struct PickerEntry: Equatable, Sendable {
    public var id: String
    public var unit: String
    public var year: Int
    public var phaseTitle: String
    public var progress: String

    public init(id: String, unit: String, year: Int, phaseTitle: String, progress: String) {
        self.id = id
        self.unit = unit
        self.year = year
        self.phaseTitle = phaseTitle
        self.progress = progress
    }

    /// True if every word of the filter occurs in the id, unit or year (case-insensitive).
    func matches(_ filter: String) -> Bool {
        let haystack = "\(id) \(unit) \(year) \(phaseTitle)".lowercased()
        return filter.lowercased().split(separator: " ").allSatisfy { haystack.contains($0) }
    }
}
