extension Bokmal {
    func describeOverview(_ command: OverviewCommand) -> String {
        switch command {
        case .up: "Opp"
        case .down: "Ned"
        case .pageUp: "En side opp"
        case .pageDown: "En side ned"
        case .first: "Til første"
        case .last: "Til siste"
        case .open: "Åpne avtalen (Esc i avtalen kommer tilbake hit)"
        case .sortNext: "Sorter etter neste kolonne"
        case .sortPrevious: "Sorter etter forrige kolonne"
        case .reverse: "Snu sorteringen"
        case .mine: "Mine: bare der du er kontaktperson (av/på)"
        case .serviceArea: "Tjenesteområde: ett om gangen, så alle"
        case .phase: "Fase: én om gangen, så alle"
        case .behind: "Bare de som er på etterskudd (av/på)"
        case .year: "År: ett om gangen, så alle"
        case .matrix: "Måltabellen: felles mål på tvers av enhetene"
        case .conversation: "Ledersamtalen for enheten: start eller fortsett (Esc kommer tilbake hit)"
        case .clearOrBack: "Tøm filteret; tilbake når det er tomt"
        }
    }

    func hintOverview(_ command: OverviewCommand) -> String {
        switch command {
        case .open: "Åpne"
        case .sortNext: "Sorter"
        case .reverse: "Snu"
        case .mine: "Mine"
        case .serviceArea: "Område"
        case .phase: "Fase"
        case .behind: "Etterskudd"
        case .year: "År"
        case .matrix: "Måltabell"
        case .conversation: "Samtale"
        case .clearOrBack: "Tøm/tilbake"
        default: describeOverview(command)
        }
    }

    func describeMatrix(_ command: MatrixCommand) -> String {
        switch command {
        case .up: "Forrige enhet"
        case .down: "Neste enhet"
        case .left: "Forrige målområde"
        case .right: "Neste målområde"
        case .pageUp: "En side opp"
        case .pageDown: "En side ned"
        case .open: "Åpne enhetens målområde (Esc i avtalen kommer tilbake hit)"
        case .back: "Tilbake til oversikten"
        }
    }

    func hintMatrix(_ command: MatrixCommand) -> String {
        switch command {
        case .up: "Opp"
        case .down: "Ned"
        case .left: "Forrige mål"
        case .right: "Neste mål"
        case .open: "Åpne"
        case .back: "Oversikt"
        default: describeMatrix(command)
        }
    }
}
