import Catalogue

extension Keymap {
    /// The rows of the scorecard, the indicator view, the plan view and the plan-link chooser.
    static let indicatorBindings: [Binding] = [
        Binding([.up, .character("k")], .scorecard(.up), [.scorecard], footer: 6),
        Binding([.down, .character("j")], .scorecard(.down), [.scorecard], footer: 6),
        Binding([.pageUp], .scorecard(.pageUp), [.scorecard]),
        Binding([.pageDown], .scorecard(.pageDown), [.scorecard]),
        Binding([.home], .scorecard(.first), [.scorecard]),
        Binding([.end], .scorecard(.last), [.scorecard]),
        Binding([.enter], .scorecard(.open), [.scorecard], footer: 1),
        Binding([.character("v")], .scorecard(.addValue), [.scorecard], footer: 2),
        // `I` as on the main screen; `a` as everywhere else that adds.
        Binding([.character("a")], hidden: [.character("I")], .scorecard(.addIndicator), [.scorecard], footer: 4),
        Binding([.character("d")], .scorecard(.delete), [.scorecard]),
        Binding([.escape], .scorecard(.back), [.scorecard], footer: 3),

        Binding([.up, .character("k")], .indicator(.up), [.indicator], footer: 7),
        Binding([.down, .character("j")], .indicator(.down), [.indicator], footer: 7),
        Binding([.pageUp], .indicator(.pageUp), [.indicator]),
        Binding([.pageDown], .indicator(.pageDown), [.indicator]),
        Binding([.home], .indicator(.first), [.indicator]),
        Binding([.end], .indicator(.last), [.indicator]),
        Binding([.enter], .indicator(.edit), [.indicator], footer: 1),
        Binding([.character("v")], .indicator(.addResult), [.indicator], footer: 2),
        Binding([.character("t")], .indicator(.addTarget), [.indicator], footer: 4),
        Binding([.character("s")], .indicator(.addComparison), [.indicator], footer: 5),
        Binding([.character("d")], .indicator(.delete), [.indicator], footer: 6),
        Binding([.escape], .indicator(.back), [.indicator], footer: 3),

        Binding([.up, .character("k")], .plan(.up), [.plan], footer: 4),
        Binding([.down, .character("j")], .plan(.down), [.plan], footer: 4),
        Binding([.pageUp], .plan(.pageUp), [.plan]),
        Binding([.pageDown], .plan(.pageDown), [.plan]),
        Binding([.home], .plan(.first), [.plan]),
        Binding([.end], .plan(.last), [.plan]),
        Binding([.character("n")], .plan(.nextUnserved), [.plan], footer: 1),
        Binding([.character("N")], .plan(.previousUnserved), [.plan]),
        Binding([.tab], .plan(.nextPlan), [.plan], footer: 5),
        Binding([.escape], .plan(.back), [.plan], footer: 2),

        Binding([.up, .control("p")], .planLinks(.up), [.planLinks], footer: 4),
        Binding([.down, .control("n")], .planLinks(.down), [.planLinks], footer: 4),
        Binding([.pageUp], .planLinks(.pageUp), [.planLinks]),
        Binding([.pageDown], .planLinks(.pageDown), [.planLinks]),
        Binding([.tab], .planLinks(.toggle), [.planLinks], footer: 1),
        Binding([.enter], .planLinks(.save), [.planLinks], footer: 2),
        Binding([.escape], .planLinks(.clearOrCancel), [.planLinks], footer: 3),
    ]
}
