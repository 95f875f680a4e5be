import AgreementUI
import Foundation

/// Writing text for a terminal or a pipe: agreement text is made inert first, so a hostile
/// file cannot send escape sequences to the user's terminal.
enum Output {
    static func line(_ text: String) {
        print(Inert.text(text))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((Inert.text(text) + "\n").utf8))
    }

    /// Text padded to a display width (æøå and wide characters measured correctly).
    static func column(_ text: String, _ width: Int) -> String {
        TextLayout.pad(Inert.text(text), to: width)
    }
}
