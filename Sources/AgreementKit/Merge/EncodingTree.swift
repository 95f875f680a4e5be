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

    /// Where a value goes: a member of an object, an element of an array, or the root.
    public final class Slot {
        public internal(set) var node: Node = .unset
    }

    /// An object's members in the order they were encoded; a key given twice counts with its last value.
    public final class ObjectBox {
        public internal(set) var members: [(key: [UInt8], slot: Slot)] = []

        func slot(for key: String) -> Slot {
            let slot = Slot()
            members.append((Array(key.utf8), slot))
            return slot
        }
    }

    public final class ArrayBox {
        public internal(set) var elements: [Slot] = []

        func slot() -> Slot {
            let slot = Slot()
            elements.append(slot)
            return slot
        }
    }

    /// A value JSONEncoder writes in a form of its own (data, a URL, a decimal): the tree would
    /// not match, so the caller encodes with JSONEncoder instead.
    public struct NeedsFoundation: Error {}

    /// The tree of `value`.
    public static func of<T: Encodable>(_ value: T) throws -> Node {
        let root = Slot()
        try encode(value, into: root, codingPath: [])
        return root.node
    }

    /// Encodes one value into its slot, refusing the types JSONEncoder writes its own way.
    static func encode<T: Encodable>(_ value: T, into slot: Slot, codingPath: [any CodingKey]) throws {
        if T.self == Data.self || T.self == URL.self || T.self == Decimal.self { throw NeedsFoundation() }
        try value.encode(to: TreeEncoder(slot: slot, codingPath: codingPath))
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
