import AgreementKit

extension AppState {
    /// `p`: the phase dialog.
    mutating func openPhaseDialog() {
        guard agreement != nil else { return }
        overlay = .phase(offset: 0)
    }

    mutating func phaseCommand(_ command: Command) -> [Effect] {
        guard let agreement, case .phase(let offset) = overlay else { return [] }
        if let readOnly, [.nextPhase, .signOff, .reopenPhase].contains(command) {
            status = StatusMessage(readOnly.prefix(1).uppercased() + readOnly.dropFirst(), kind: .warning)
            return []
        }
        switch command {
        case .nextPhase:
            guard let next = agreement.phase.next else {
                status = StatusMessage("Avtalen er avsluttet; det finnes ingen neste fase", kind: .warning)
                return []
            }
            let gaps = agreement.gapsBeforeNextPhase.count
            overlay = nil
            let note = "Gikk til \(next.title)" + (gaps > 0 ? " (\(gaps) mangler registrert)" : "")
            let (party, today) = (self.party, self.today)
            return commit({ $0.moveToNextPhase(date: today, party: party, describe: words.gap) }, note: note)
        case .stayInPhase:
            overlay = nil
        case .signOff:
            let name: String
            switch party {
            case .leader: name = agreement.header.leader
            case .contactPerson: name = agreement.header.contactPerson
            case .director: name = agreement.header.director
            }
            modal = .edit(EditForm(title: "Signer \(agreement.phase.title) som \(party.title.lowercased()) – \(today.display)", purpose: .signOff,
                                   fields: [FormField(label: "Navn", colour: nil, text: name, multiline: false)]))
        case .reopenPhase:
            guard let previous = Phase.allCases.last(where: { $0 < agreement.phase }) else {
                status = StatusMessage("Inngåelse er første fase", kind: .warning)
                return []
            }
            modal = .edit(EditForm(title: "Gjenåpne \(previous.title)", purpose: .reopen,
                                   fields: [FormField(label: "Begrunnelse", colour: nil, text: "", multiline: true)]))
        case .moveUp:
            overlay = .phase(offset: max(0, offset - 1))
        case .moveDown:
            overlay = .phase(offset: min(offset + 1, max(0, PhaseView.lineCount(self) - (size.height - 6))))
        default:
            break
        }
        return []
    }
}
