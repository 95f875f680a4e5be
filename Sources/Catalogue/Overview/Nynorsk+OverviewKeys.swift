extension Nynorsk {
    func describeOverview(_ command: OverviewCommand) -> String {
        switch command {
        case .up: "Opp"
        case .down: "Ned"
        case .pageUp: "Ei side opp"
        case .pageDown: "Ei side ned"
        case .first: "Til første"
        case .last: "Til siste"
        case .open: "Opne avtalen (Esc i avtalen kjem tilbake hit)"
        case .sortNext: "Sorter etter neste kolonne"
        case .sortPrevious: "Sorter etter førre kolonne"
        case .reverse: "Snu sorteringa"
        case .mine: "Mine: berre der du er kontaktperson (av/på)"
        case .serviceArea: "Tenesteområde: eitt om gongen, så alle"
        case .phase: "Fase: éin om gongen, så alle"
        case .behind: "Berre dei som er på etterskot (av/på)"
        case .year: "År: eitt om gongen, så alle"
        case .matrix: "Måltabellen: felles mål på tvers av einingane"
        case .conversation: "Leiarsamtalen for eininga: start eller hald fram (Esc kjem tilbake hit)"
        case .clearOrBack: "Tøm filteret; tilbake når det er tomt"
        }
    }

    func hintOverview(_ command: OverviewCommand) -> String {
        switch command {
        case .open: "Opne"
        case .sortNext: "Sorter"
        case .reverse: "Snu"
        case .mine: "Mine"
        case .serviceArea: "Område"
        case .phase: "Fase"
        case .behind: "Etterskot"
        case .year: "År"
        case .matrix: "Måltabell"
        case .conversation: "Samtale"
        case .clearOrBack: "Tøm/tilbake"
        default: describeOverview(command)
        }
    }

    func describeMatrix(_ command: MatrixCommand) -> String {
        switch command {
        case .up: "Førre eining"
        case .down: "Neste eining"
        case .left: "Førre målområde"
        case .right: "Neste målområde"
        case .pageUp: "Ei side opp"
        case .pageDown: "Ei side ned"
        case .open: "Opne målområdet til eininga (Esc i avtalen kjem tilbake hit)"
        case .back: "Tilbake til oversikta"
        }
    }

    func hintMatrix(_ command: MatrixCommand) -> String {
        switch command {
        case .up: "Opp"
        case .down: "Ned"
        case .left: "Førre mål"
        case .right: "Neste mål"
        case .open: "Opne"
        case .back: "Oversikt"
        default: describeMatrix(command)
        }
    }
}
