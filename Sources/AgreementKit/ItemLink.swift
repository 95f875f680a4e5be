/// Where an item came from: the same kind of item in another agreement of the store (last
/// year's row a carried row grew out of).
public struct ItemLink: Hashable, Sendable, Codable {
    /// The other agreement's id.
    public var agreement: String
    /// The item's id in that agreement.
    public var item: ItemID

    public init(agreement: String, item: ItemID) {
        self.agreement = agreement
        self.item = item
    }
}
