extension Nynorsk {
    /// What a key of the wheel view does, for the help screen and the README.
    func describeWheel(_ command: WheelCommand) -> String {
        switch command {
        case .up: "Førre dato"
        case .down: "Neste dato"
        case .pageUp: "Ei side opp"
        case .pageDown: "Ei side ned"
        case .first: "Første dato"
        case .last: "Siste dato"
        case .previousMonth: "Førre månad"
        case .nextMonth: "Neste månad"
        case .open: "Gå til det datoen gjeld: fasen, møtet, målet, samtalen"
        case .mark: "Merk som gjort / ikkje gjort (hendingane og oppfølgingspunkta til eininga)"
        case .dates: "Set datoane for avtalen: midtvegssamtale, resultatvurdering, fristar for fasane"
        case .back: "Tilbake"
        }
    }

    func hintWheel(_ command: WheelCommand) -> String {
        switch command {
        case .up: "Opp"
        case .down: "Ned"
        case .previousMonth, .nextMonth: "Månad"
        case .open: "Gå til"
        case .mark: "Gjort"
        case .dates: "Datoar"
        case .back: "Tilbake"
        default: describeWheel(command)
        }
    }

    /// What a key of conversation mode does.
    func describeConversation(_ command: ConversationCommand) -> String {
        switch command {
        case .next: "Neste steg: sist avtalte vi, områda, leiarvurderinga, referatet"
        case .previous: "Førre steg"
        case .up: "Førre spørsmål, punkt eller kriterium"
        case .down: "Neste spørsmål, punkt eller kriterium"
        case .mark: "Spørsmålet er drøfta / oppfølginga er gjord (av og på)"
        case .notes: "Notat for området"
        case .followUp: "Ny avtale om oppfølging (kva, kven, innan, mål)"
        case .edit: "Endre oppfølginga eller vurderinga under markøren"
        case .minutes: "Skriv referat (.md eller .html) til fil"
        case .leave: "Forlat samtalen (alt er lagra; han held fram der de slapp)"
        }
    }

    func hintConversation(_ command: ConversationCommand) -> String {
        switch command {
        case .next: "Neste"
        case .previous: "Førre"
        case .mark: "Drøfta/gjort"
        case .notes: "Notat"
        case .followUp: "Oppfølging"
        case .edit: "Endre"
        case .minutes: "Referat"
        case .leave: "Ut"
        default: describeConversation(command)
        }
    }
}
