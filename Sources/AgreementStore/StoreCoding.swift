import Foundation

/// The one JSON style of the store: sorted keys, pretty-printed, raw UTF-8, trailing newline,
/// so that saving unchanged data gives identical bytes and files diff well in git.
enum StoreCoding {
    static func encode<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(value)
        data.append(0x0A)
        return data
    }

    /// Sorted keys on one line: the store's own caches (the index and its delta), which only
    /// the program reads; half the size of the pretty form, and quicker to read back.
    static func encodeCompact<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(value)
        data.append(0x0A)
        return data
    }

    static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        try JSONDecoder().decode(type, from: data)
    }
}
