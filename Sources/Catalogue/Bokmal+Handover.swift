import AgreementKit

extension Bokmal {
    public var handoverAbstract: String { "Ny enhetsleder eller kontaktperson fra en dato (den forrige står i avtalens historikk)." }

    public func handoverOption(_ option: HandoverOption) -> String {
        switch option {
        case .leader: "Den nye enhetslederen."
        case .contact: "Den nye kontaktpersonen."
        case .from: "Første dag med ny leder eller kontaktperson (dd.mm.åååå, dd.mm i avtalens år, eller ISO); i dag når den mangler."
        case .reason: "Hvorfor (kreves når avtalen er signert eller forbi inngåelsen: da er skiftet en endring i avtalen)."
        }
    }

    public func handover(_ text: HandoverText) -> String {
        switch text {
        case .formTitle: "Ny enhetsleder eller kontaktperson"
        case .fieldFrom: "Fra og med"
        case .fromHint(let date): "fra \(date.display)"
        case .changed(let role, let name, let previous, let from, let amended):
            "\(party(role)) fra \(from.display): \(name)" + (previous.isEmpty ? "" : " (før: \(previous))") + (amended ? " – ført som endring i avtalen" : "")
        case .notADate(let text, let year): "«\(text)» er ikke en dato – skriv for eksempel 15.08.\(year)"
        case .nameNeeded: "Oppgi --leader eller --contact med navnet på den nye."
        case .recordTitle: "Skifte av enhetsleder og kontaktperson"
        case .holders(let role, let holders): "\(party(role)): " + holders.map { holderText($0) }.joined(separator: " · ")
        case .fromColumn: "Fra og med"
        }
    }

    private func holderText(_ holder: RoleHolder) -> String {
        switch (holder.from, holder.until) {
        case (nil, let until?): "\(holder.name) til \(until.display)"
        case (let from?, nil): "\(holder.name) fra \(from.display)"
        case (let from?, let until?): "\(holder.name) \(from.display)–\(until.display)"
        case (nil, nil): holder.name
        }
    }

    public func roleChangeProblem(_ problem: RoleChangeProblem) -> String {
        switch problem {
        case .notARole(let role): "\(party(role)) skiftes ikke her – bare enhetsleder og kontaktperson"
        case .closed: "Avtalen er avsluttet: historikken står som den er"
        case .nameMissing: "Skriv navnet på den nye"
        case .sameHolder(let name): "\(name) har allerede rollen"
        case .nothingChanged: "Ingen endring: skriv et nytt navn for leder eller kontaktperson"
        case .beforeYear(let date, let year): "\(date.display) er før avtalens år \(year)"
        case .notAfterLastChange(let date, let last): "\(date.display) er ikke etter forrige skifte (\(last.display))"
        case .reasonMissing: "Signert eller forbi inngåelsen: skiftet er en endring og trenger en begrunnelse"
        }
    }
}
