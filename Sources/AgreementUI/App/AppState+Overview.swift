import AgreementKit
import Catalogue

/// The root's part in the overview: showing it, filling it when the store's summaries arrive,
/// opening an agreement from it and coming back to it on the same line.
extension AppState {
    /// `o` on the main screen: back to the overview the agreement was opened from, else a new
    /// overview over the main screen (the agreement stays open below it).
    mutating func showOverview() -> [Effect] {
        if let browse = stack.lastIndex(where: { $0.is(BrowseState.self) }), browse > 0, stack[browse - 1].isOverviewScreen {
            return closeAgreement()
        }
        stack.append(Mode(OverviewState()))
        return [.loadOverview(on: core.session.today)]
    }

    /// Enter in the overview or the goal matrix: the agreement open below is shown again; another
    /// is opened (never over changes that could not be saved), its goal area shown first.
    mutating func openAgreement(_ id: String, reveal: Reveal?) -> [Effect] {
        if agreement?.id == id, let browse = stack.lastIndex(where: { $0.is(BrowseState.self) }) {
            stack.removeLast(stack.count - browse - 1)
            if let reveal { stack[stack.count - 1].reveal(reveal, core: &core) }
            return []
        }
        if agreement != nil, core.session.unsaved {
            core.say(.closeUnsaved, .warning)
            return []
        }
        core.session.revealOnOpen = reveal
        core.session.conversationOnOpen = false
        return [.open(id)]
    }

    /// The overview's conversation key: the agreement (open below, or opened now) straight into
    /// its leader conversation, started or resumed; leaving it comes back to the overview.
    mutating func converse(_ id: String) -> [Effect] {
        if agreement?.id == id, let browse = stack.lastIndex(where: { $0.is(BrowseState.self) }) {
            stack.removeLast(stack.count - browse - 1)
            return apply(ConversationState.start(&core, backToOverview: true))
        }
        let effects = openAgreement(id, reveal: nil)
        core.session.conversationOnOpen = !effects.isEmpty
        return effects
    }

    /// The screens an opened agreement goes on top of: the picker (when it lists agreements)
    /// and any overview and goal matrix, in their order; other screens and layers are left behind.
    func screensBelowAnAgreement() -> [Mode] {
        stack.enumerated().filter { index, mode in
            if let picker = mode.as(PickerState.self) { return index == 0 && !picker.entries.isEmpty }
            return mode.isOverviewScreen
        }.map(\.element)
    }

    /// The store's summaries arrived: the topmost overview takes them, and a goal matrix over it
    /// is drawn again from its rows; both keep their cursors.
    mutating func loadOverview(_ data: OverviewData) {
        guard let index = stack.lastIndex(where: { $0.is(OverviewState.self) }), var overview = stack[index].as(OverviewState.self) else { return }
        overview.load(data, core: core)
        stack[index] = Mode(overview)
        for above in stack.indices where above > index {
            if var matrix = stack[above].as(MatrixState.self) {
                matrix.reload(rows: overview.visibleRows)
                stack[above] = Mode(matrix)
            }
        }
    }
}

extension Mode {
    /// True for the overview and the goal matrix, which an opened agreement returns to.
    var isOverviewScreen: Bool { self.is(OverviewState.self) || self.is(MatrixState.self) }
}
