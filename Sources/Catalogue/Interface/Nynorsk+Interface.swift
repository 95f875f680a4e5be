import AgreementKit
import AgreementStore

extension Nynorsk {
    public func interface(_ text: InterfaceText) -> String {
        switch text {
        case .saving(let note): note.isEmpty ? "Lagrar …" : "\(capitalized(note)) · lagrar …"
        case .saved(let note, let time): (note.map { "\(capitalized($0)) · " } ?? "") + "Lagra \(time)"
        case .notSaved(let reason): "Ikkje lagra (endringa er teken vare på; Ctrl-S prøver igjen): \(reason)"
        case .reloaded: "Lasta inn på nytt frå disken"
        case .copyWritten(let path): "Kopi skriven til \(path)"
        case .copyFailed(let reason): "Kopien vart ikkje skriven: \(reason)"
        case .fileWritten(let path, let privateFile): "Skreiv \(path)" + (privateFile ? " (modus 0600: unnateke offentlegheit)" : "")
        case .readOnlySession(let described), .readOnlyBecause(let described): capitalized(described)
        case .lockUnavailable(let reason): "Kunne ikkje låse avtalen (\(reason)); ei anna økt vil ikkje sjå at han er open her"
        case .draftUnreadable(let path): "Eit utkast i \(path) kunne ikkje lesast; det er late urørt"
        case .draftRestored: "Utkastet er gjenoppretta; Enter lagrar, Esc forkastar"
        case .draftFoundElsewhere(let path): draftFoundElsewhere(path)
        case .lockReleased: lockReleased
        case .lockRegainedUnsaved: "Den andre økta har sleppt avtalen; endringa di er ikkje lagra enno – Ctrl-S lagrar ho"
        case .lockLost(let holder): "Ikkje lagra: ei anna økt har teke over avtalen. Endringa er teken vare på på skjermen; q tilbyr å lagre ein kopi (\(holder))"
        case .notReadOnly: "Du har alt avtalen open for skriving"
        case .closeUnsaved: "Endringane er ikkje lagra enno; Ctrl-S prøver igjen før du lukkar avtalen"
        case .unreadableFiles(let first, let more): "Kan ikkje lesast: \(first)" + (more > 0 ? " (og \(more) til; sjå «lederavtale check»)" : "")
        case .languageSaved(let name): "Språk: \(name) (hugsa i innstillingane; Ctrl-L byter igjen)"
        case .languageNotSaved(let name, let reason): "Språk: \(name) i denne økta, men ikkje hugsa: \(reason)"
        case .nothingToUndo: "Ingenting å angre"
        case .nothingToRedo: "Ingenting å gjere om"
        case .undone(let note): "Angra: \(note)"
        case .redone(let note): "Gjort om: \(note)"
        case .undoPhaseNeedsReason(let phase): "Å gå tilbake frå \(phase) er ei gjenopning: skriv kvifor"
        case .undoReopenRefused: "Ei gjenopning blir ikkje angra; gå vidare i fasedialogen (p)"
        case .discardAsk: "Trykk Ctrl-C igjen for å forkaste teksten du har skrive, eller hald fram med å skrive"
        case .discarded: "Forkasta; feltet er som før"
        case .writeSomethingFirst: "Skriv noko først, eller Esc for å avbryte"
        case .reasonMissing: "Skriv ei grunngiving for endringa av avtalen"
        case .nameMissing: "Skriv namnet som skal stå på signaturen"
        case .notADate(let typed, let example): "«\(typed)» er ikkje ein dato (skriv t.d. \(example))"
        case .pasteTooLarge(let pasted, let room, let limit):
            "Ikkje lima inn: \(integer(pasted)) teikn, men feltet har plass til \(integer(room)) til (høgst \(integer(limit))). Del opp teksten, t.d. i fleire loggføringar."
        case .fieldFull(let limit): "Feltet er fullt (høgst \(integer(limit)) teikn); det du skreiv, vart ikkje lagt til"
        case .chooseRowForLog: "Vel ei rad i målruta først (loggen høyrer til ei rad)"
        case .chooseRowForMeasures: "Vel ei rad i målruta først (tiltak og støtte høyrer til ei rad)"
        case .chooseSomethingToDelete: "Vel noko å slette: eit målområde, ei rad, eit tiltak, støtte eller ei loggføring"
        case .nothingToAddHere: "Her er det ingenting å leggje til; vel eit målområde, ei rad, sjekklista eller punkt 4"
        case .logIsByDate: "Loggen står etter dato; endra datoen for å flytte ei loggføring"
        case .alreadyFirst: "Står alt øvst"
        case .alreadyLast: "Står alt nedst"
        case .amendmentNote: "Avtalt i Inngåing – endringa blir registrert med grunngiving, dato og kven"
        case .summaryField: "Dette feltet er ei oppsummering; rediger i rutene på hovudskjermen."
        case .addOnMainScreen: "Her blir det lagt til i rutene på hovudskjermen (Esc, så a)"
        case .deleteOnMainScreen: "Berre oppgåver i sjekklista og utviklingsmål blir sletta her; resten i rutene"
        case .noHits(let query): "Ingen treff for «\(query)»"
        case .searchFirst: "Søk først med /"
        case .hit(let n, let total, let query, let text): "Treff \(n)/\(total) for «\(query)»: \(text)"
        case .noNextPhase: "Avtalen er avslutta; det finst ingen neste fase"
        case .firstPhase: "Inngåing er første fase"
        case .meetingOnlyInFollowUpOrAssessment: "Møtemodus blir brukt i Oppfølging (midtvegssamtalen) og Resultatvurdering (årsvurderinga)"
        case .meetingLeft: "Møtemodus avslutta; alt er lagra"
        case .nothingToStepBack: "Ingenting å gå tilbake til i dette møtet"
        case .commentsOnGoalAreas: "Kommentarar blir skrivne på målområda"
        case .noAreaBelowAgreement: "Ingen målområde er vurderte «Mindre enn avtalen»"
        case .bothSigned: "Begge partar har signert fasen"
        case .noteFieldChanged(let label): "\(label) endra"
        case .noteChoice(let label, let value): "\(label): \(value)"
        case .noteAmended(let label): "endring registrert: \(label)"
        case .noteLogAdded(let date, let row, let outside):
            "loggføring lagd til \(dayMonth(date))" + (row.map { " på \(rowShort($0))" } ?? "")
                + (outside.map { " (NB: datoen er utanfor avtaleåret \($0))" } ?? "")
        case .noteAdded(let kind, let row): "\(kind.lowercased()) lagt til" + (row.map { " på \(rowShort($0))" } ?? "")
        case .noteRowAdded(let area): "ny rad" + (area.map { " i \($0.area)" } ?? "")
        case .noteGoalAreaAdded(let name): "nytt målområde \(name.area)"
        case .noteTaskAdded: "ny oppgåve i sjekklista"
        case .notePersonalGoalAdded: "nytt personleg utviklingsmål"
        case .noteDeleted(let noun, let summary): "sletta \(noun) «\(summary)»"
        case .noteMoved(let noun): "flytta \(noun)"
        case .noteSigned(let name, let party): "signert av \(name) (\(partyInSentence(party)))"
        case .noteReopened: "fasen er gjenopna"
        case .noteMovedTo(let phase, let gaps): "gjekk til \(phase)" + (gaps > 0 ? " (\(count(gaps, "mangel", "manglar")) registrert)" : "")
        case .notePlanSaved: "forbetringsplan lagra"
        case .noteCommentsSaved: "kommentarar lagra"
        case .noteRated(let area, let label, let rating): "\(area): \(label.lowercased()) \(rating.lowercased())"
        case .noteSteppedBack(let label): "tilbake: \(label.lowercased()) som før"
        case .noteReviewHeld(let kind, let date): "\(kind.lowercased()) registrert \(date)"
        case .addedItem(let label): "Lagt til: \(label)"
        case .addedItemAt(let place): "\(place) (lagt til)"
        case .deletedItem(let place): "\(place) (sletta)"
        case .movedItem(let place): "\(place) (flytta)"
        }
    }

    /// A row in a short note: "mål 1.1", else its goal area.
    func rowShort(_ name: RowName) -> String {
        name.targetNumber.isEmpty ? name.area : "mål \(name.targetNumber)"
    }

    /// The text with its first letter in upper case.
    func capitalized(_ text: String) -> String { Phrasing.capitalized(text) }
}
