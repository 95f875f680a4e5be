import Foundation

// The containers `EncodingTree` gives the values it encodes: each fills its slot with an object,
// an array or a leaf.

/// The `Encoder` the values are given: it fills its slot with an object, an array or a leaf.
struct TreeEncoder: Encoder {
    let slot: EncodingTree.Slot
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
    private func objectBox() -> EncodingTree.ObjectBox {
        if case .object(let box) = slot.node { return box }
        let box = EncodingTree.ObjectBox()
        slot.node = .object(box)
        return box
    }

    private func arrayBox() -> EncodingTree.ArrayBox {
        if case .array(let box) = slot.node { return box }
        let box = EncodingTree.ArrayBox()
        slot.node = .array(box)
        return box
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let box: EncodingTree.ObjectBox
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws { box.slot(for: key.stringValue).node = .raw("null") }
    mutating func encode(_ value: Bool, forKey key: Key) throws { box.slot(for: key.stringValue).node = .raw(value ? "true" : "false") }
    mutating func encode(_ value: String, forKey key: Key) throws { box.slot(for: key.stringValue).node = .string(value) }
    mutating func encode(_ value: Double, forKey key: Key) throws {
        box.slot(for: key.stringValue).node = try EncodingTree.leaf(value, codingPath: codingPath + [key])
    }
    mutating func encode(_ value: Float, forKey key: Key) throws {
        box.slot(for: key.stringValue).node = try EncodingTree.leaf(value, codingPath: codingPath + [key])
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
        try EncodingTree.encode(value, into: box.slot(for: key.stringValue), codingPath: codingPath + [key])
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
    func nextSlot() -> EncodingTree.Slot
}

extension LeafWriter {
    mutating func encodeNil() throws { nextSlot().node = .raw("null") }
    mutating func encode(_ value: Bool) throws { nextSlot().node = .raw(value ? "true" : "false") }
    mutating func encode(_ value: String) throws { nextSlot().node = .string(value) }
    mutating func encode(_ value: Double) throws { nextSlot().node = try EncodingTree.leaf(value, codingPath: codingPath) }
    mutating func encode(_ value: Float) throws { nextSlot().node = try EncodingTree.leaf(value, codingPath: codingPath) }
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
        try EncodingTree.encode(value, into: nextSlot(), codingPath: codingPath)
    }

    private func integer(_ value: some BinaryInteger) {
        nextSlot().node = .raw(String(value))
    }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer, LeafWriter {
    let box: EncodingTree.ArrayBox
    let codingPath: [any CodingKey]
    var count: Int { box.elements.count }

    func nextSlot() -> EncodingTree.Slot { box.slot() }

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
    let slot: EncodingTree.Slot
    let codingPath: [any CodingKey]

    func nextSlot() -> EncodingTree.Slot { slot }
}
