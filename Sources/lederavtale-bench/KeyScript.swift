import AgreementUI

/// The mixes of keys replayed for "key → frame": they move about and come back where they started.
enum KeyScript {
    /// Main screen: down/up in the goals, Tab through the panes, Enter opens the detail, Esc closes it.
    static let main: [Key] = [
        .down, .down, .down, .up, .tab, .down, .up, .tab, .down, .up, .tab, .enter, .down, .up, .escape, .up, .up,
    ]

    /// Picker: move, type into the filter, take it back.
    static let picker: [Key] = [
        .down, .down, .up, .character("s"), .character("k"), .backspace, .backspace, .up,
    ]

    /// Overview: type into the filter and take it back, the behind filter on and off, move.
    static let overview: [Key] = [
        .character("s"), .character("k"), .character("o"), .backspace, .backspace, .backspace, .function(5), .function(5), .down, .up,
    ]
}
