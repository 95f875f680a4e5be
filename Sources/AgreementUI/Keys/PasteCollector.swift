/// Collects the text of a bracketed paste, as it arrives in pieces, up to its end marker
/// `ESC [ 201 ~`: CR and CRLF become "\n", at most `limit` bytes of text are kept (the rest is
/// read and dropped), and bytes that are not UTF-8 become U+FFFD. What the text holds beyond that
/// (tabs, escape characters) is the editor's to make inert.
public struct PasteCollector: Sendable {
    /// The most text one paste delivers, in UTF-8 bytes.
    public static let defaultLimit = 1 << 20
    static let endMarker: [UInt8] = [0x1B, 0x5B, 0x32, 0x30, 0x31, 0x7E]

    public let limit: Int
    private var bytes: [UInt8] = []
    /// How many bytes of the end marker the input ended on (held back until the next byte shows
    /// whether the marker goes on).
    private var matched = 0
    private var afterCarriageReturn = false
    public private(set) var ended = false

    public init(limit: Int = Self.defaultLimit) {
        self.limit = limit
    }

    /// Takes bytes from the front of `input` up to and including the end marker; returns how many
    /// it took (all of them when the paste goes on past `input`).
    public mutating func take(_ input: UnsafeBufferPointer<UInt8>) -> Int {
        var index = 0
        while index < input.count, !ended {
            let byte = input[index]
            index += 1
            if byte == Self.endMarker[matched] {
                matched += 1
                if matched == Self.endMarker.count { ended = true }
                continue
            }
            if matched > 0 {
                // The marker did not go on: what was held is text, and this byte is read anew.
                for held in Self.endMarker[0..<matched] { append(held) }
                matched = 0
                if byte == Self.endMarker[0] { matched = 1; continue }
            }
            append(byte)
        }
        return index
    }

    /// The pasted text so far (the whole of it once `ended`). Cut at `limit` on a character boundary.
    public var text: String {
        var end = bytes.count
        if end >= limit {
            // The cut may have split the last character: back to its lead byte, and drop it if it is incomplete.
            var lead = end - 1
            while lead > 0, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
            let needed = bytes[lead] >= 0xF0 ? 4 : bytes[lead] >= 0xE0 ? 3 : bytes[lead] >= 0xC0 ? 2 : 1
            if end - lead < needed { end = lead }
        }
        return String(decoding: bytes[0..<end], as: UTF8.self)
    }

    private mutating func append(_ byte: UInt8) {
        defer { afterCarriageReturn = byte == 13 }
        if byte == 10, afterCarriageReturn { return }
        guard bytes.count < limit else { return }
        bytes.append(byte == 13 ? 10 : byte)
    }
}
