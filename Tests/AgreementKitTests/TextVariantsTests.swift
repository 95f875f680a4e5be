import AgreementKit
import Testing

/// The texts of templates, wheels and guides in other languages: the variant of the language
/// asked for where there is one, else the original; never the user's own text.
@Suite("Text variants of templates, wheels and guides")
struct TextVariantsTests {
    private let wheel = AnnualWheel(
        id: "sula", title: "Årshjul",
        themes: [QuarterTheme(id: "q1", quarter: 1, title: "Resultat og vurdering")],
        events: [WheelEvent(id: "e1", when: .lastWorkingDayOfTertial(1), title: "Budsjettkontroll 1.tertial", kind: .reporting),
                 WheelEvent(id: "e2", when: .lastWorkingDayOfTertial(2), title: "Budsjettkontroll 2. tertial", kind: .reporting)],
        variants: TextVariants(["en": ["title": "Annual wheel", "q1.title": "Results and assessment", "e1.title": "Budget control, 1st tertial"]]))

    @Test func aWheelShowsTheVariantsOfTheLanguageAndTheOriginalWhereItHasNone() {
        let english = wheel.inLanguage("en")
        #expect(english.title == "Annual wheel")
        #expect(english.themes.map(\.title) == ["Results and assessment"])
        #expect(english.events.map(\.title) == ["Budget control, 1st tertial", "Budsjettkontroll 2. tertial"])
        #expect(english.events.map(\.id) == ["e1", "e2"], "ids, dates and roles stay")
        #expect(wheel.inLanguage("nn") == wheel)
        #expect(wheel.inLanguage(nil) == wheel)
    }

    @Test func aBlankVariantIsNoVariant() {
        var blank = wheel
        blank.variants = TextVariants(["en": ["title": "  "]])
        #expect(blank.inLanguage("en").title == "Årshjul")
    }

    @Test func aGuideInItsOwnLanguageIsItsOriginalAndOtherwiseTakesTheVariants() {
        let guide = ConversationGuide(
            id: "g", title: "Leiarsamtale", language: "nn",
            introduction: [GuideSection(heading: "Kva type samtale er det?", text: "Ein styringsdialog.")],
            areas: [GuideArea(id: "a1", title: "Personalleiing", purpose: "Kompetent", questions: [ReflectionQuestion(id: "q1", text: "Kva er du nøgd med?")])],
            variants: TextVariants(["nb": ["a1.title": "Personalledelse", "q1.text": "Hva er du fornøyd med?", "introduction.1.heading": "Hva slags samtale er det?"],
                                    "nn": ["a1.title": "Feil"]]))
        #expect(guide.inLanguage("nn") == guide)
        let bokmal = guide.inLanguage("nb")
        #expect(bokmal.areas.first?.title == "Personalledelse")
        #expect(bokmal.areas.first?.purpose == "Kompetent")
        #expect(bokmal.areas.first?.questions.first?.text == "Hva er du fornøyd med?")
        #expect(bokmal.introduction.first?.heading == "Hva slags samtale er det?")
        #expect(bokmal.title == "Leiarsamtale")
    }

    @Test func aTemplateGivesTheAgreementItsTextsInTheLanguage() {
        let template = Template(
            name: "trondheim-2011", municipality: "Trondheim kommune", year: 2011,
            about: AboutSection(purpose: "Lederavtalen avklarer …", leaderAssessmentBasis: ["Budsjett/regnskap"]),
            checklist: [TemplateTask(id: "t1", task: "Vernerunden")],
            commonGoalAreas: [TemplateGoalArea(id: "ga", number: "1", title: "Økonomi", rows: [
                TemplateRow(id: "r1", resultGoal: "Balanse", measures: [Measure(id: "m1", text: "Månedlig rapport", kind: .instruction)]),
            ])],
            variants: TextVariants(["en": ["about.purpose": "The leader agreement sets out …", "about.leaderAssessmentBasis.1": "Budget/accounts",
                                           "t1.task": "Safety inspection", "ga.title": "Finances", "r1.resultGoal": "Balance", "m1.text": "Monthly report"]]))
        let english = template.inLanguage("en")
        #expect(english.about.purpose == "The leader agreement sets out …")
        #expect(english.about.leaderAssessmentBasis == ["Budget/accounts"])
        #expect(english.checklist.map(\.task) == ["Safety inspection"])
        #expect(english.commonGoalAreas.first?.title == "Finances")
        #expect(english.commonGoalAreas.first?.rows.first?.resultGoal == "Balance")
        #expect(english.commonGoalAreas.first?.rows.first?.measures.first?.text == "Monthly report")
        #expect(english.commonGoalAreas.first?.rows.first?.measures.first?.kind == .instruction)
        let agreement = Agreement.new(id: "x-2011", header: AgreementHeader(municipality: "Trondheim kommune", unit: "X", serviceArea: "", year: 2011), template: english)
        #expect(agreement.goalAreas.first?.title == "Finances")
        #expect(agreement.checklist.map(\.task) == ["Safety inspection"])
        #expect(template.inLanguage("nn") == template)
    }

    @Test func variantsOfAPlaceTheFileDoesNotHaveOrOfAnUnknownLanguageAreWarnedAbout() {
        var broken = wheel
        broken.variants.texts["en"]?["e9.title"] = "Nowhere"
        broken.variants.texts["de"] = ["title": "Jahresrad"]
        let issues = WheelValidator.validate(broken)
        #expect(issues.map(\.kind) == [.unsupportedLanguage("de"), .unknownVariantPlace(language: "en", place: "e9.title")])
        #expect(issues.allSatisfy { $0.severity == .warning }, "a variant never shown does not stop the wheel")
        #expect(issues.map(\.path) == [["variants", "de"], ["variants", "en", "e9.title"]])
        #expect(WheelValidator.validate(wheel).isEmpty)
    }
}
