@testable import AgreementUI
import Catalogue
import Testing

@Suite("The binding table")
struct KeymapTests {
    let words = Language.nb.words

    /// Every action of every screen, so a new command cannot go unbound.
    static let actions: [Action] = AppCommand.allCases.map(Action.app) + PickerCommand.allCases.map(Action.picker)
        + BrowseCommand.allCases.map(Action.browse) + DetailCommand.allCases.map(Action.detail)
        + HelpCommand.allCases.map(Action.help) + PhaseCommand.allCases.map(Action.phase)
        + MeetingCommand.allCases.map(Action.meeting) + FormCommand.allCases.map(Action.form)
        + DialogCommand.allCases.map(Action.dialog) + WheelCommand.allCases.map(Action.wheel)
        + ConversationCommand.allCases.map(Action.conversation)
        + DialogCommand.allCases.map(Action.dialog) + OverviewCommand.allCases.map(Action.overview)
        + MatrixCommand.allCases.map(Action.matrix)

    @Test func aContextsPlaceIsItsPlaceInAllCasesAndEqualOnesHashAlike() {
        for (index, context) in KeyContext.allCases.enumerated() {
            #expect(context.ordinal == index, "\(context)")
            #expect(Set(KeyContext.allCases).contains(context) && context.hashValue == KeyContext(rawValue: context.rawValue)?.hashValue)
        }
        #expect(Set(KeyContext.allCases).count == KeyContext.allCases.count, "no two contexts collide in a set")
        #expect(Set(Language.allCases).count == Language.allCases.count && Set(Role.allCases).count == Role.allCases.count)
    }

    @Test func aKeyLooksUpTheFirstRowOfTheTableThatBindsItInTheContext() {
        for context in KeyContext.allCases {
            for binding in Keymap.bindings(in: context) {
                for key in binding.allKeys {
                    let first = Keymap.bindings(in: context).first { $0.allKeys.contains(key) }
                    #expect(Keymap.action(for: key, in: context) == first?.action, "\(key) in \(context)")
                }
            }
        }
    }

    /// Every key with a slot (`Key.slot`): arrows and the like, F1–F12, printable ASCII, Ctrl-letters.
    static let slotted: [Key] = [.up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .tab, .backTab, .enter, .lineFeed,
                                 .altEnter, .escape, .backspace, .delete, .insert] + (1...12).map(Key.function)
        + (32..<127).map { Key.character(Character(Unicode.Scalar(UInt8($0)))) }
        + (97...122).map { Key.control(Character(Unicode.Scalar(UInt8($0)))) }

    @Test func theKeysFoundByIndexHaveAPlaceEachAndAnswerAsTheTableDoes() {
        let slots = Self.slotted.map(\.slot)
        #expect(slots.allSatisfy { $0 != nil && (0..<Key.slotCount).contains($0!) }, "every such key has a place")
        #expect(Set(slots).count == Self.slotted.count, "no two keys share a place")
        #expect(Key.character("ø").slot == nil && Key.alt("x").slot == nil && Key.paste("x").slot == nil && Key.function(13).slot == nil)
        #expect(Key.control("Æ").slot == nil && Key.character("\u{7F}").slot == nil)
        for context in KeyContext.allCases {
            let rows = Keymap.bindings(in: context)
            for key in Self.slotted {
                // Bound or not: the index gives what the first row binding the key gives, or nothing.
                #expect(Keymap.action(for: key, in: context) == rows.first { $0.allKeys.contains(key) }?.action, "\(key) in \(context)")
            }
        }
    }

    @Test func everyActionHasAKeyADescriptionAndAHint() {
        for action in Self.actions {
            let bindings = Keymap.bindings.filter { $0.action == action }
            #expect(!bindings.isEmpty, "\(action) has no binding")
            for binding in bindings {
                #expect(!binding.keys.isEmpty, "\(action) has no key")
                #expect(!binding.label.isEmpty)
                #expect(!binding.contexts.isEmpty, "\(action) is bound nowhere")
            }
            #expect(!words.describe(action).isEmpty, "\(action) has no description")
            #expect(!words.hint(action).isEmpty, "\(action) has no hint")
        }
    }

    @Test func aKeyMeansOneThingInOneContext() {
        for context in KeyContext.allCases {
            var seen: [Key: Action] = [:]
            for binding in Keymap.bindings(in: context) {
                for key in binding.allKeys {
                    #expect(seen[key] == nil, "\(key) bound twice in \(context)")
                    seen[key] = binding.action
                }
            }
        }
    }

    @Test func theDesignsCoreKeysAreBoundOnTheMainScreen() {
        let expected: [(Key, Action)] = [
            (.character("a"), .browse(.add)), (.character("d"), .browse(.delete)), (.character("l"), .browse(.addLogEntry)),
            (.character("u"), .app(.undo)), (.control("r"), .app(.redo)), (.character("/"), .browse(.search)),
            (.character("n"), .browse(.nextHit)), (.character("N"), .browse(.previousHit)), (.character("m"), .browse(.meeting)),
            (.character("p"), .browse(.phase)), (.character("e"), .browse(.export)), (.character("?"), .app(.help)),
            (.character("q"), .app(.quit)), (.enter, .browse(.open)), (.escape, .browse(.back)), (.tab, .browse(.nextPane)),
        ]
        for (key, action) in expected {
            #expect(Keymap.action(for: key, in: .browse) == action, "\(key)")
        }
    }

    @Test func thePickerBindsNoPrintableKey() {
        for binding in Keymap.bindings(in: .picker) {
            for key in binding.allKeys {
                if case .character = key { Issue.record("\(key) would not reach the filter") }
            }
        }
    }

    @Test func theChecklistMarksDoNotCollideWithUndo() {
        #expect(Keymap.action(for: .character(" "), in: .checklist) == .detail(.markDone))
        #expect(Keymap.action(for: .character("i"), in: .checklist) == .detail(.markNotDone))
        #expect(Keymap.action(for: .character("u"), in: .checklist) == .app(.undo))
    }

    @Test func footersDropWholeHintsByPriorityAndKeepHelpAndQuit() {
        let spans = KeyHints.spans(.browse, width: 80, words: words)
        let text = spans.map(\.text).joined()
        #expect(text.contains(" ? Hjelp ") && text.contains(" q Avslutt "))
        #expect(DisplayWidth.of(text) <= 80)
        #expect(!text.contains("…"))
    }
}
