/// What a save did beyond writing the agreement: the changes its history recorded, and what
/// went wrong after the agreement itself was safe.
public struct SaveReport: Sendable {
    /// Entries added to the shared history.
    public var recorded = 0
    /// Entries added to section 4's history.
    public var recordedPrivately = 0
    /// Problems met after the save (the history could not be written).
    public var notes: [StoreError] = []

    public init() {}
}
