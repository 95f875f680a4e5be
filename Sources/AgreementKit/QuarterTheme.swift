/// The theme an annual wheel gives one quarter of the year, e.g. results and assessment in the first.
public struct QuarterTheme: Identifiable, Equatable, Sendable, Codable {
    public var id: ItemID
    /// 1–4.
    public var quarter: Int
    public var title: String

    public init(id: ItemID, quarter: Int, title: String) {
        self.id = id
        self.quarter = quarter
        self.title = title
    }
}
