import AgreementKit

/// Bokmål for working together in the app: conflicts on their fields, a field's history, syncing.
extension Bokmal {
    public func conflictsInHeader(_ count: Int) -> String { self.count(count, "konflikt", "konflikter") }
    public func conflictSettled(_ label: String) -> String { "konflikt avgjort: \(label)" }
    public var conflictNotSettled: String { "Konflikten kan ikke avgjøres slik: verdien passer ikke lenger i avtalen (rediger feltet)" }
    public func historyTitle(_ label: String) -> String { "Historikk: \(label)" }
    public var historyNone: String { "Ingen endringer er registrert for dette feltet." }
    public var historyRestoreNote: String { "Nyeste først. Enter setter verdien en endring ga tilbake i feltet, som en ny endring." }
    public func historyRestored(_ label: String) -> String { "satt tilbake fra historikken: \(label)" }
    public var historyNothingToRestore: String { "Ingenting å sette tilbake: feltet har denne verdien, eller endringen fjernet den" }
    public var historyNoField: String { "Ingen historikk her: velg et felt (Enter viser alle feltene)" }
    public func historyUnreadable(_ reason: String) -> String { "Historikken kan ikke leses: \(reason)" }
    public var syncing: String { "Synkroniserer …" }
    public var syncChangedMeanwhile: String { " – endret mens git arbeidet: endringene er lagret her, men ikke sendt; synkroniser igjen (S)" }
    public var syncRunning: String { "Synkroniseringen pågår allerede – vent på resultatet" }
    public var syncWaitingOnQuit: String { "lederavtale: venter på at synkroniseringen blir ferdig …" }

    public func describeTogether(_ command: TogetherCommand) -> String {
        switch command {
        case .fieldHistory: "Historikken til feltet: hvem endret hva og når (og sett en gammel verdi tilbake)"
        case .sync: "Synkroniser lageret med git (lagre, hent, flett, send)"
        case .takeA: "Konflikt: behold a, verdien på denne maskinen"
        case .takeB: "Konflikt: ta b, den andre verdien"
        case .editConflict: "Konflikt: rediger feltet (lagringen avgjør konflikten)"
        case .up: "Forrige endring"
        case .down: "Neste endring"
        case .pageUp: "En side opp"
        case .pageDown: "En side ned"
        case .restore: "Sett verdien tilbake i feltet (en ny endring; begrunnelse når avtalen er signert)"
        case .close: "Lukk historikken"
        }
    }

    public func hintTogether(_ command: TogetherCommand) -> String {
        switch command {
        case .fieldHistory: "Historikk"
        case .sync: "Synkroniser"
        case .takeA: "Behold a"
        case .takeB: "Ta b"
        case .editConflict: "Rediger"
        case .up: "Opp"
        case .down: "Ned"
        case .pageUp: "Side opp"
        case .pageDown: "Side ned"
        case .restore: "Sett tilbake"
        case .close: "Lukk"
        }
    }

    public func togetherContextTitle(_ context: KeyContext) -> String {
        context == .conflict ? "Detaljvisning: felt med konflikt" : "Historikken til et felt"
    }
}
