import Foundation

/// The one JSON style of the store: sorted keys, pretty-printed, raw UTF-8, trailing newline,
/// so that saving unchanged data gives identical bytes and files diff well in git.
/// The bytes are `JSONEncoder`'s with `.prettyPrinted, .sortedKeys, .withoutEscapingSlashes`,
/// written by the store's own `StoreJSONEncoder` (a save's largest cost was JSONEncoder).
enum StoreCoding {
    static func encode<T: Encodable>(_ value: T) throws -> Data {
        var data = try StoreJSONEncoder.encode(value, pretty: true)
        data.append(0x0A)
        return data
    }

    /// Sorted keys on one line: the store's own caches (the index and its delta), which only
    /// the program reads; half the size of the pretty form, and quicker to read back.
    static func encodeCompact<T: Encodable>(_ value: T) throws -> Data {
        var data = try StoreJSONEncoder.encode(value, pretty: false)
        data.append(0x0A)
        return data
    }

    static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        try JSONDecoder().decode(type, from: data)
    }
}
