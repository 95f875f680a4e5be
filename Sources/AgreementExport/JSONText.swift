import Foundation

/// Keeps JSON safe for a terminal without changing its data: DEL, C1 controls, bidirectional
/// overrides and line/paragraph separators (which JSONEncoder leaves raw) become `\uXXXX`
/// escapes. They can only occur inside strings, so the document stays valid and equal.
enum JSONText {
    static func escapingUnsafe(_ data: Data) -> Data {
        let text = String(decoding: data, as: UTF8.self)
        guard text.unicodeScalars.contains(where: isUnsafe) else { return data }
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) {
                out += String(format: "\\u%04X", scalar.value)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return Data(out.utf8)
    }

    private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x7F...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C, 0x2028, 0x2029: true
        default: false
        }
    }
}
