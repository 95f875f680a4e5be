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
}

extension Agreement {
    /// Whether a field of this kind may be changed now.
    public func editability(of field: FieldKind) -> Editability {
        PhaseRules.editability(of: field, in: phase)
    }
}
