/// Small text shapes every language shares: a capital first letter, a path before a message,
/// octal modes and hexadecimal bytes.
enum Phrasing {
    /// The text with its first letter in upper case.
    static func capitalized(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    /// "path: text", or the text alone at the top of the file.
    static func at(_ path: String, _ text: String) -> String { path.isEmpty ? text : "\(path): \(text)" }

    /// A file mode in octal: 644.
    static func octal(_ mode: UInt32) -> String { String(mode, radix: 8) }

    /// A byte as two hexadecimal digits: 0A.
    static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return digits.count == 1 ? "0" + digits : digits
    }

    /// "a, b<last>c": items joined by commas, the last one by the word given (" eller ").
    static func list(_ items: [String], last word: String) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + word + last
    }
}
