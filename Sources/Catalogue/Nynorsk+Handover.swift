import AgreementKit

extension Nynorsk {
    public var handoverAbstract: String { "Ny einingsleiar eller kontaktperson frå ein dato (den førre står i historikken til avtalen)." }

    public func handoverOption(_ option: HandoverOption) -> String {
        switch option {
        case .leader: "Den nye einingsleiaren."
        case .contact: "Den nye kontaktpersonen."
        case .from: "Første dag med ny leiar eller kontaktperson (dd.mm.åååå, dd.mm i året til avtalen, eller ISO); i dag når han manglar."
        case .reason: "Kvifor (krevst når avtalen er signert eller forbi inngåinga: då er skiftet ei endring i avtalen)."
        }
    }

    public func handover(_ text: HandoverText) -> String {
        switch text {
        case .formTitle: "Ny einingsleiar eller kontaktperson"
        case .fieldFrom: "Frå og med"
        case .fromHint(let date): "frå \(date.display)"
        case .changed(let role, let name, let previous, let from, let amended):
            "\(party(role)) frå \(from.display): \(name)" + (previous.isEmpty ? "" : " (før: \(previous))") + (amended ? " – ført som endring i avtalen" : "")
        case .notADate(let text, let year): "«\(text)» er ikkje ein dato – skriv til dømes 15.08.\(year)"
        case .nameNeeded: "Gje opp --leader eller --contact med namnet på den nye."
        case .recordTitle: "Skifte av einingsleiar og kontaktperson"
        case .holders(let role, let holders): "\(party(role)): " + holders.map { holderText($0) }.joined(separator: " · ")
        case .fromColumn: "Frå og med"
        }
    }

    private func holderText(_ holder: RoleHolder) -> String {
        switch (holder.from, holder.until) {
        case (nil, let until?): "\(holder.name) til \(until.display)"
        case (let from?, nil): "\(holder.name) frå \(from.display)"
        case (let from?, let until?): "\(holder.name) \(from.display)–\(until.display)"
        case (nil, nil): holder.name
        }
    }

    public func roleChangeProblem(_ problem: RoleChangeProblem) -> String {
        switch problem {
        case .notARole(let role): "\(party(role)) vert ikkje skifta her – berre einingsleiar og kontaktperson"
        case .closed: "Avtalen er avslutta: historikken står som han er"
        case .nameMissing: "Skriv namnet på den nye"
        case .sameHolder(let name): "\(name) har alt rolla"
        case .nothingChanged: "Inga endring: skriv eit nytt namn for leiar eller kontaktperson"
        case .beforeYear(let date, let year): "\(date.display) er før året til avtalen, \(year)"
        case .notAfterLastChange(let date, let last): "\(date.display) er ikkje etter det førre skiftet (\(last.display))"
        case .reasonMissing: "Signert eller forbi inngåinga: skiftet er ei endring og treng ei grunngjeving"
        }
    }
}
