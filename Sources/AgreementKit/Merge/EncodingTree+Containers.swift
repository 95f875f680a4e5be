import Foundation

// The encoder and containers `EncodingTree` gives the values it encodes. A leaf goes straight
// into its object's or array's storage; only a value that asks for a container of its own makes
// one (an object or array box and the node of its coding path).

/// The `Encoder` a value is given: it fills its place with an object, an array or a leaf.
struct TreeEncoder: Encoder {
    let place: EncodingTree.Place
    /// The path of the container the value sits in, and the value's key there (none in an array).
    let parent: EncodingTree.PathNode
    let key: (any CodingKey)?

    var codingPath: [any CodingKey] { parent.path(then: key) }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(KeyedContainer<Key>(box: objectBox(), path: ownPath()))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        UnkeyedContainer(box: arrayBox(), path: ownPath())
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleValueContainer(place: place, parent: parent, key: key)
    }

    private func ownPath() -> EncodingTree.PathNode {
        key.map { EncodingTree.PathNode(parent: parent, key: $0) } ?? parent
    }

    /// The object in the place, made when the place holds none yet (asking twice gives the same one).
    private func objectBox() -> EncodingTree.ObjectBox {
        if case .object(let box) = place.node { return box }
        let box = EncodingTree.ObjectBox()
        place.node = .object(box)
        return box
    }

    private func arrayBox() -> EncodingTree.ArrayBox {
        if case .array(let box) = place.node { return box }
        let box = EncodingTree.ArrayBox()
        place.node = .array(box)
        return box
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let box: EncodingTree.ObjectBox
    let path: EncodingTree.PathNode
    var codingPath: [any CodingKey] { path.path() }

    mutating func encodeNil(forKey key: Key) throws { _ = box.add(key.stringValue, .raw("null")) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { _ = box.add(key.stringValue, .raw(value ? "true" : "false")) }
    mutating func encode(_ value: String, forKey key: Key) throws { _ = box.add(key.stringValue, .string(value)) }
    mutating func encode(_ value: Double, forKey key: Key) throws {
        _ = box.add(key.stringValue, try EncodingTree.leaf(value, codingPath: path.path(then: key)))
    }
    mutating func encode(_ value: Float, forKey key: Key) throws {
        _ = box.add(key.stringValue, try EncodingTree.leaf(value, codingPath: path.path(then: key)))
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
        try EncodingTree.encode(value, into: place(key.stringValue), parent: path, key: key)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        TreeEncoder(place: place(key.stringValue), parent: path, key: key).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        TreeEncoder(place: place(key.stringValue), parent: path, key: key).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        TreeEncoder(place: place("super"), parent: path, key: nil)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        TreeEncoder(place: place(key.stringValue), parent: path, key: key)
    }

    /// A new member, empty until its value fills it.
    private func place(_ key: String) -> EncodingTree.Place {
        .member(box, box.add(key))
    }

    private func integer(_ value: some BinaryInteger, _ key: Key) {
        _ = box.add(key.stringValue, .raw(String(value)))
    }
}

/// A container that puts each value it is given into a place of its own: the array's next
/// element, or the single value. Its leaves (null, booleans, strings and numbers) are written
/// here once for both.
private protocol LeafWriter {
    var codingPath: [any CodingKey] { get }
    /// Puts a leaf where the next value goes.
    func put(_ node: EncodingTree.Node)
    /// Where the next value goes, with the path its encoder is given.
    func nextPlace() -> (place: EncodingTree.Place, parent: EncodingTree.PathNode, key: (any CodingKey)?)
}

extension LeafWriter {
    mutating func encodeNil() throws { put(.raw("null")) }
    mutating func encode(_ value: Bool) throws { put(.raw(value ? "true" : "false")) }
    mutating func encode(_ value: String) throws { put(.string(value)) }
    mutating func encode(_ value: Double) throws { put(try EncodingTree.leaf(value, codingPath: codingPath)) }
    mutating func encode(_ value: Float) throws { put(try EncodingTree.leaf(value, codingPath: codingPath)) }
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
        let next = nextPlace()
        try EncodingTree.encode(value, into: next.place, parent: next.parent, key: next.key)
    }

    private func integer(_ value: some BinaryInteger) {
        put(.raw(String(value)))
    }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer, LeafWriter {
    let box: EncodingTree.ArrayBox
    let path: EncodingTree.PathNode
    var codingPath: [any CodingKey] { path.path() }
    var count: Int { box.elements.count }

    func put(_ node: EncodingTree.Node) { _ = box.add(node) }

    func nextPlace() -> (place: EncodingTree.Place, parent: EncodingTree.PathNode, key: (any CodingKey)?) {
        (.element(box, box.add()), path, nil)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        TreeEncoder(place: .element(box, box.add()), parent: path, key: nil).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        TreeEncoder(place: .element(box, box.add()), parent: path, key: nil).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        TreeEncoder(place: .element(box, box.add()), parent: path, key: nil)
    }
}

private struct SingleValueContainer: SingleValueEncodingContainer, LeafWriter {
    let place: EncodingTree.Place
    let parent: EncodingTree.PathNode
    let key: (any CodingKey)?
    var codingPath: [any CodingKey] { parent.path(then: key) }

    func put(_ node: EncodingTree.Node) { place.node = node }

    func nextPlace() -> (place: EncodingTree.Place, parent: EncodingTree.PathNode, key: (any CodingKey)?) {
        (place, parent, key)
    }
}
