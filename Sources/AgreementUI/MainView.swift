import AgreementKit

/// The main screen: header, goals pane, measures and log panes, detail pane, status and footer.
enum MainView {
    static func draw(_ state: AppState, into screen: inout Screen) {
        guard let agreement = state.agreement else { return }
        let layout = MainLayout(screen.bounds.size)
        HeaderView.draw(agreement, in: layout.header, party: state.party, readOnly: state.readOnly, into: &screen)
        GoalsPaneView.draw(state, in: layout.goals, into: &screen)
        ItemPaneView.draw(state.measureItems, cursor: state.measuresCursor, scroll: state.measuresScroll,
                          title: Pane.measures.title, focused: state.focus == .measures, in: layout.measures, into: &screen)
        ItemPaneView.draw(state.logItems, cursor: state.logCursor, scroll: state.logScroll,
                          title: Pane.log.title, focused: state.focus == .log, in: layout.log, into: &screen)
        DetailView.drawPane(state, in: layout.detail, into: &screen)
        FooterView.draw(state, status: layout.status, footer: layout.footer, into: &screen)
    }
}

extension Rect {
    var size: Size { Size(width: width, height: height) }
}
