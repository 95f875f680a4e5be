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

    @Test func theKeysOfLaterIssuesStayFree() {
        for c in "e" {
            #expect(Keymap.command(for: .character(c), in: .main) == nil, "\(c) is taken")
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
