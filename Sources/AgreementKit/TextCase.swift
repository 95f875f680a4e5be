/// `String.lowercased()` — which maps a text scalar by scalar by each one's lowercase mapping —
/// with the Latin-1 scalars (ASCII, æ ø å é ü …) mapped in place. The standard library looks up
/// every scalar's Unicode properties once a text holds one scalar beyond ASCII: the overview's
/// 2,000 search texts (units and names with æ, ø, å) had cost 68,000 instructions each.
public enum TextCase {
    public static func lowercased(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            switch value {
            case 0x41...0x5A: out.append(UInt8(value + 0x20))
            case 0x00...0x7F: out.append(UInt8(value))
            case 0x80...0xFF:
                // À…Þ but × lower-case to their letter 0x20 above; the rest of Latin-1 is already lower case or no letter.
                let lower = (0xC0...0xDE).contains(value) && value != 0xD7 ? value + 0x20 : value
                out.append(UInt8(0xC0 | (lower >> 6)))
                out.append(UInt8(0x80 | (lower & 0x3F)))
            default:
                out.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
