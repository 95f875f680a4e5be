import Foundation

/// The store's JSON writer: the bytes `JSONEncoder` writes with `.sortedKeys` and
/// `.withoutEscapingSlashes`, pretty-printed or on one line, made about three times as fast.
///
/// `JSONEncoder` builds a tree of boxed values and asks each value at run time whether it is a
/// date, a URL, data or a dictionary of strings; the store's types hold none of those that need
/// it, so this encoder keeps only a tree of already-escaped leaves and writes it once, keys in
/// byte order. `StoreJSONEncoderTests` holds it to `JSONEncoder`'s bytes on the samples,
/// generated stores and random values.
enum StoreJSONEncoder {
    static func encode<T: Encodable>(_ value: T, pretty: Bool) throws -> Data {
        let root = Slot()
        try value.encode(to: TreeEncoder(slot: root, codingPath: []))
        var out: [UInt8] = []
        out.reserveCapacity(16_384)
        root.node.write(into: &out, depth: 0, pretty: pretty)
        return Data(out)
    }

    /// A value in the tree: a leaf already written as JSON, or an object or array filled by containers.
    enum Node {
        case unset
        /// A string, escaped when written.
        case string(String)
        /// A number, `true`, `false` or `null`: written as it is.
        case raw(String)
        case object(ObjectBox)
        case array(ArrayBox)

        func write(into out: inout [UInt8], depth: Int, pretty: Bool) {
            switch self {
            case .unset:
                // A value that asked for no container: JSONEncoder writes an empty object.
                Node.object(ObjectBox()).write(into: &out, depth: depth, pretty: pretty)
            case .string(let text):
                writeString(text, into: &out)
            case .raw(let text):
                out.append(contentsOf: text.utf8)
            case .object(let box):
                // Sorted by the keys' bytes, as JSONEncoder sorts them; a key given twice keeps its last value.
                let order = box.members.indices.sorted { a, b in
                    let x = box.members[a].key, y = box.members[b].key
                    return x == y ? a < b : x.lexicographicallyPrecedes(y)
                }
                var members: [(key: [UInt8], slot: Slot)] = []
                members.reserveCapacity(order.count)
                for (position, index) in order.enumerated() {
                    if position + 1 < order.count, box.members[order[position + 1]].key == box.members[index].key { continue }
                    members.append(box.members[index])
                }
                out.append(0x7B)
                if members.isEmpty {
                    if pretty { closeEmpty(&out, depth: depth) }
                } else {
                    for (index, member) in members.enumerated() {
                        if index > 0 { out.append(0x2C) }
                        if pretty { newline(&out, depth: depth + 1) }
                        member.key.withUnsafeBufferPointer { writeEscaped($0, into: &out) }
                        if pretty { out.append(contentsOf: [0x20, 0x3A, 0x20]) } else { out.append(0x3A) }
                        member.slot.node.write(into: &out, depth: depth + 1, pretty: pretty)
                    }
                    if pretty { newline(&out, depth: depth) }
                }
                out.append(0x7D)
            case .array(let box):
                out.append(0x5B)
                if box.elements.isEmpty {
                    if pretty { closeEmpty(&out, depth: depth) }
                } else {
                    for (index, element) in box.elements.enumerated() {
                        if index > 0 { out.append(0x2C) }
                        if pretty { newline(&out, depth: depth + 1) }
                        element.node.write(into: &out, depth: depth + 1, pretty: pretty)
                    }
                    if pretty { newline(&out, depth: depth) }
                }
                out.append(0x5D)
            }
        }

        private func newline(_ out: inout [UInt8], depth: Int) {
            out.append(0x0A)
            out.append(contentsOf: repeatElement(0x20, count: 2 * depth))
        }

        /// JSONEncoder writes an empty container over two lines: `[`, an empty line, `]`.
        private func closeEmpty(_ out: inout [UInt8], depth: Int) {
            out.append(0x0A)
            newline(&out, depth: depth)
        }
    }

    /// Where a value goes: a member of an object, an element of an array, or the root.
    final class Slot {
        var node: Node = .unset
    }

    final class ObjectBox {
        var members: [(key: [UInt8], slot: Slot)] = []

        func slot(for key: String) -> Slot {
            let slot = Slot()
            members.append((Array(key.utf8), slot))
            return slot
        }
    }

    final class ArrayBox {
        var elements: [Slot] = []

        func slot() -> Slot {
            let slot = Slot()
            elements.append(slot)
            return slot
        }
    }

    /// A string as JSONEncoder writes it: quotes, backslash and control characters escaped
    /// (`\b \f \n \r \t`, the rest as `\u00xx`), everything else — slashes, DEL, U+2028 — as it is.
    static func writeString(_ string: String, into out: inout [UInt8]) {
        var string = string
        string.withUTF8 { writeEscaped($0, into: &out) }
    }

    /// The quoted, escaped form of UTF-8 bytes: runs that need no escape are copied whole.
    static func writeEscaped(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        out.append(0x22)
        var start = 0
        for i in 0..<bytes.count {
            let byte = bytes[i]
            guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
            if i > start { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i])) }
            start = i + 1
            switch byte {
            case 0x22: out.append(contentsOf: [0x5C, 0x22])
            case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
            case 0x08: out.append(contentsOf: [0x5C, 0x62])
            case 0x0C: out.append(contentsOf: [0x5C, 0x66])
            case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: out.append(contentsOf: [0x5C, 0x72])
            case 0x09: out.append(contentsOf: [0x5C, 0x74])
            default:
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            }
        }
        if bytes.count > start { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<bytes.count])) }
        out.append(0x22)
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

/// The `Encoder` the values are given: it fills its slot with an object, an array or a leaf.
private struct TreeEncoder: Encoder {
    let slot: StoreJSONEncoder.Slot
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(KeyedContainer<Key>(box: objectBox(), codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        UnkeyedContainer(box: arrayBox(), codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleValueContainer(slot: slot, codingPath: codingPath)
    }

    /// The object in the slot, made when the slot holds none yet (asking twice gives the same one).
    private func objectBox() -> StoreJSONEncoder.ObjectBox {
        if case .object(let box) = slot.node { return box }
        let box = StoreJSONEncoder.ObjectBox()
        slot.node = .object(box)
        return box
    }

    private func arrayBox() -> StoreJSONEncoder.ArrayBox {
        if case .array(let box) = slot.node { return box }
        let box = StoreJSONEncoder.ArrayBox()
        slot.node = .array(box)
        return box
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let box: StoreJSONEncoder.ObjectBox
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws { box.slot(for: key.stringValue).node = .raw("null") }
    mutating func encode(_ value: Bool, forKey key: Key) throws { box.slot(for: key.stringValue).node = .raw(value ? "true" : "false") }
    mutating func encode(_ value: String, forKey key: Key) throws { box.slot(for: key.stringValue).node = .string(value) }
    mutating func encode(_ value: Double, forKey key: Key) throws {
        box.slot(for: key.stringValue).node = try StoreJSONEncoder.leaf(value, codingPath: codingPath + [key])
    }
    mutating func encode(_ value: Float, forKey key: Key) throws {
        box.slot(for: key.stringValue).node = try StoreJSONEncoder.leaf(value, codingPath: codingPath + [key])
    }
    mutating func encode(_ value: Int, forKey key: Key) throws { integer(value, key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { integer(value, key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { integer(value, key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { integer(value, key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { integer(value, key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { integer(value, key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { integer(value, key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { integer(value, key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { integer(value, key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { integer(value, key) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try value.encode(to: TreeEncoder(slot: box.slot(for: key.stringValue), codingPath: codingPath + [key]))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        TreeEncoder(slot: box.slot(for: key.stringValue), codingPath: codingPath + [key]).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        TreeEncoder(slot: box.slot(for: key.stringValue), codingPath: codingPath + [key]).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        TreeEncoder(slot: box.slot(for: "super"), codingPath: codingPath)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        TreeEncoder(slot: box.slot(for: key.stringValue), codingPath: codingPath + [key])
    }

    private func integer(_ value: some BinaryInteger, _ key: Key) {
        box.slot(for: key.stringValue).node = .raw(String(value))
    }
}

/// A container that puts each value it is given into a slot of its own: the array's next
/// element, or the single value. Its leaves (null, booleans, strings and numbers) are written
/// here once for both.
private protocol LeafWriter {
    var codingPath: [any CodingKey] { get }
    /// The slot the next value goes into.
    func nextSlot() -> StoreJSONEncoder.Slot
}

extension LeafWriter {
    mutating func encodeNil() throws { nextSlot().node = .raw("null") }
    mutating func encode(_ value: Bool) throws { nextSlot().node = .raw(value ? "true" : "false") }
    mutating func encode(_ value: String) throws { nextSlot().node = .string(value) }
    mutating func encode(_ value: Double) throws { nextSlot().node = try StoreJSONEncoder.leaf(value, codingPath: codingPath) }
    mutating func encode(_ value: Float) throws { nextSlot().node = try StoreJSONEncoder.leaf(value, codingPath: codingPath) }
    mutating func encode(_ value: Int) throws { integer(value) }
    mutating func encode(_ value: Int8) throws { integer(value) }
    mutating func encode(_ value: Int16) throws { integer(value) }
    mutating func encode(_ value: Int32) throws { integer(value) }
    mutating func encode(_ value: Int64) throws { integer(value) }
    mutating func encode(_ value: UInt) throws { integer(value) }
    mutating func encode(_ value: UInt8) throws { integer(value) }
    mutating func encode(_ value: UInt16) throws { integer(value) }
    mutating func encode(_ value: UInt32) throws { integer(value) }
    mutating func encode(_ value: UInt64) throws { integer(value) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try value.encode(to: TreeEncoder(slot: nextSlot(), codingPath: codingPath))
    }

    private func integer(_ value: some BinaryInteger) {
        nextSlot().node = .raw(String(value))
    }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer, LeafWriter {
    let box: StoreJSONEncoder.ArrayBox
    let codingPath: [any CodingKey]
    var count: Int { box.elements.count }

    func nextSlot() -> StoreJSONEncoder.Slot { box.slot() }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        TreeEncoder(slot: box.slot(), codingPath: codingPath).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        TreeEncoder(slot: box.slot(), codingPath: codingPath).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        TreeEncoder(slot: box.slot(), codingPath: codingPath)
    }
}

private struct SingleValueContainer: SingleValueEncodingContainer, LeafWriter {
    let slot: StoreJSONEncoder.Slot
    let codingPath: [any CodingKey]

    func nextSlot() -> StoreJSONEncoder.Slot { slot }
}
