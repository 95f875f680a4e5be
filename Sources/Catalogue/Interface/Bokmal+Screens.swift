import Foundation
import AgreementKit
import AgreementStore

extension Bokmal {
    public func screen(_ text: ScreenText) -> String {
        switch text {
        case .headerLeader(let leader): "Leder: \(leader.isEmpty ? "–" : leader)"
        case .headerContact(let contact): "Kontaktperson: \(contact.isEmpty ? "–" : contact)"
        case .youAre(let party): "[du: \(party)]"
        case .asOf(let date): "per \(date)"
        case .paneGoals: "Mål"
        case .paneMeasures: "Tiltak og støtte"
        case .paneLog: "Logg"
        case .detailsTitle: "Detaljer"
        case .enterShowsAll: "Enter viser alt"
        case .treeHeading(.about): "1 Om avtalen"
        case .treeHeading(.section(let s)): "\(s.number) \(section(s))"
        case .treeHeading(.ownPriorities): "3 Enhetens egne satsingsområder"
        case .treeHeading(.personal): "4 Personlige utviklingsmål"
        case .aboutLine: "Om avtalen (1.1–1.5)"
        case .checklistLine: "Sjekkliste"
        case .amendmentsLine: "Endringer i avtalen"
        case .conditionsLine: "3.1 Forhold som kan påvirke resultatene"
        case .personalGoalsLine: "Unntatt offentlighet"
        case .chooseRowForMeasures: "Velg et målområde eller en rad for å se tiltak og støtte."
        case .chooseRowForLog: "Velg et målområde eller en rad for å se loggen."
        case .noMeasures: "Ingen tiltak."
        case .noSupport: "Ingen støtte."
        case .noLogEntries: "Ingen loggføringer ennå."
        case .aboutHeading: "1 Om avtalen"
        case .headerField(let field):
            switch field {
            case .municipality: "Kommune"
            case .unit: "Enhet"
            case .serviceArea: "Tjenesteområde"
            case .leader: "Enhetsleder"
            case .director: "Kommunaldirektør"
            case .contactPerson: "Kontaktperson"
            }
        case .aboutField(let field):
            switch field {
            case .purpose: "1.1 Avtalens formål"
            case .parties: "1.2 Parter"
            case .values: "1.3 Felles verdier og rammer"
            case .scope: "1.4 Virkeområde"
            case .leaderAssessmentBasis: "1.5 Ledervurdering (ett område per linje)"
            }
        case .checklistTitle(let year, let marked, let total): "Er følgende oppgaver utført i \(year)? (\(marked)/\(total))"
        case .rows: "Rader"
        case .target(let number): "mål \(number)"
        case .logSummary(let n, let last): "\(count(n, "loggføring", "loggføringer")), siste \(last)"
        case .amendmentsTitle(let n): "Endringer i avtalen etter inngåelsen (\(n))"
        case .amendmentRecord(let old, let new, let reason): "Fra: \(old.isEmpty ? "–" : old)\nTil: \(new.isEmpty ? "–" : new)\nBegrunnelse: \(reason)"
        case .conditionsTitle: "3.1 Forhold som kan påvirke resultatoppnåelsen"
        case .conditionsContactComment: "Kontaktpersons eventuelle kommentarer"
        case .personalGoalsTitle: "4 Personlige utviklingsmål – Unntatt offentlighet"
        case .noPersonalGoals: "Ingen ennå; a legger til."
        case .aboutMeasure: "Gjelder tiltak"
        case .logEntryTitle(let date): "Loggføring \(date)"
        case .notSet: "Ikke satt"
        case .pickerTitle: "lederavtale – velg avtale"
        case .filter: "Filter"
        case .agreements: "Avtaler"
        case .storeIsEmpty: "Lageret har ingen avtaler."
        case .noneMatch: "Ingen avtaler passer filteret."
        case .helpTitle: "lederavtale – hjelp"
        case .keys: "Taster"
        case .legendIntro: "Fargene viser når et felt fylles ut; bokstaven sier det samme uten farge:"
        case .legendRatings: "[▲●] vurdering av målområdet: ▲ Ut over avtalen, ● I tråd med avtalen, ▼ Mindre enn avtalen, · ikke satt"
        case .legendLog: "✎3  antall loggføringer på raden"
        case .phaseTitle: "Fase"
        case .phaseNow: "Fase nå:"
        case .phaseNext: "neste:"
        case .nothingMissing(let phase): "Ingenting mangler før \(phase)."
        case .missingBefore(let phase, let n): "Mangler før \(phase) (\(n)); du kan gå videre likevel, og manglene registreres:"
        case .signedIn(let phase): "Signert i \(phase):"
        case .noSignatures(let party): "ingen ennå – s signerer som \(party)"
        case .phaseHistory: "Historikk:"
        case .reopened(let phase, let reason): "gjenåpnet \(phase): \(reason)"
        case .gapCount(let n): "(\(count(n, "mangel", "mangler")))"
        case .amendmentsNote(let n): "Endringer i avtalen: \(n) (se «Endringer i avtalen» i målruten)"
        case .goToPhase(let phase): "Gå til \(phase)? (j/n)"
        case .agreementClosed: "Avtalen er avsluttet."
        case .checklistPosition(let n, let total): "Sjekkliste \(n)/\(total)"
        case .summaryTitle: "Oppsummering"
        case .meetingChecklistTitle(let year): "Er følgende oppgaver utført i \(year)?"
        case .noLogSince(let date): "Ingen loggføringer siden \(date)."
        case .agreedFollowUp: "Avtalt oppfølging:"
        case .ratedCount(let rated, let total): "Vurdert \(rated) av \(total) målområder"
        case .measuresColumn: "Gjennomførte tiltak"
        case .attainmentColumn: "Måloppnåelse"
        case .checklistSummary(let marked, let total, let done): "Sjekkliste: \(marked)/\(total) markert, \(done) utført"
        case .belowAgreementHeading: "Mindre enn avtalen:"
        case .planMade: "(forbedringsplan laget)"
        case .procedureHeading: "Framgangsmåte:"
        case .signaturesHeading: "Signaturer:"
        case .noSignaturesYet: "ingen ennå – s signerer"
        case .midYearNotes(let n, let total): "Midtveissamtale: notater på \(n) av \(total) målområder"
        case .tooSmall: "Vinduet er for lite"
        case .tooSmallSize(let width, let height, let minWidth, let minHeight): "\(width)×\(height) – trenger minst \(minWidth)×\(minHeight)"
        case .tooSmallHint: "Gjør vinduet større, eller trykk q for å avslutte."
        }
    }

    public func prompt(_ text: PromptText) -> String {
        switch text {
        case .confirm(.save): "Lagre"
        case .confirm(.search): "Søk"
        case .confirm(.write): "Skriv"
        case .confirm(.sign): "Signer"
        case .reason: "Begrunnelse"
        case .reasonRequired: "Begrunnelse for endringen (påkrevd)"
        case .date: "Dato"
        case .number: "Nummer"
        case .name: "Navn"
        case .file: "Fil"
        case .agreedActions: "Avtalte tiltak (ett per linje)"
        case .followUpDates: "Månedlige oppfølgingssamtaler (datoer)"
        case .search: "Søk i mål, tiltak, støtte og logg"
        case .searchLabel: "Søk"
        case .amendment(let title): "Endring av avtalen: \(title)"
        case .amendmentDelete(let noun): "Endring av avtalen: slette \(noun)"
        case .amendmentMove(let noun): "Endring av avtalen: flytte \(noun)"
        case .newLogEntry(let target, let measure):
            "Ny loggføring" + (target.isEmpty ? "" : " – mål \(target)") + (measure.map { " – tiltak «\($0)»" } ?? "")
        case .newMeasure: "Nytt tiltak"
        case .newSupport: "Ny støtte"
        case .newRow(let area): "Ny rad i \(area)"
        case .newGoalArea(let section): "Nytt målområde i \(section)"
        case .newChecklistTask: "Ny oppgave i sjekklisten"
        case .newPersonalGoal: "Nytt personlig utviklingsmål (unntatt offentlighet)"
        case .signOff(let phase, let party, let date): "Signer \(phase) som \(party) – \(date)"
        case .reopen(let phase): "Gjenåpne \(phase)"
        case .writeMinutes: "Skriv referatet (Markdown) til"
        case .exportPublic: "Eksporter offentlig utgave (uten punkt 4) til"
        case .exportFull: "Eksporter full kopi (med punkt 4, modus 0600) til"
        case .improvementPlan(let area): "Forbedringsplan: \(area)"
        case .meetingComments(let area): "\(area) – kommentarer"
        case .saveCopyBeforeQuit: "Skriv en kopi av avtalen (med punkt 4, modus 0600) til"
        case .saveCopyOfMine: "Skriv din versjon (med punkt 4, modus 0600) til"
        case .notADateHint: "ikke en dato ennå (skriv f.eks. 14.03 eller 14.03.2011)"
        case .resolvedDate(let date, let outside): "= \(date)" + (outside.map { " (NB: utenfor avtaleåret \($0))" } ?? "")
        case .minutesFileWord: "referat"
        case .publicFileWord: "offentlig"
        case .unsavedFileWord: "ulagret"
        case .myVersionFileWord: "min-versjon"
        }
    }

    public func dialog(_ text: DialogText) -> (title: String, question: String) {
        switch text {
        case .delete(let noun, let summary, let place, let amendment):
            ("Slette?", "Slette \(noun) «\(summary)»\(place.isEmpty ? "" : " i \(place)")?"
                + (amendment ? " Det er en endring av avtalen og krever en begrunnelse." : "") + " (j/n)")
        case .choice(let label): (label, "Velg:")
        case .addInMeasures: ("Legg til", "Hva vil du legge til på raden?")
        case .quitUnsaved: ("Endringer er ikke lagret", "Den siste lagringen feilet, så filen på disken er eldre enn det du ser.")
        case .draft(let title, let preview): ("Utkast fra en avbrutt økt", "Forrige økt ble avbrutt mens du skrev i «\(title)»: «\(preview)»")
        case .conflict(let reason): ("Filen er endret av noen andre", "\(capitalized(reason)). Endringen din er ikke lagret, men beholdt på skjermen.")
        case .exportFormat: ("Eksport", "Hvilket format?")
        case .exportScope: ("Eksport", "Offentlig utgave eller full kopi?")
        case .fileExists(let path, let proposal):
            ("Filen finnes", "\(path) finnes allerede. Skrive til \((proposal as NSString).lastPathComponent) i samme mappe, eller overskrive den?")
        case .takeOverLock(let holder): ("Ta over låsen", lockTakeOverQuestion(holder))
        case .signAs(let party, let name, let phase):
            ("Signatur", name.isEmpty ? "Signere \(phase) som \(party)? Navnet skrives etterpå. (j/n)" : "Signere \(phase) som \(party) \(name)? (j/n)")
        }
    }

    public func answerKey(_ text: AnswerText) -> Character {
        switch text {
        case .yes: "j"
        case .no: "n"
        case .cancel: "a"
        case .retry: "l"
        case .copy: "k"
        case .quitWithoutSaving: "a"
        case .restore: "g"
        case .discard: "s"
        case .reload: "l"
        case .overwrite: "o"
        case .writeElsewhere: "n"
        case .measure: "t"
        case .support: "s"
        case .rating(let rating): AnswerText.ratingKey(rating)
        case .mark(let status): AnswerText.markKey(status)
        case .markdown: "m"
        case .html: "h"
        case .csv: "c"
        case .json: "j"
        case .publicCopy: "o"
        case .fullCopy: "f"
        }
    }

    public func languageName(_ language: Language) -> String {
        switch language {
        case .nb: "bokmål"
        case .nn: "nynorsk"
        case .en: "English"
        }
    }

    public func answer(_ text: AnswerText) -> String {
        switch text {
        case .yes: "ja"
        case .no: "nei"
        case .cancel: "Avbryt"
        case .retry: "Prøv å lagre igjen"
        case .copy: "Skriv din versjon som en kopi til en annen fil"
        case .quitWithoutSaving: "Avslutt uten å lagre"
        case .restore: "Gjenopprett teksten i skjemaet"
        case .discard: "Slett utkastet"
        case .reload: "Last inn filen på nytt (din siste endring forkastes)"
        case .overwrite: "Overskriv filen"
        case .writeElsewhere: "Skriv til neste ledige navn"
        case .measure: "Tiltak"
        case .support: "Støtte"
        case .rating(let rating): rating.map(self.rating) ?? "Ikke satt"
        case .mark(let status): status.map { checklistStatus($0) } ?? "Ikke markert"
        case .markdown: "Markdown – som skjemaet, for e-post og git"
        case .html: "HTML – som skjemaet, for utskrift (én fil)"
        case .csv: "CSV – én linje per rad, for regneark (uten punkt 4)"
        case .json: "JSON – dataene i lagerets format"
        case .publicCopy: "Offentlig utgave – uten punkt 4 (kan deles og publiseres)"
        case .fullCopy: "Full kopi – med punkt 4, personlige utviklingsmål (fil bare for deg, 0600)"
        }
    }
}
