/// The rules of the year: which fields may change in which phase.
public enum PhaseRules {
    /// Whether a field of this kind may be changed while the agreement is in `phase`.
    ///
    /// Blue fields are free in Inngåelse and need an amendment later; orange fields are open
    /// in Oppfølging and Resultatvurdering; green fields in Resultatvurdering; nothing once closed.
    public static func editability(of field: FieldKind, in phase: Phase) -> Editability {
        if phase == .closed { return .closed }
        switch field.colour {
        case .blue:
            return phase == .agreement ? .allowed : .needsAmendment
        case .orange:
            return phase >= .followUp ? .allowed : .notYet(.followUp)
        case .green:
            return phase >= .assessment ? .allowed : .notYet(.assessment)
        }
    }

    /// Whether `party` may change a field of this kind in `phase`: the phase rule first, then
    /// ownership — the leader comment is the leader's, the contact comments the contact person's.
    /// In meeting mode both sit at one keyboard, so `inMeeting` lifts ownership.
    public static func editability(of field: FieldKind, in phase: Phase, as party: Party, inMeeting: Bool = false) -> Editability {
        let byPhase = editability(of: field, in: phase)
        guard byPhase.isAllowed, !inMeeting else { return byPhase }
        switch field {
        case .leaderComment where party != .leader:
            return .ownedBy(.leader)
        case .contactComment, .conditionsContactComment:
            return party == .leader ? .ownedBy(.contactPerson) : .allowed
        default:
            return .allowed
        }
    }
}

extension Agreement {
    /// Whether a field of this kind may be changed now.
    public func editability(of field: FieldKind) -> Editability {
        PhaseRules.editability(of: field, in: phase)
    }

    /// Whether `party` may change a field of this kind now.
    public func editability(of field: FieldKind, as party: Party, inMeeting: Bool = false) -> Editability {
        PhaseRules.editability(of: field, in: phase, as: party, inMeeting: inMeeting)
    }
}
