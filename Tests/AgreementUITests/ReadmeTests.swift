import AgreementUI
import Catalogue
import Foundation
import TestSupport
import Testing

@Suite("The README tells the truth")
struct ReadmeTests {
    static let readme: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return (try? String(contentsOf: url.appendingPathComponent("README.md"), encoding: .utf8)) ?? ""
    }()

    @Test func theKeyListIsTheBindingTable() {
        let expected = Keymap.markdown(words: Language.en.words)
        if !Self.readme.contains(expected) {
            let path = NSTemporaryDirectory() + "lederavtale-keys.md"
            try? expected.write(toFile: path, atomically: true, encoding: .utf8)
            Issue.record("the README's key list differs from the binding table; the generated list is in \(path)")
        }
    }

    @Test func theTwoCommandsAreThere() {
        #expect(Self.readme.contains("swift run lederavtale"))
        #expect(Self.readme.contains("swift test"))
    }
}
