import AgreementKit

/// One agreement in the picker: what a person needs to choose it.
public struct PickerEntry: Equatable, Sendable {
    public let id: String
    public let unit: String
    public let year: Int
    public let phase: Phase
    public let progress: Progress

    /// Lower-cased id, unit and year, built once.
    let haystack: String

    public init(id: String, unit: String, year: Int, phase: Phase, progress: Progress) {
        haystack = "\(id) \(unit) \(year)".lowercased()
        self.id = id
        self.unit = unit
        self.year = year
        self.phase = phase
        self.progress = progress
    }

    /// True if every word of the filter occurs in the id, unit or year (case-insensitive).
    func matches(_ filter: String) -> Bool {
        return filter.lowercased().split(separator: " ").allSatisfy { haystack.contains($0) }
    }
}
