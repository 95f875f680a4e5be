import AgreementKit
import Foundation

/// The store's JSON writer: the bytes `JSONEncoder` writes with `.sortedKeys` and
/// `.withoutEscapingSlashes`, pretty-printed or on one line, made about three times as fast.
///
/// `JSONEncoder` builds a tree of boxed values and asks each value at run time whether it is a
/// date, a URL, data or a dictionary of strings; the store's types hold none of those that need
/// it, so this encoder takes the value's `EncodingTree` and writes it once, keys in byte order
/// (a value that holds one of them is written by JSONEncoder). `StoreJSONEncoderTests` holds it to `JSONEncoder`'s bytes on the samples,
/// generated stores and random values.
enum StoreJSONEncoder {
    static func encode<T: Encodable>(_ value: T, pretty: Bool) throws -> Data {
        let root: EncodingTree.Node
        do { root = try EncodingTree.of(value) } catch is EncodingTree.NeedsFoundation {
            let encoder = JSONEncoder()
            encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
            return try encoder.encode(value)
        }
        var out: [UInt8] = []
        out.reserveCapacity(16_384)
        root.write(into: &out, depth: 0, pretty: pretty)
        return Data(out)
    }

    /// Appends `value` pretty-printed as an element `depth` levels into a document, as encoding
    /// the whole document writes it (its first line's indentation is the caller's).
    static func write<T: Encodable>(_ value: T, into out: inout [UInt8], depth: Int) throws {
        do { try EncodingTree.of(value).write(into: &out, depth: depth, pretty: true) } catch is EncodingTree.NeedsFoundation {
            // Re-indented from JSONEncoder's bytes, which begin at the left margin; the empty
            // line inside an empty list or object stays empty, as in the whole document.
            let text = Array(try encode(value, pretty: true))
            let indentation = [UInt8](repeating: 0x20, count: 2 * depth)
            for (k, byte) in text.enumerated() {
                out.append(byte)
                if byte == 0x0A, k + 1 < text.count, text[k + 1] != 0x0A { out.append(contentsOf: indentation) }
            }
        }
    }

    /// The order of two strings by their UTF-8 bytes, as JSONEncoder sorts keys: below zero when
    /// `a` comes first, zero when they are the same bytes. One memcmp, not a walk of two views.
    static func compareBytes(_ a: String, _ b: String) -> Int {
        let order = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y in
                let common = min(x.count, y.count)
                if common > 0, let p = x.baseAddress, let q = y.baseAddress {
                    let order = memcmp(p, q, common)
                    if order != 0 { return Int(order) }
                }
                return x.count - y.count
            }
        }
        if let order = order ?? nil { return order }
        // A string not stored as UTF-8 (bridged): walked byte by byte.
        return a.utf8.elementsEqual(b.utf8) ? 0 : a.utf8.lexicographicallyPrecedes(b.utf8) ? -1 : 1
    }

    /// Indentation, copied a run at a time.
    static let spaces = [UInt8](repeating: 0x20, count: 64)

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
        while start < bytes.count {
            let i = PlainRun.end(in: bytes, from: start)
            if i > start { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i])) }
            guard i < bytes.count else { break }
            let byte = bytes[i]
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
        out.append(0x22)
    }
}

extension EncodingTree.Node {
    /// The JSON text of the tree: keys in byte order, pretty-printed as JSONEncoder does it or on one line.
    func write(into out: inout [UInt8], depth: Int, pretty: Bool) {
        switch self {
        case .unset:
            // A value that asked for no container: JSONEncoder writes an empty object.
            out.append(0x7B)
            if pretty { closeEmpty(&out, depth: depth) }
            out.append(0x7D)
        case .string(let text):
            StoreJSONEncoder.writeString(text, into: &out)
        case .raw(let text):
            out.append(contentsOf: text.utf8)
        case .object(let box):
            // Sorted by the keys' bytes, as JSONEncoder sorts them; a key given twice keeps its last value.
            let all = box.members
            var inOrder = true
            for k in all.indices.dropFirst() where StoreJSONEncoder.compareBytes(all[k - 1].key, all[k].key) >= 0 {
                inOrder = false
                break
            }
            out.append(0x7B)
            var written = 0
            func member(_ index: Int) {
                if written > 0 { out.append(0x2C) }
                if pretty { newline(&out, depth: depth + 1) }
                StoreJSONEncoder.writeString(all[index].key, into: &out)
                if pretty { out.append(contentsOf: [0x20, 0x3A, 0x20]) } else { out.append(0x3A) }
                all[index].node.write(into: &out, depth: depth + 1, pretty: pretty)
                written += 1
            }
            if inOrder {
                // Already in byte order, no key twice (each strictly after the one before).
                for index in all.indices { member(index) }
            } else {
                let order = all.indices.sorted { a, b in
                    let order = StoreJSONEncoder.compareBytes(all[a].key, all[b].key)
                    return order == 0 ? a < b : order < 0
                }
                for (position, index) in order.enumerated() {
                    if position + 1 < order.count, StoreJSONEncoder.compareBytes(all[order[position + 1]].key, all[index].key) == 0 { continue }
                    member(index)
                }
            }
            if written == 0 {
                if pretty { closeEmpty(&out, depth: depth) }
            } else if pretty {
                newline(&out, depth: depth)
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
                    element.write(into: &out, depth: depth + 1, pretty: pretty)
                }
                if pretty { newline(&out, depth: depth) }
            }
            out.append(0x5D)
        }
    }

    private func newline(_ out: inout [UInt8], depth: Int) {
        out.append(0x0A)
        var spaces = 2 * depth
        while spaces > 0 {
            let run = min(spaces, StoreJSONEncoder.spaces.count)
            StoreJSONEncoder.spaces.withUnsafeBufferPointer { out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<run])) }
            spaces -= run
        }
    }

    /// JSONEncoder writes an empty container over two lines: `[`, an empty line, `]`.
    private func closeEmpty(_ out: inout [UInt8], depth: Int) {
        out.append(0x0A)
        newline(&out, depth: depth)
    }
}
