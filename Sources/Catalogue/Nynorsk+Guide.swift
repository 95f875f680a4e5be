import AgreementKit
import AgreementStore

extension Nynorsk {
    public func conversation(_ text: ConversationText) -> String {
        switch text {
        case .modeTitle: "Leiarsamtale"
        case .areaPosition(let n, let total): "Område \(n)/\(total)"
        case .lastTimeTitle: "Sist avtalte vi …"
        case .assessmentTitle: "Leiarvurdering (punkt 1.5) – unnateke offentlegheit"
        case .minutesTitle: "Referat"
        case .resumed(let date): "Held fram med leiarsamtalen \(date)"
        case .started(let date): "Leiarsamtale \(date): alt blir lagra medan de skriv"
        case .agreedOn(let date): "Avtalt i samtalen \(date)"
        case .nothingAgreedBefore: "Ingen oppfølging vart avtalt i samtalane før denne."
        case .firstConversation: "Dette er den første leiarsamtalen for avtalen."
        case .purpose: "Formål"
        case .sources: "Kjelder og datagrunnlag"
        case .target: "Mål"
        case .questions: "Spørsmål til refleksjon"
        case .discussedCount(let n, let total): "\(n) av \(total) drøfta"
        case .notes: "Notat"
        case .noNotes: "Ingen notat enno – c skriv."
        case .followUps: "Avtale om oppfølging"
        case .noFollowUps: "Inga oppfølging avtalt – f legg til."
        case .followUpDetails(let who, let due):
            [who.isEmpty ? nil : who, due.map { "innan \($0)" }].compactMap { $0 }.joined(separator: ", ")
        case .done: "gjort"
        case .notDone: "ikkje gjort"
        case .overdue: "forfalle"
        case .logged(let row): "loggført på \(row)"
        case .assessmentIntro: "Grunnlaget for leiarvurderinga i avtalen, vurdert frå begge sider."
        case .selfAssessment: "Eigenvurdering"
        case .contactAssessment: "Vurderinga til kontaktpersonen"
        case .notAssessed: "ikkje vurdert"
        case .noCriteria: "Avtalen listar ingen kriterium i punkt 1.5."
        case .noLongerListed: "(står ikkje lenger i punkt 1.5)"
        case .summaryDiscussed(let q, let total, let areas, let allAreas):
            "Drøfta \(q) av \(total) spørsmål; notat i \(areas) av \(allAreas) område."
        case .summaryFollowUps(let n): n == 0 ? "Ingen punkt til oppfølging." : n == 1 ? "1 punkt til oppfølging:" : "\(n) punkt til oppfølging:"
        case .summaryAssessed(let n, let total): "Leiarvurdering: \(n) av \(total) kriterium vurderte frå begge sider."
        case .writeMinutesHint: "w skriv referatet (.md eller .html); Esc går ut – alt er lagra."
        case .notesForm(let area): "Notat – \(area)"
        case .followUpForm: "Ny avtale om oppfølging"
        case .editFollowUpForm: "Avtale om oppfølging"
        case .whatLabel: "Kva"
        case .whoLabel: "Kven"
        case .dueLabel: "Innan (dato, valfritt)"
        case .goalRowLabel: "Mål i avtalen (nummer, t.d. 1.1 eller 2.2 1.1; valfritt)"
        case .assessmentForm(let criterion): "Leiarvurdering – \(criterion)"
        case .ratingLabel(let selfSide):
            (selfSide ? "Eigenvurdering" : "Vurderinga til kontaktpersonen") + " (1 ut over, 2 i tråd med, 3 mindre enn avtalen; tomt = inga)"
        case .commentLabel(let selfSide): selfSide ? "Kommentar frå einingsleiaren" : "Kommentar frå kontaktpersonen"
        case .minutesForm: "Skriv referatet frå leiarsamtalen (.md eller .html)"
        case .minutesFileWord: "leiarsamtale"
        case .saved(let time): "Samtalen er lagra \(time)"
        case .notSaved(let reason): "Samtalen vart ikkje lagra: \(reason) – ingenting er tapt, neste endring prøver igjen"
        case .questionDiscussed(let discussed): discussed ? "Spørsmålet er drøfta" : "Spørsmålet er ikkje lenger merkt som drøfta"
        case .followUpAdded(let what): "Avtalt oppfølging: \(what)"
        case .followUpChanged(let what): "Endra oppfølging: \(what)"
        case .followUpMarked(let what, let done): done ? "Gjort: \(what)" : "Ikkje gjort: \(what)"
        case .loggedOn(let row): "Loggført på \(row)"
        case .notLogged(let reason): "Ikkje loggført på målet: \(reason)"
        case .noSuchGoalRow(let given): "Fann ikkje målet «\(given)» i avtalen (skriv nummeret, t.d. 1.1)"
        case .ambiguousGoalRow(let given, let candidates): "«\(given)» passar på fleire mål: \(candidates.joined(separator: ", ")) – skriv òg delen, t.d. «2.2 1.1»"
        case .ratingUnknown(let given): "«\(given)» er inga vurdering: skriv 1, 2, 3 eller la feltet stå tomt"
        case .noGuide: "Lageret har ingen samtaleguide (mappa guides/)."
        case .guideUnreadable(let first, let more):
            more == 0 ? "Kan ikkje lese ein samtaleguide: \(first)" : "Kan ikkje lese \(more + 1) samtaleguidar, først: \(first)"
        case .conversationsUnreadable(let first, let more):
            more == 0 ? "Kan ikkje lese ein leiarsamtale: \(first)" : "Kan ikkje lese \(more + 1) leiarsamtalar, først: \(first)"
        case .nothingToMarkHere: "Ingenting å merkje her"
        case .assessmentSaved(let criterion): "Leiarvurdering lagra: \(criterion)"
        case .minutesFormatUnknown(let path): "«\(path)»: referatet blir skrive som .md (Markdown) eller .html"
        case .finished: "Samtalen er ført til ende"
        case .left: "Ute av samtalen – alt er lagra; s held fram der de slapp"
        case .leftToOverview: "Ute av samtalen – alt er lagra; F7 i oversikta held fram der de slapp"
        case .logText(let what, let who, let due):
            "Leiarsamtale: \(what)" + ([who.isEmpty ? nil : "ansvar: \(who)", due.map { "frist \($0)" }].compactMap { $0 }.joined(separator: ", ")
                .nonEmpty.map { " (\($0))" } ?? "")
        case .logDone(let date): "gjort \(date)"
        case .minutesHeading(let title, let date): "Referat – \(title) \(date)"
        case .minutesUnit(let unit): unit
        case .minutesLastTime: "Sist avtalte vi"
        case .minutesFollowUps: "Avtale om oppfølging"
        case .minutesAssessment: "Leiarvurdering (punkt 1.5)"
        case .minutesNoNotes: "Ingen notat."
        case .minutesQuestionsDiscussed: "Drøfta"
        case .minutesWhat: "Kva"
        case .minutesWho: "Kven"
        case .minutesDue: "Innan"
        case .minutesStatus: "Status"
        case .minutesGoal: "Mål"
        case .minutesCriterion: "Kriterium"
        case .minutesConfidential: "Unnateke offentlegheit: leiarvurderinga følgjer reglane for punkt 4. Referatet er skrive for partane og er lesbart berre for deg."
        }
    }

    public func guideIssue(_ kind: GuideIssue.Kind) -> String {
        switch kind {
        case .invalidSlug(let id): "id «\(id)» må vere små bokstavar a–z, siffer og bindestrek"
        case .unsupportedLanguage(let tag): "språket «\(tag)» er ukjend (nb, nn eller en)"
        case .blankText: "teksten manglar"
        case .invalidID(let id): "ugyldig id «\(id.rawValue)»"
        case .duplicateID(let id, let first): "id «\(id.rawValue)» er brukt før (\(AgreementValidator.render(first)))"
        case .unknownVariantPlace(let language, let place): "varianten på «\(language)» nemner «\(place)», som ikkje finst i fila, og blir aldri vist"
        }
    }

    public func conversationIssue(_ issue: ConversationIssue) -> String {
        switch issue {
        case .invalidID(let id): "ugyldig id «\(id)»"
        case .duplicateID(let id, let first): "id «\(id)» er brukt før (\(first))"
        case .followUpWithoutText: "oppfølginga manglar tekst (kva)"
        case .unknownGuide(let id): "samtaleguiden «\(id)» finst ikkje i lageret (guides/); notata blir viste likevel"
        }
    }
}
