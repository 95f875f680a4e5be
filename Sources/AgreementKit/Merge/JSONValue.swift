/// A JSON value as a tree: what the history diff and the three-way merge work on, so that they
/// see every key of a file (also keys added by later schema versions) without knowing each type.
public enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// The members of an object; nil for anything else.
    public var members: [String: JSONValue]? {
        if case .object(let members) = self { return members }
        return nil
    }

    /// The elements of an array; nil for anything else.
    public var elements: [JSONValue]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    /// The text of a string; nil for anything else.
    /// The number, written as an integer or not.
    public var numeric: Double? {
        switch self {
        case .integer(let value): Double(value)
        case .number(let value): value
        default: nil
        }
    }

    public var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// An object's member.
    public subscript(key: String) -> JSONValue? {
        members?[key]
    }

    /// The `id` of an object that has a string one (items of the agreement's lists).
    public var itemID: String? {
        members?["id"]?.string
    }

    /// True for an array whose elements are all objects with a string `id`: a list of items
    /// that the diff and the merge match by id rather than by position.
    public var isItemList: Bool {
        guard let elements, !elements.isEmpty else { return false }
        return elements.allSatisfy { $0.itemID != nil }
    }

    /// True for an array whose elements are all objects without an `id`: records such as
    /// signatures and phase changes, matched by their whole value.
    public var isRecordList: Bool {
        guard let elements, !elements.isEmpty else { return false }
        return elements.allSatisfy { $0.members != nil && $0.itemID == nil }
    }
}
