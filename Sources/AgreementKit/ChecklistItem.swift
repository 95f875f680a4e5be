/// One mandatory task of the checklist ("Er følgende oppgaver utført?") with its mark and comment.
public struct ChecklistItem: Identifiable, Equatable, Sendable, Codable {
    public var id: ItemID
    public var task: String
    /// Nil until marked at the year-end assessment.
    public var status: ChecklistStatus?
    public var comment: String

    public init(id: ItemID, task: String, status: ChecklistStatus? = nil, comment: String = "") {
        self.id = id
        self.task = task
        self.status = status
        self.comment = comment
    }
}

/// Whether a mandatory task was carried out.
public enum ChecklistStatus: String, Codable, CaseIterable, Sendable {
    case done
    case notDone
}
