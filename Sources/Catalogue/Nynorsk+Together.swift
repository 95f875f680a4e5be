import AgreementKit

/// Nynorsk for working together in the app: conflicts on their fields, a field's history, syncing.
extension Nynorsk {
    public func conflictsInHeader(_ count: Int) -> String { self.count(count, "konflikt", "konfliktar") }
    public func conflictSettled(_ label: String) -> String { "konflikt avgjord: \(label)" }
    public var conflictNotSettled: String { "Konflikten kan ikkje avgjerast slik: verdien passar ikkje lenger i avtalen (rediger feltet)" }
    public func historyTitle(_ label: String) -> String { "Historikk: \(label)" }
    public var historyNone: String { "Ingen endringar er registrerte for dette feltet." }
    public var historyRestoreNote: String { "Nyaste først. Enter set verdien ei endring gav tilbake i feltet, som ei ny endring." }
    public func historyRestored(_ label: String) -> String { "sett tilbake frå historikken: \(label)" }
    public var historyNothingToRestore: String { "Ingenting å setje tilbake: feltet har denne verdien, eller endringa fjerna han" }
    public var historyNoField: String { "Ingen historikk her: vel eit felt (Enter viser alle felta)" }
    public func historyUnreadable(_ reason: String) -> String { "Historikken kan ikkje lesast: \(reason)" }
    public var syncing: String { "Synkroniserer …" }
    public var syncChangedMeanwhile: String { " – endra medan git arbeidde: endringane er lagra her, men ikkje sende; synkroniser igjen (S)" }
    public var syncRunning: String { "Synkroniseringa er alt i gang – vent på resultatet" }
    public var syncWaitingOnQuit: String { "lederavtale: ventar på at synkroniseringa blir ferdig …" }

    public func describeTogether(_ command: TogetherCommand) -> String {
        switch command {
        case .fieldHistory: "Historikken til feltet: kven endra kva og når (og set ein gammal verdi tilbake)"
        case .sync: "Synkroniser lageret med git (lagre, hent, flett, send)"
        case .takeA: "Konflikt: behald a, verdien på denne maskina"
        case .takeB: "Konflikt: ta b, den andre verdien"
        case .editConflict: "Konflikt: rediger feltet (lagringa avgjer konflikten)"
        case .up: "Førre endring"
        case .down: "Neste endring"
        case .pageUp: "Ei side opp"
        case .pageDown: "Ei side ned"
        case .restore: "Set verdien tilbake i feltet (ei ny endring; grunngjeving når avtalen er signert)"
        case .close: "Lukk historikken"
        }
    }

    public func hintTogether(_ command: TogetherCommand) -> String {
        switch command {
        case .fieldHistory: "Historikk"
        case .sync: "Synkroniser"
        case .takeA: "Behald a"
        case .takeB: "Ta b"
        case .editConflict: "Rediger"
        case .up: "Opp"
        case .down: "Ned"
        case .pageUp: "Side opp"
        case .pageDown: "Side ned"
        case .restore: "Set tilbake"
        case .close: "Lukk"
        }
    }

    public func togetherContextTitle(_ context: KeyContext) -> String {
        context == .conflict ? "Detaljvising: felt med konflikt" : "Historikken til eit felt"
    }
}
