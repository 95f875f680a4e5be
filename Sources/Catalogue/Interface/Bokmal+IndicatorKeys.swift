extension Bokmal {
    /// What the scorecard, indicator, plan and plan-link commands do, for help and the README.
    func describeIndicatorAction(_ action: Action) -> String {
        switch action {
        case .scorecard(let c):
            switch c {
            case .up: "Opp"
            case .down: "Ned"
            case .pageUp: "En side opp"
            case .pageDown: "En side ned"
            case .first: "Til første"
            case .last: "Til siste"
            case .open: "Vis indikatoren: tabell og graf"
            case .addValue: "Ny verdi (resultat) for indikatoren"
            case .addIndicator: "Ny målt indikator på samme rad"
            case .delete: "Slett indikatoren (spør først)"
            case .back: "Tilbake"
            }
        case .indicator(let c):
            switch c {
            case .up: "Forrige linje"
            case .down: "Neste linje"
            case .pageUp: "En side opp"
            case .pageDown: "En side ned"
            case .first: "Første linje"
            case .last: "Siste linje"
            case .edit: "Rediger linjen: indikatoren eller verdien"
            case .addResult: "Nytt resultat"
            case .addTarget: "Nytt mål"
            case .addComparison: "Ny sammenligning: landssnitt, kommunen, tjenesteområdet"
            case .delete: "Slett verdien (eller indikatoren på første linje; spør først)"
            case .back: "Tilbake"
            }
        case .plan(let c):
            switch c {
            case .up: "Rull opp"
            case .down: "Rull ned"
            case .pageUp: "En side opp"
            case .pageDown: "En side ned"
            case .first: "Til toppen"
            case .last: "Til bunnen"
            case .nextUnserved: "Neste periodemål uten enhet"
            case .previousUnserved: "Forrige periodemål uten enhet"
            case .nextPlan: "Neste handlingsplan"
            case .back: "Tilbake"
            }
        case .planLinks(let c):
            switch c {
            case .up: "Opp"
            case .down: "Ned"
            case .pageUp: "En side opp"
            case .pageDown: "En side ned"
            case .toggle: "Merk eller fjern koden"
            case .save: "Lagre koblingene (uten merking: den uthevede koden)"
            case .clearOrCancel: "Tøm filteret; avbryt når det er tomt"
            }
        case .browse(.scorecard): "Styringskort: indikatorer med mål, siste resultat og status"
        case .browse(.addIndicatorValue): "Ny verdi for radens målte indikator"
        case .browse(.addIndicator): "Ny målt indikator på raden"
        case .browse(.actionPlan): "Handlingsplanen: hvilke enheter og mål som følger den opp"
        default: ""
        }
    }

    /// The footer's short words for the same commands.
    func hintIndicatorAction(_ action: Action) -> String? {
        switch action {
        case .scorecard(.open): "Vis"
        case .scorecard(.addValue), .indicator(.addResult): "Ny verdi"
        case .scorecard(.addIndicator): "Ny indikator"
        case .scorecard(.back), .indicator(.back), .plan(.back): "Tilbake"
        case .indicator(.edit): "Rediger"
        case .indicator(.addTarget): "Nytt mål"
        case .indicator(.addComparison): "Sammenligning"
        case .indicator(.delete): "Slett"
        case .plan(.nextUnserved): "Neste uten enhet"
        case .plan(.nextPlan): "Neste plan"
        case .planLinks(.toggle): "Merk"
        case .planLinks(.save): "Lagre"
        case .planLinks(.clearOrCancel): "Tøm/avbryt"
        case .browse(.scorecard): "Styringskort"
        case .browse(.addIndicatorValue): "Verdi"
        case .browse(.actionPlan): "Plan"
        default: nil
        }
    }

    func indicatorContextTitle(_ context: KeyContext) -> String? {
        switch context {
        case .scorecard: "Styringskort"
        case .indicator: "Indikator"
        case .plan: "Handlingsplan"
        case .planLinks: "Koblinger til handlingsplanen"
        default: nil
        }
    }
}
