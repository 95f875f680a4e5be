import AgreementKit
import AgreementStore

extension Bokmal {
    public func interface(_ text: InterfaceText) -> String {
        switch text {
        case .saving(let note): note.isEmpty ? "Lagrer …" : "\(capitalized(note)) · lagrer …"
        case .saved(let note, let time): (note.map { "\(capitalized($0)) · " } ?? "") + "Lagret \(time)"
        case .notSaved(let reason): "Ikke lagret (endringen er beholdt; Ctrl-S prøver igjen): \(reason)"
        case .reloaded: "Lastet inn på nytt fra disken"
        case .copyWritten(let path): "Kopi skrevet til \(path)"
        case .copyFailed(let reason): "Kopien ble ikke skrevet: \(reason)"
        case .fileWritten(let path, let privateFile): "Skrev \(path)" + (privateFile ? " (modus 0600: unntatt offentlighet)" : "")
        case .readOnlySession(let described), .readOnlyBecause(let described): capitalized(described)
        case .lockUnavailable(let reason): "Kunne ikke låse avtalen (\(reason)); en annen økt vil ikke se at den er åpen her"
        case .draftUnreadable(let path): "Et utkast i \(path) kunne ikke leses; det er latt urørt"
        case .draftRestored: "Utkastet er gjenopprettet; Enter lagrer, Esc forkaster"
        case .draftFoundElsewhere(let path): draftFoundElsewhere(path)
        case .lockReleased: lockReleased
        case .lockRegainedUnsaved: "Den andre økten har sluppet avtalen; endringen din er ikke lagret ennå – Ctrl-S lagrer den"
        case .lockLost(let holder): "Ikke lagret: en annen økt har tatt over avtalen. Endringen er beholdt på skjermen; q tilbyr å lagre en kopi (\(holder))"
        case .notReadOnly: "Du har allerede avtalen åpen for skriving"
        case .closeUnsaved: "Endringene er ikke lagret ennå; Ctrl-S prøver igjen før du lukker avtalen"
        case .unreadableFiles(let first, let more): "Kan ikke leses: \(first)" + (more > 0 ? " (og \(more) til; se «lederavtale check»)" : "")
        case .languageSaved(let name): "Språk: \(name) (husket i innstillingene; Ctrl-L bytter igjen)"
        case .languageNotSaved(let name, let reason): "Språk: \(name) i denne økten, men ikke husket: \(reason)"
        case .nothingToUndo: "Ingenting å angre"
        case .nothingToRedo: "Ingenting å gjøre om"
        case .undone(let note): "Angret: \(note)"
        case .redone(let note): "Gjort om: \(note)"
        case .undoPhaseNeedsReason(let phase): "Å gå tilbake fra \(phase) er en gjenåpning: skriv hvorfor"
        case .undoReopenRefused: "En gjenåpning angres ikke; gå videre i fasedialogen (p)"
        case .discardAsk: "Trykk Ctrl-C igjen for å forkaste teksten du har skrevet, eller fortsett å skrive"
        case .discarded: "Forkastet; feltet er som før"
        case .writeSomethingFirst: "Skriv noe først, eller Esc for å avbryte"
        case .reasonMissing: "Skriv en begrunnelse for endringen av avtalen"
        case .nameMissing: "Skriv navnet som skal stå på signaturen"
        case .notADate(let typed, let example): "«\(typed)» er ikke en dato (skriv f.eks. \(example))"
        case .pasteTooLarge(let pasted, let room, let limit):
            "Ikke limt inn: \(integer(pasted)) tegn, men feltet har plass til \(integer(room)) til (høyst \(integer(limit))). Del teksten opp, f.eks. i flere loggføringer."
        case .fieldFull(let limit): "Feltet er fullt (høyst \(integer(limit)) tegn); det du skrev ble ikke lagt til"
        case .chooseRowForLog: "Velg en rad i målruten først (loggen hører til en rad)"
        case .chooseRowForMeasures: "Velg en rad i målruten først (tiltak og støtte hører til en rad)"
        case .chooseSomethingToDelete: "Velg noe å slette: et målområde, en rad, et tiltak, støtte eller en loggføring"
        case .nothingToAddHere: "Her er det ingenting å legge til; velg et målområde, en rad, sjekklisten eller punkt 4"
        case .logIsByDate: "Loggen står etter dato; endre datoen for å flytte en loggføring"
        case .alreadyFirst: "Står allerede øverst"
        case .alreadyLast: "Står allerede nederst"
        case .amendmentNote: "Avtalt i Inngåelse – endringen registreres med begrunnelse, dato og hvem"
        case .summaryField: "Dette feltet er en oppsummering; rediger i rutene på hovedskjermen."
        case .addOnMainScreen: "Her legges det til i rutene på hovedskjermen (Esc, så a)"
        case .deleteOnMainScreen: "Bare oppgaver i sjekklisten og utviklingsmål slettes her; resten i rutene"
        case .noHits(let query): "Ingen treff for «\(query)»"
        case .searchFirst: "Søk først med /"
        case .hit(let n, let total, let query, let text): "Treff \(n)/\(total) for «\(query)»: \(text)"
        case .noNextPhase: "Avtalen er avsluttet; det finnes ingen neste fase"
        case .firstPhase: "Inngåelse er første fase"
        case .meetingOnlyInFollowUpOrAssessment: "Møtemodus brukes i Oppfølging (midtveissamtalen) og Resultatvurdering (årsvurderingen)"
        case .meetingLeft: "Møtemodus avsluttet; alt er lagret"
        case .nothingToStepBack: "Ingenting å gå tilbake til i dette møtet"
        case .commentsOnGoalAreas: "Kommentarer skrives på målområdene"
        case .noAreaBelowAgreement: "Ingen målområder er vurdert «Mindre enn avtalen»"
        case .bothSigned: "Begge parter har signert fasen"
        case .noteFieldChanged(let label): "\(label) endret"
        case .noteChoice(let label, let value): "\(label): \(value)"
        case .noteAmended(let label): "endring registrert: \(label)"
        case .noteLogAdded(let date, let row, let outside):
            "loggføring lagt til \(dayMonth(date))" + (row.map { " på \(rowShort($0))" } ?? "")
                + (outside.map { " (NB: datoen er utenfor avtaleåret \($0))" } ?? "")
        case .noteAdded(let kind, let row): "\(kind.lowercased()) lagt til" + (row.map { " på \(rowShort($0))" } ?? "")
        case .noteRowAdded(let area): "ny rad" + (area.map { " i \($0.area)" } ?? "")
        case .noteGoalAreaAdded(let name): "nytt målområde \(name.area)"
        case .noteTaskAdded: "ny oppgave i sjekklisten"
        case .notePersonalGoalAdded: "nytt personlig utviklingsmål"
        case .noteDeleted(let noun, let summary): "slettet \(noun) «\(summary)»"
        case .noteMoved(let noun): "flyttet \(noun)"
        case .noteSigned(let name, let party): "signert av \(name) (\(partyInSentence(party)))"
        case .noteReopened: "fasen er gjenåpnet"
        case .noteMovedTo(let phase, let gaps): "gikk til \(phase)" + (gaps > 0 ? " (\(count(gaps, "mangel", "mangler")) registrert)" : "")
        case .notePlanSaved: "forbedringsplan lagret"
        case .noteCommentsSaved: "kommentarer lagret"
        case .noteRated(let area, let label, let rating): "\(area): \(label.lowercased()) \(rating.lowercased())"
        case .noteSteppedBack(let label): "tilbake: \(label.lowercased()) som før"
        case .noteReviewHeld(let kind, let date): "\(kind.lowercased()) registrert \(date)"
        case .addedItem(let label): "Lagt til: \(label)"
        case .addedItemAt(let place): "\(place) (lagt til)"
        case .deletedItem(let place): "\(place) (slettet)"
        case .movedItem(let place): "\(place) (flyttet)"
        }
    }

    /// A row in a short note: "mål 1.1", else its goal area.
    func rowShort(_ name: RowName) -> String {
        name.targetNumber.isEmpty ? name.area : "mål \(name.targetNumber)"
    }

    /// The text with its first letter in upper case.
    func capitalized(_ text: String) -> String { Phrasing.capitalized(text) }
}
