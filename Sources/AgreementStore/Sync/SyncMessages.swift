import AgreementKit

/// The words of the commits sync makes, given by the catalogue (the store speaks no language).
public struct SyncMessages: Sendable {
    /// "Hoeggen skole 2011: 2 loggføringer, vurdering av mål 3" — the unit, year and changes of one agreement.
    public var agreement: @Sendable (_ unit: String, _ year: Int, _ summary: ChangeSummary) -> String
    /// An agreement deleted: its id.
    public var deleted: @Sendable (_ id: String) -> String
    /// Other files of the store, named.
    public var otherFiles: @Sendable (_ paths: [String]) -> String
    /// Section 4's files of these agreements.
    public var privateFiles: @Sendable (_ ids: [String]) -> String
    /// The merge of the remote's branch (named; nil for section 4's repository).
    public var merge: @Sendable (_ branch: String?) -> String
    /// The first commit of a new repository.
    public var first: String

    public init(agreement: @escaping @Sendable (String, Int, ChangeSummary) -> String, deleted: @escaping @Sendable (String) -> String,
                otherFiles: @escaping @Sendable ([String]) -> String, privateFiles: @escaping @Sendable ([String]) -> String,
                merge: @escaping @Sendable (String?) -> String, first: String) {
        self.agreement = agreement
        self.deleted = deleted
        self.otherFiles = otherFiles
        self.privateFiles = privateFiles
        self.merge = merge
        self.first = first
    }
}
