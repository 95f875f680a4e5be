/// The agreements of a store as summaries, and the files that could not be read.
public struct ListResult: Sendable {
    /// Summaries sorted by unit (Norwegian order), then year.
    public var summaries: [AgreementSummary]
    public var problems: [StoreError]
}
