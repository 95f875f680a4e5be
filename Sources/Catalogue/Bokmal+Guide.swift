import AgreementKit
import AgreementStore

extension Bokmal {
    public func conversation(_ text: ConversationText) -> String {
        switch text {
        case .modeTitle: "Ledersamtale"
        case .areaPosition(let n, let total): "Område \(n)/\(total)"
        case .lastTimeTitle: "Sist avtalte vi …"
        case .assessmentTitle: "Ledervurdering (punkt 1.5) – unntatt offentlighet"
        case .minutesTitle: "Referat"
        case .resumed(let date): "Fortsetter ledersamtalen \(date)"
        case .started(let date): "Ledersamtale \(date): alt lagres mens dere skriver"
        case .agreedOn(let date): "Avtalt i samtalen \(date)"
        case .nothingAgreedBefore: "Ingen oppfølging ble avtalt i samtalene før denne."
        case .firstConversation: "Dette er den første ledersamtalen for avtalen."
        case .purpose: "Formål"
        case .sources: "Kilder og datagrunnlag"
        case .target: "Mål"
        case .questions: "Spørsmål til refleksjon"
        case .discussedCount(let n, let total): "\(n) av \(total) drøftet"
        case .notes: "Notater"
        case .noNotes: "Ingen notater ennå – c skriver."
        case .followUps: "Avtale om oppfølging"
        case .noFollowUps: "Ingen oppfølging avtalt – f legger til."
        case .followUpDetails(let who, let due):
            [who.isEmpty ? nil : who, due.map { "innen \($0)" }].compactMap { $0 }.joined(separator: ", ")
        case .done: "gjort"
        case .notDone: "ikke gjort"
        case .overdue: "forfalt"
        case .logged(let row): "loggført på \(row)"
        case .assessmentIntro: "Grunnlaget for ledervurderingen i avtalen, vurdert fra begge sider."
        case .selfAssessment: "Egenvurdering"
        case .contactAssessment: "Kontaktpersonens vurdering"
        case .notAssessed: "ikke vurdert"
        case .noCriteria: "Avtalen lister ingen kriterier i punkt 1.5."
        case .noLongerListed: "(står ikke lenger i punkt 1.5)"
        case .summaryDiscussed(let q, let total, let areas, let allAreas):
            "Drøftet \(q) av \(total) spørsmål; notater i \(areas) av \(allAreas) områder."
        case .summaryFollowUps(let n): n == 0 ? "Ingen punkter til oppfølging." : n == 1 ? "1 punkt til oppfølging:" : "\(n) punkter til oppfølging:"
        case .summaryAssessed(let n, let total): "Ledervurdering: \(n) av \(total) kriterier vurdert fra begge sider."
        case .writeMinutesHint: "w skriver referatet (.md eller .html); Esc går ut – alt er lagret."
        case .notesForm(let area): "Notater – \(area)"
        case .followUpForm: "Ny avtale om oppfølging"
        case .editFollowUpForm: "Avtale om oppfølging"
        case .whatLabel: "Hva"
        case .whoLabel: "Hvem"
        case .dueLabel: "Innen (dato, valgfritt)"
        case .goalRowLabel: "Mål i avtalen (nummer, f.eks. 1.1 eller 2.2 1.1; valgfritt)"
        case .assessmentForm(let criterion): "Ledervurdering – \(criterion)"
        case .ratingLabel(let selfSide):
            (selfSide ? "Egenvurdering" : "Kontaktpersonens vurdering") + " (1 ut over, 2 i tråd med, 3 mindre enn avtalen; tomt = ingen)"
        case .commentLabel(let selfSide): selfSide ? "Enhetsleders kommentar" : "Kontaktpersonens kommentar"
        case .minutesForm: "Skriv referatet fra ledersamtalen (.md eller .html)"
        case .minutesFileWord: "ledersamtale"
        case .saved(let time): "Samtalen er lagret \(time)"
        case .notSaved(let reason): "Samtalen ble ikke lagret: \(reason) – ingenting er tapt, neste endring prøver igjen"
        case .questionDiscussed(let discussed): discussed ? "Spørsmålet er drøftet" : "Spørsmålet er ikke lenger markert som drøftet"
        case .followUpAdded(let what): "Avtalt oppfølging: \(what)"
        case .followUpChanged(let what): "Endret oppfølging: \(what)"
        case .followUpMarked(let what, let done): done ? "Gjort: \(what)" : "Ikke gjort: \(what)"
        case .loggedOn(let row): "Loggført på \(row)"
        case .notLogged(let reason): "Ikke loggført på målet: \(reason)"
        case .noSuchGoalRow(let given): "Fant ikke målet «\(given)» i avtalen (skriv nummeret, f.eks. 1.1)"
        case .ambiguousGoalRow(let given, let candidates): "«\(given)» passer på flere mål: \(candidates.joined(separator: ", ")) – skriv også delen, f.eks. «2.2 1.1»"
        case .ratingUnknown(let given): "«\(given)» er ingen vurdering: skriv 1, 2, 3 eller la feltet stå tomt"
        case .noGuide: "Lageret har ingen samtaleguide (mappen guides/)."
        case .guideUnreadable(let first, let more):
            more == 0 ? "Kan ikke lese en samtaleguide: \(first)" : "Kan ikke lese \(more + 1) samtaleguider, først: \(first)"
        case .conversationsUnreadable(let first, let more):
            more == 0 ? "Kan ikke lese en ledersamtale: \(first)" : "Kan ikke lese \(more + 1) ledersamtaler, først: \(first)"
        case .nothingToMarkHere: "Ingenting å markere her"
        case .assessmentSaved(let criterion): "Ledervurdering lagret: \(criterion)"
        case .minutesFormatUnknown(let path): "«\(path)»: referatet skrives som .md (Markdown) eller .html"
        case .finished: "Samtalen er ført til ende"
        case .left: "Ute av samtalen – alt er lagret; s fortsetter der dere slapp"
        case .leftToOverview: "Ute av samtalen – alt er lagret; F7 i oversikten fortsetter der dere slapp"
        case .logText(let what, let who, let due):
            "Ledersamtale: \(what)" + ([who.isEmpty ? nil : "ansvar: \(who)", due.map { "frist \($0)" }].compactMap { $0 }.joined(separator: ", ")
                .nonEmpty.map { " (\($0))" } ?? "")
        case .logDone(let date): "gjort \(date)"
        case .minutesHeading(let title, let date): "Referat – \(title) \(date)"
        case .minutesUnit(let unit): unit
        case .minutesLastTime: "Sist avtalte vi"
        case .minutesFollowUps: "Avtale om oppfølging"
        case .minutesAssessment: "Ledervurdering (punkt 1.5)"
        case .minutesNoNotes: "Ingen notater."
        case .minutesQuestionsDiscussed: "Drøftet"
        case .minutesWhat: "Hva"
        case .minutesWho: "Hvem"
        case .minutesDue: "Innen"
        case .minutesStatus: "Status"
        case .minutesGoal: "Mål"
        case .minutesCriterion: "Kriterium"
        case .minutesConfidential: "Unntatt offentlighet: ledervurderingen følger reglene for punkt 4. Referatet er skrevet for partene og er lesbart bare for deg."
        }
    }

    public func guideIssue(_ kind: GuideIssue.Kind) -> String {
        switch kind {
        case .invalidSlug(let id): "id «\(id)» må være små bokstaver a–z, sifre og bindestrek"
        case .unsupportedLanguage(let tag): "språket «\(tag)» er ukjent (nb, nn eller en)"
        case .blankText: "teksten mangler"
        case .invalidID(let id): "ugyldig id «\(id.rawValue)»"
        case .duplicateID(let id, let first): "id «\(id.rawValue)» er brukt før (\(AgreementValidator.render(first)))"
        case .unknownVariantPlace(let language, let place): "varianten på «\(language)» nevner «\(place)», som ikke finnes i filen, og vises aldri"
        }
    }

    public func conversationIssue(_ issue: ConversationIssue) -> String {
        switch issue {
        case .invalidID(let id): "ugyldig id «\(id)»"
        case .duplicateID(let id, let first): "id «\(id)» er brukt før (\(first))"
        case .followUpWithoutText: "oppfølgingen mangler tekst (hva)"
        case .unknownGuide(let id): "samtaleguiden «\(id)» finnes ikke i lageret (guides/); notatene vises likevel"
        }
    }
}

extension String {
    /// The text, or nil when it is empty.
    var nonEmpty: String? { isEmpty ? nil : self }
}
