extension Key {
    /// How many places `slot` gives.
    static let slotCount = 150

    /// A small number for the keys nearly every press is — arrows, Enter, Esc, Tab, F1–F12,
    /// printable ASCII and Ctrl plus a letter — so the binding table finds them by index, without
    /// hashing the key (`Keymap.action`); nil for the rest (paste, Alt, other characters).
    var slot: Int? {
        switch self {
        case .up: 0
        case .down: 1
        case .left: 2
        case .right: 3
        case .home: 4
        case .end: 5
        case .pageUp: 6
        case .pageDown: 7
        case .tab: 8
        case .backTab: 9
        case .enter: 10
        case .lineFeed: 11
        case .altEnter: 12
        case .escape: 13
        case .backspace: 14
        case .delete: 15
        case .insert: 16
        case .function(let number): (1...12).contains(number) ? 16 + number : nil
        case .character(let character):
            // 29…123 for space to tilde.
            character.asciiValue.flatMap { (32..<127).contains($0) ? 29 + Int($0) - 32 : nil }
        case .control(let character):
            // 124…149 for Ctrl-A to Ctrl-Z.
            character.asciiValue.flatMap { (97...122).contains($0) ? 124 + Int($0) - 97 : nil }
        case .alt, .paste: nil
        }
    }
}
