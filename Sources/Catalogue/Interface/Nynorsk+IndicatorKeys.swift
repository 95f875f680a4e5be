extension Nynorsk {
    /// What the scorecard, indicator, plan and plan-link commands do, for help and the README.
    func describeIndicatorAction(_ action: Action) -> String {
        switch action {
        case .scorecard(let c):
            switch c {
            case .up: "Opp"
            case .down: "Ned"
            case .pageUp: "Ei side opp"
            case .pageDown: "Ei side ned"
            case .first: "Til første"
            case .last: "Til siste"
            case .open: "Vis indikatoren: tabell og graf"
            case .addValue: "Ny verdi (resultat) for indikatoren"
            case .addIndicator: "Ny målt indikator på same rad"
            case .delete: "Slett indikatoren (spør først)"
            case .back: "Tilbake"
            }
        case .indicator(let c):
            switch c {
            case .up: "Førre linje"
            case .down: "Neste linje"
            case .pageUp: "Ei side opp"
            case .pageDown: "Ei side ned"
            case .first: "Første linje"
            case .last: "Siste linje"
            case .edit: "Rediger linja: indikatoren eller verdien"
            case .addResult: "Nytt resultat"
            case .addTarget: "Nytt mål"
            case .addComparison: "Ny samanlikning: landssnitt, kommunen, tenesteområdet"
            case .delete: "Slett verdien (eller indikatoren på første linje; spør først)"
            case .back: "Tilbake"
            }
        case .plan(let c):
            switch c {
            case .up: "Rull opp"
            case .down: "Rull ned"
            case .pageUp: "Ei side opp"
            case .pageDown: "Ei side ned"
            case .first: "Til toppen"
            case .last: "Til botnen"
            case .nextUnserved: "Neste periodemål utan eining"
            case .previousUnserved: "Førre periodemål utan eining"
            case .nextPlan: "Neste handlingsplan"
            case .back: "Tilbake"
            }
        case .planLinks(let c):
            switch c {
            case .up: "Opp"
            case .down: "Ned"
            case .pageUp: "Ei side opp"
            case .pageDown: "Ei side ned"
            case .toggle: "Merk eller fjern koden"
            case .save: "Lagre koplingane (utan merking: den utheva koden)"
            case .clearOrCancel: "Tøm filteret; avbryt når det er tomt"
            }
        case .browse(.scorecard): "Styringskort: indikatorar med mål, siste resultat og status"
        case .browse(.addIndicatorValue): "Ny verdi for den målte indikatoren på rada"
        case .browse(.addIndicator): "Ny målt indikator på rada"
        case .browse(.actionPlan): "Handlingsplanen: kva einingar og mål som følgjer han opp"
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
        case .indicator(.addComparison): "Samanlikning"
        case .indicator(.delete): "Slett"
        case .plan(.nextUnserved): "Neste utan eining"
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
        case .planLinks: "Koplingar til handlingsplanen"
        default: nil
        }
    }
}
