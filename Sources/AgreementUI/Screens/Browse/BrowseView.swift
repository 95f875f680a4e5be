import AgreementKit
import Catalogue

/// The main screen: header, goals pane, measures and log panes, detail pane, status and footer.
enum BrowseView {
    static func draw(_ state: BrowseState, _ core: AppCore, into screen: inout Screen) {
        guard let agreement = core.agreement else { return }
        let w = core.words
        let layout = MainLayout(screen.bounds.size)
        HeaderView.draw(core, in: layout.header, into: &screen)
        GoalsPaneView.draw(state, agreement, language: core.session.language, glyphs: core.session.glyphs, in: layout.goals, into: &screen)
        ItemPaneView.draw(state.measures, cursor: state.measuresCursor, scroll: state.measuresScroll, title: w.screen(.paneMeasures),
                          focused: state.focus == .measures, words: w, in: layout.measures, into: &screen)
        ItemPaneView.draw(state.log, cursor: state.logCursor, scroll: state.logScroll, title: w.screen(.paneLog),
                          focused: state.focus == .log, words: w, in: layout.log, into: &screen)
        let detail = MainLayout.inner(layout.detail)
        let glyphs = core.session.glyphs
        let lines = state.detailLines.value(for: state.detailSubject, in: .init(width: detail.width, height: detail.height, language: core.session.language, glyphs: glyphs)) {
            DetailView.paneLines(DetailContent.of(state.detailSubject, in: agreement, words: w, glyphs: glyphs),
                                 phase: agreement.phase, width: detail.width, height: detail.height, words: w)
        }
        DetailView.drawPane(lines, core, in: layout.detail, into: &screen)
        FooterView.draw(core, context: .browse, status: layout.status, footer: layout.footer, into: &screen)
    }
}
