import AgreementKit
@testable import AgreementUI
import TestSupport
import Testing

/// What the monkey found, pinned down as plain cases (they run in CI whatever the random walk does).
@Suite("Monkey findings, replayed by hand")
struct MonkeyFindingsTests {
    /// Bidirectional controls are drawn as the one-column «⇄»; measured as zero columns the header
    /// overflowed into the phase badge and split a wide character (fixed in 8bcfa91).
    @Test(arguments: ["\u{202E}", "\u{200E}", "\u{2066}", "\u{061C}", "\u{1B}", "\u{0}", "\u{85}", "\u{2028}"])
    func unsafeCharactersTakeTheRoomTheyAreDrawnIn(_ control: String) {
        var agreement = Monkey.hoeggen
        agreement.header.unit = "Hoeggen \(control)\(control)\(control)skole " + String(repeating: "宽", count: 120)
        for width in 64...130 {
            let state = AppState(agreement: agreement, size: Size(width: width, height: 24))
            let problems = MonkeyInvariants.problems(in: Renderer.render(state, size: state.core.size), size: state.core.size)
            #expect(problems.isEmpty, "width \(width): \(problems)")
            if !problems.isEmpty { return }
        }
    }

    /// After a resize the open form shows its text and the cursor stays in the box (fixed in 8bcfa91).
    @Test func anOpenFormFollowsAResize() {
        var agreement = Monkey.hoeggen
        agreement.phase = .agreement
        var state = AppState(agreement: agreement, size: Size(width: 120, height: 40))
        for key: Key in [.home, .enter, .enter] { _ = state.update(.key(key)) }
        #expect(state.form != nil, "no form open")
        _ = state.update(.resized(Size(width: 1, height: 13)))
        _ = state.update(.key(.end))
        for size in [Size(width: 263, height: 19), Size(width: 64, height: 18), Size(width: 300, height: 100)] {
            _ = state.update(.resized(size))
            let screen = Renderer.render(state, size: size)
            #expect(screen.contains("Trondheim kommune"), "the text of the field is scrolled out of its box at \(size)")
            #expect(MonkeyInvariants.problems(in: screen, size: size).isEmpty)
            #expect(screen.cursor != nil)
        }
    }

    /// A form drawn over the detail of wide text leaves no half of a wide character behind.
    @Test func aFormOverWideTextLeavesNoHalfCharacter() {
        var agreement = Monkey.hoeggen
        agreement.phase = .agreement
        agreement.about.purpose = String(repeating: "宽", count: 400)
        for width in 64...160 {
            var state = AppState(agreement: agreement, size: Size(width: width, height: 30))
            for key: Key in [.home, .enter, .down, .enter] { _ = state.update(.key(key)) }
            let problems = MonkeyInvariants.problems(in: Renderer.render(state, size: state.core.size), size: state.core.size)
            #expect(problems.isEmpty, "width \(width): \(problems)")
            if !problems.isEmpty { return }
        }
    }

    /// Adding a row after Inngåelse is an amendment; the first amendment adds the «Endringer» line
    /// to the goals tree, which must be rebuilt.
    @Test func addingARowAsAnAmendmentRebuildsTheGoalTree() throws {
        var agreement = Monkey.hoeggen
        agreement.phase = .followUp
        var state = AppState(agreement: agreement, size: Size(width: 120, height: 40), today: LocalDate(year: 2011, month: 6, day: 15)!)
        _ = state.update(.key(.character("a")))
        let form = try #require(state.form)
        #expect(form.has(.reason), "expected the amendment form for a new row")
        for text in ["9", "Nytt mål", "Resultat"] {
            _ = state.update(.key(.paste(text)))
            _ = state.update(.key(.tab))
        }
        _ = state.update(.key(.paste("Avtalt i møtet 15.6")))
        let effects = state.update(.key(.enter))
        #expect(state.form == nil)
        #expect(state.agreement?.amendments.count == 1)
        #expect(effects.contains { if case .save(let saved, _) = $0 { saved == state.agreement } else { false } })
        #expect(state.browse?.tree == GoalTree(state.agreement!), "the goals tree lacks the «Endringer» line")
        #expect(MonkeyInvariants.problems(in: state).isEmpty)
    }
}
