import AgreementKit

/// One agreement in the picker: what a person needs to choose it.
public struct PickerEntry: Equatable, Sendable {
    public let id: String
    public let unit: String
    public let year: Int
    public let phase: Phase
    public let progress: Progress
    /// The municipality, to propose for a new agreement.
    public let municipality: String

    public init(id: String, unit: String, year: Int, phase: Phase, progress: Progress, municipality: String = "") {
        self.id = id
        self.unit = unit
        self.year = year
        self.phase = phase
        self.progress = progress
        self.municipality = municipality
    }
}
