@testable import AgreementUI
import Testing

@Suite("The binding table")
struct KeymapTests {
    @Test func everyCommandHasAKeyAndADescription() {
        for command in Command.allCases {
            let bindings = Keymap.bindings.filter { $0.command == command }
            #expect(!bindings.isEmpty, "\(command) has no binding")
            for binding in bindings {
                #expect(!binding.keys.isEmpty, "\(command) has no key")
                #expect(!binding.description.isEmpty, "\(command) has no description")
                #expect(!binding.label.isEmpty)
            }
        }
    }

    @Test func aKeyMeansOneThingInOneContext() {
        for context in KeyContext.allCases {
            var seen: [Key: Command] = [:]
            for binding in Keymap.bindings(in: context) {
                for key in binding.keys {
                    #expect(seen[key] == nil, "\(key) bound twice in \(context)")
                    seen[key] = binding.command
                }
            }
        }
    }

    @Test func theDesignsCoreKeysAreBoundOnTheMainScreen() {
        let expected: [(Key, Command)] = [
            (.character("a"), .add), (.character("d"), .delete), (.character("l"), .addLogEntry), (.character("u"), .undo),
            (.control("r"), .redo), (.character("/"), .search), (.character("n"), .nextHit), (.character("N"), .previousHit),
            (.character("m"), .startMeeting), (.character("p"), .phaseDialog), (.character("e"), .export),
            (.character("?"), .help), (.character("q"), .quit), (.enter, .open), (.escape, .back), (.tab, .nextPane),
        ]
        for (key, command) in expected {
            #expect(Keymap.command(for: key, in: .main) == command, "\(key)")
        }
    }

    @Test func thePickerBindsNoPrintableKey() {
        for binding in Keymap.bindings(in: .picker) {
            for key in binding.keys {
                if case .character = key { Issue.record("\(key) would not reach the filter") }
            }
        }
    }
}
