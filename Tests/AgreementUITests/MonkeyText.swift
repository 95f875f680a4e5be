import AgreementKit
@testable import AgreementUI

/// The monkey's material: characters, pasted text, and how messages and effects are named.
enum MonkeyText {
    static let printable: [Character] = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:-_/?!\"'()[]{}<>@#%&*+=|\\~^`$")
        + ["æ", "ø", "å", "Æ", "Ø", "Å", "é", "ü", "ß", "€", "«", "»", "–", "…", "宽", "字", "👩‍👩‍👧", "✔️", "e\u{301}", "🇳🇴"]
    static let controls: [Character] = ["\u{0}", "\u{1b}", "\u{7}", "\u{8}", "\t", "\n", "\r", "\r\n", "\u{7f}", "\u{85}", "\u{9b}", "\u{202e}", "\u{2028}", "\u{200b}", "\u{feff}", "\u{301}"]
    static let navigation: [Key] = [.up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .tab, .backTab, .backspace, .delete, .insert, .enter, .escape]

    /// Pasted text: words, Norwegian letters, line breaks of every kind, tabs, escape sequences, NUL, bidi.
    static func randomText(_ random: inout MonkeyRandom) -> String {
        let pieces = ["Økt", "læringsutbytte", "på", "1. trinn", "14.03.2011", "2011-02-30", " ", "\n", "\r\n", "\r", "\t", "\u{2028}",
                      "\u{1b}[31mrødt\u{1b}[0m", "\u{1b}]0;tittel\u{7}", "\u{1b}[2J", "\u{0}", "\u{202e}bidi", "\u{9b}31m", "宽字符",
                      "👩‍👩‍👧", "e\u{301}", "«sitat»", "\\", "\"", "/sti/fil.md", "–"]
        let count = random.int(0...99) < 5 ? random.int(100...800) : random.int(0...12)
        return (0..<count).map { _ in pieces[random.int(0...pieces.count - 1)] }.joined(separator: random.int(0...1) == 0 ? " " : "")
    }

    static func describe(_ message: Message) -> String {
        switch message {
        case .opened(let o): "opened(\(o.agreement.id))"
        case .reloaded(let a, _): "reloaded(\(a.id), \(a.goalAreas.count) goal areas)"
        case .lockAcquired(let a, _): "lockAcquired(\(a.id))"
        default: String(String(reflecting: message).prefix(120))
        }
    }

    static func describe(_ effect: Effect) -> String {
        switch effect {
        case .save: "save"
        case .forceSave: "forceSave"
        case .writeCopy(_, let path, let overwrite): "writeCopy(\(path), overwrite: \(overwrite))"
        case .writeMinutes(_, _, _, _, let path, let overwrite): "writeMinutes(\(path), overwrite: \(overwrite))"
        case .export(_, let format, _, let path, let overwrite): "export(\(format), \(path), overwrite: \(overwrite))"
        default: String(String(reflecting: effect).prefix(120))
        }
    }
}
