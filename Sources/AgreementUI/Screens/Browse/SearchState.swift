import AgreementKit

/// The last search: the query, its hits in document order and the current one.
public struct SearchState: Equatable, Sendable {
    /// Where a hit is.
    public struct Hit: Equatable, Sendable {
        public var area: ItemID
        /// The row, when the hit is in a row, a measure, support or the log.
        public var row: ItemID?
        public var pane: Pane
        /// The measure, support item or log entry hit, when the pane is not the goals pane.
        public var item: ItemRef?
        public var text: String
    }

    public var query: String
    public var hits: [Hit]
    public var current: Int
}
