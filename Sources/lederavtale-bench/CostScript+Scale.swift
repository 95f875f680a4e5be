import AgreementKit
import AgreementUI

/// The cost scripts at the sizes that once froze the app (issue 14.6, 14.8): a row with a
/// 5,000-entry log (choose it, scroll it, End, search in it), 300 goal areas, a 200 kB field.
extension CostScript {
    static let size = Size(width: 120, height: 40)

    static let scale: [CostScript] = [
        CostScript(name: "log-5000-choose", what: "a row with a 5,000-entry log: onto its goal area and the row, and back",
                   size: size, keys: [.down, .up], group: "log-5000") {
            try onMain(ScaleAgreements.longLog())
        },
        CostScript(name: "log-5000-scroll", what: "the 5,000-entry log pane: down, page down, End, up, Home",
                   size: size, keys: [.down, .pageDown, .end, .up, .home], group: "log-5000") {
            var state = try onMain(ScaleAgreements.longLog())
            for key in [Key.down, .tab, .tab] { _ = state.update(.key(key)) }
            return state
        },
        CostScript(name: "log-5000-search", what: "search in the 5,000-entry log: a new search (/dug), then n, n, N, N",
                   size: size, keys: [.character("/"), .character("d"), .character("u"), .character("g"), .enter,
                                      .character("n"), .character("n"), .character("N"), .character("N")], group: "log-5000") {
            var state = try onMain(ScaleAgreements.longLog())
            for key in [Key.down, .character("/")] { _ = state.update(.key(key)) }
            for character in "dug" { _ = state.update(.key(.character(character))) }
            _ = state.update(.key(.enter))
            return state
        },
        CostScript(name: "goal-areas-300", what: "300 goal areas: down, page down, End, up, Home",
                   size: size, keys: [.down, .down, .pageDown, .end, .up, .home]) {
            try onMain(ScaleAgreements.manyGoalAreas())
        },
        CostScript(name: "field-200kb", what: "a 200 kB log text in the editor: type, delete, move",
                   size: size, keys: [.character("a"), .character("b"), .backspace, .backspace, .left, .right, .up, .down, .home, .end]) {
            var state = try sample(size)
            for key in [Key.down, .character("l"), .paste(ScaleAgreements.longText)] { _ = state.update(.key(key)) }
            return state
        },
    ]

    /// An agreement on the main screen at 120×40 on the scripts' fixed day.
    private static func onMain(_ agreement: Agreement) -> AppState {
        AppState(agreement: agreement, size: size, today: today, seed: 1)
    }
}
