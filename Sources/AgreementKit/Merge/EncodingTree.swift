import Foundation

/// What an `Encodable` value says about itself, as a tree: objects and arrays filled by their
/// containers, leaves already in their JSON form (a string, or the text of a number, `true`,
/// `false` or `null`). Two readers take it: the store writes it as bytes (`StoreJSONEncoder`,
/// JSONEncoder's exact bytes), and the history and merge turn it into a `JSONValue` — both
/// without JSONEncoder's boxing and asking each value at run time what it is, and without the
/// decode a round trip through bytes would cost.
///
/// JSONEncoder writes data, URLs and decimals in a form of its own rather than as they encode
/// themselves; a value holding one is refused with `NeedsFoundation`, and the caller falls back
/// to JSONEncoder. Dates encode themselves as JSONEncoder's default writes them (a number).
public enum EncodingTree {
    /// A value in the tree.
    public enum Node {
        /// A value that asked for no container: JSONEncoder writes an empty object.
        case unset
        /// A string, not yet escaped.
        case string(String)
        /// A number, `true`, `false` or `null`, as written.
        case raw(String)
        case object(ObjectBox)
        case array(ArrayBox)
    }

    /// An object's members in the order they were encoded; a key given twice counts with its last value.
    public final class ObjectBox {
        public internal(set) var members: [(key: String, node: Node)] = []

        /// Adds a member and returns its place.
        func add(_ key: String, _ node: Node = .unset) -> Int {
            members.append((key, node))
            return members.count - 1
        }
    }

    public final class ArrayBox {
        public internal(set) var elements: [Node] = []

        /// Adds an element and returns its place.
        func add(_ node: Node = .unset) -> Int {
            elements.append(node)
            return elements.count - 1
        }
    }

    /// The root of a tree being made.
    final class RootBox {
        var node: Node = .unset
    }

    /// Where a value goes: the root, a member of an object or an element of an array. Members and
    /// elements hold their nodes inline; a place is how a nested value's encoder fills its own.
    enum Place {
        case root(RootBox)
        case member(ObjectBox, Int)
        case element(ArrayBox, Int)

        var node: Node {
            get {
                switch self {
                case .root(let box): box.node
                case .member(let box, let index): box.members[index].node
                case .element(let box, let index): box.elements[index]
                }
            }
            nonmutating set {
                switch self {
                case .root(let box): box.node = newValue
                case .member(let box, let index): box.members[index].node = newValue
                case .element(let box, let index): box.elements[index] = newValue
                }
            }
        }
    }

    /// The coding path of a container, linked to its parent's: made only when a container is,
    /// and read out only when someone asks (an error, a type that looks at its path).
    final class PathNode {
        let parent: PathNode?
        let key: (any CodingKey)?

        init(parent: PathNode?, key: (any CodingKey)?) {
            self.parent = parent
            self.key = key
        }

        /// The path down to this node, with `key` after it when given.
        func path(then key: (any CodingKey)? = nil) -> [any CodingKey] {
            var keys: [any CodingKey] = key.map { [$0] } ?? []
            var node: PathNode? = self
            while let current = node {
                if let key = current.key { keys.append(key) }
                node = current.parent
            }
            return keys.reversed()
        }
    }

    /// A value JSONEncoder writes in a form of its own (data, a URL, a decimal): the tree would
    /// not match, so the caller encodes with JSONEncoder instead.
    public struct NeedsFoundation: Error {}

    /// The tree of `value`.
    public static func of<T: Encodable>(_ value: T) throws -> Node {
        let root = RootBox()
        try encode(value, into: .root(root), parent: PathNode(parent: nil, key: nil), key: nil)
        return root.node
    }

    /// Encodes one value into its place, refusing the types JSONEncoder writes its own way.
    static func encode<T: Encodable>(_ value: T, into place: Place, parent: PathNode, key: (any CodingKey)?) throws {
        if T.self == Data.self || T.self == URL.self || T.self == Decimal.self { throw NeedsFoundation() }
        try value.encode(to: TreeEncoder(place: place, parent: parent, key: key))
    }

    /// A number as JSONEncoder writes it: its description, without a trailing `.0`; a value
    /// that is not finite cannot be written (JSONEncoder's default refuses it the same way).
    static func leaf<F: BinaryFloatingPoint & CustomStringConvertible>(_ value: F, codingPath: [any CodingKey]) throws -> Node {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, EncodingError.Context(codingPath: codingPath,
                                                                          debugDescription: "Unable to encode \(value) directly in JSON."))
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return .raw(text)
    }
}
