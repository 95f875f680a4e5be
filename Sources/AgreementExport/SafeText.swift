/// Makes agreement text inert for terminals and XML: control characters other than newline
/// and tab, DEL, C1 controls, bidirectional overrides and XML non-characters become visible
/// placeholders (as AgreementUI's `Inert` does), and CR/CRLF become a plain newline.
public enum SafeText {
    /// The text with every unsafe scalar replaced; newlines and tabs are kept.
    public static func inert(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            switch scalar.value {
            case 0x0A, 0x09:
                out.append(scalar)
            case 0x0D:
                out.append("\n")
                if pending == "\n" { pending = scalars.next() }
            case 0x00...0x1F:
                out.append(Unicode.Scalar(0x2400 + scalar.value) ?? "\u{FFFD}")  // ␀ … ␟, ␛ for ESC
            case 0x7F:
                out.append("\u{2421}")  // ␡
            case 0x80...0x9F, 0xFFFE, 0xFFFF:
                out.append("\u{FFFD}")
            case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C:
                out.append("\u{21C4}")  // ⇄
            case 0x2028, 0x2029:
                out.append("\u{21B5}")  // ↵
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }
}
