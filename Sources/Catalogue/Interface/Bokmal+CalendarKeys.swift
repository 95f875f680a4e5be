extension Bokmal {
    /// What a key of the wheel view does, for the help screen and the README.
    func describeWheel(_ command: WheelCommand) -> String {
        switch command {
        case .up: "Forrige dato"
        case .down: "Neste dato"
        case .pageUp: "En side opp"
        case .pageDown: "En side ned"
        case .first: "Første dato"
        case .last: "Siste dato"
        case .previousMonth: "Forrige måned"
        case .nextMonth: "Neste måned"
        case .open: "Gå til det datoen gjelder: fasen, møtet, målet, samtalen"
        case .mark: "Merk som gjort / ikke gjort (enhetens egne hendelser og oppfølgingspunkter)"
        case .dates: "Sett avtalens datoer: midtveissamtale, resultatvurdering, frister for fasene"
        case .back: "Tilbake"
        }
    }

    func hintWheel(_ command: WheelCommand) -> String {
        switch command {
        case .up: "Opp"
        case .down: "Ned"
        case .previousMonth, .nextMonth: "Måned"
        case .open: "Gå til"
        case .mark: "Gjort"
        case .dates: "Datoer"
        case .back: "Tilbake"
        default: describeWheel(command)
        }
    }

    /// What a key of conversation mode does.
    func describeConversation(_ command: ConversationCommand) -> String {
        switch command {
        case .next: "Neste steg: sist avtalte vi, områdene, ledervurderingen, referatet"
        case .previous: "Forrige steg"
        case .up: "Forrige spørsmål, punkt eller kriterium"
        case .down: "Neste spørsmål, punkt eller kriterium"
        case .mark: "Spørsmålet er drøftet / oppfølgingen er gjort (av og på)"
        case .notes: "Notater for området"
        case .followUp: "Ny avtale om oppfølging (hva, hvem, innen, mål)"
        case .edit: "Endre oppfølgingen eller vurderingen under markøren"
        case .minutes: "Skriv referat (.md eller .html) til fil"
        case .leave: "Forlat samtalen (alt er lagret; den fortsetter der dere slapp)"
        }
    }

    func hintConversation(_ command: ConversationCommand) -> String {
        switch command {
        case .next: "Neste"
        case .previous: "Forrige"
        case .mark: "Drøftet/gjort"
        case .notes: "Notater"
        case .followUp: "Oppfølging"
        case .edit: "Endre"
        case .minutes: "Referat"
        case .leave: "Ut"
        default: describeConversation(command)
        }
    }
}
