import AgreementKit
import Foundation
import Testing

/// The wheels and the guide in data/, transcribed from the references; counts were made by hand there.
@Suite("Wheel and guide data files")
struct WheelGuideDataTests {
    private func date(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }

    @Test(arguments: DataFiles.wheelIDs)
    func wheelsDecodeValidateAndRoundTripByteForByte(id: String) throws {
        let file = try DataFiles.wheel(id)
        #expect(file.version == 2)
        #expect(file.wheel.id == id)
        #expect(WheelValidator.validate(file.wheel) == [])
        #expect(try DataFiles.canonical(file) == DataFiles.bytes("wheels/\(id).json"), "data/wheels/\(id).json is not in canonical form")
    }

    @Test(arguments: DataFiles.guideIDs)
    func guidesDecodeValidateAndRoundTripByteForByte(id: String) throws {
        let file = try DataFiles.guide(id)
        #expect(file.version == 2)
        #expect(file.guide.id == id)
        #expect(GuideValidator.validate(file.guide) == [])
        #expect(try DataFiles.canonical(file) == DataFiles.bytes("guides/\(id).json"), "data/guides/\(id).json is not in canonical form")
    }

    @Test func theFilesAreRawUTF8() throws {
        for path in DataFiles.wheelIDs.map({ "wheels/\($0).json" }) + DataFiles.guideIDs.map({ "guides/\($0).json" }) {
            let text = String(decoding: try DataFiles.bytes(path), as: UTF8.self)
            #expect(!text.contains("\\u"), "\(path) escapes characters")
            #expect(text.hasSuffix("}\n"))
        }
    }

    // MARK: Bø, slide 5: the school's wheel

    @Test func boSchoolWheelHasEveryDatedEventOfSlideFive() throws {
        let wheel = try DataFiles.wheel("bo-skule").wheel
        #expect(wheel.title == "Årshjul og oppfølging skole")
        #expect(wheel.municipalities == ["Bø"])
        #expect(wheel.themes.isEmpty)
        #expect(wheel.events.count == 20)
        #expect(wheel.events.allSatisfy { if case .fixed = $0.when { true } else { false } })
        let year = wheel.occurrences(in: 2011)
        #expect(year.count == 20)
        #expect(year.map(\.event) == wheel.events, "the file lists the events in calendar order")
        #expect(Dictionary(grouping: wheel.events, by: \.kind).mapValues(\.count) == [.deadline: 5, .meeting: 3, .reporting: 5, .survey: 7])
        let onDay = Dictionary(grouping: year) { String($0.date.display.prefix(5)) }.mapValues { $0.map(\.event.title) }
        #expect(onDay["15.12"] == ["Analyse av resultat nasjonale prøver på skulane",
                                   "skulane presenterer resultat / tiltaksplan nasjonale prøver for kommunalsjef"])
        #expect(onDay["31.10"] == ["Tilstandsrapport behandlas i kommunestyret", "nasjonale prøver 5. trinn", "nasjonale prøver 8. og 9. trinn"])
        #expect(onDay["30.04"] == ["Elevundersøkinga leggas fram for utval for oppvekst og kultur",
                                   "kartleggingsprøver for 1.- 3. trinn i lesing og rekning"])
        #expect(onDay["30.09"] == ["tilstandsrapport behandlas i utval for oppvekst og kultur", "nasjonale prøver 8. og 9. trinn"])
        // The source's spelling stays, typos included; only the extraction's split word is joined.
        #expect(onDay["20.05"] == ["revidering av skulanes kvalitetsutviklinsgplanar"])
        #expect(onDay["20.06"] == ["skulanes kvalitetsutviklingsplanar behandlas i utval for oppvekst og kultur"])
        #expect(onDay["31.01"] == ["Nasjonale prøver – analysearbeid på tvers av skulane"])
        let tilstand = try #require(wheel.events.first { $0.title == "Tilstandsrapport behandlas i kommunestyret" })
        #expect(tilstand.who == [.politicians] && tilstand.kind == .meeting && tilstand.link == nil)
    }

    @Test func boWheelOnTheSampleStoresDate() throws {
        // The sample store is «per 15.09.2011».
        let wheel = try DataFiles.wheel("bo-skule").wheel
        let today = date("2011-09-15")
        #expect(wheel.overdue(before: today).count == 10)
        #expect(wheel.due(within: 30, of: today).map(\.event.title) == [
            "resultat /tiltaksplan kartleggingsprøver presenteres for kommunalsjef",
            "tilstandsrapport behandlas i utval for oppvekst og kultur",
            "nasjonale prøver 8. og 9. trinn",
        ])
    }

    // MARK: Sula, slide 3: quarter themes and tertial budget controls

    @Test func sulaWheelHasTheQuarterThemesAndTheTertialBudgetControls() throws {
        let wheel = try DataFiles.wheel("sula").wheel
        #expect(wheel.municipalities == ["Sula"])
        #expect(wheel.themes.map(\.quarter) == [1, 2, 3, 4])
        #expect(wheel.themes.map(\.title) == ["Resultat og vurdering", "Dialog og strategi", "Ferieavvikling og førebuing budsjett", "Økonomiplan/budsjett"])
        #expect(wheel.events.map(\.title) == ["Budsjettkontroll 1.tertial", "Budsjettkontroll 2. tertial"])
        #expect(wheel.events.map(\.when) == [.lastWorkingDayOfTertial(1), .lastWorkingDayOfTertial(2)])
        #expect(wheel.occurrences(in: 2011).map(\.date) == [date("2011-04-29"), date("2011-08-31")])
        #expect(wheel.occurrences(in: 2013).map(\.date) == [date("2013-04-30"), date("2013-08-30")])
    }

    // MARK: The leader conversation guide for a principal

    @Test func theGuideHasEveryAreaWithItsQuestions() throws {
        let guide = try DataFiles.guide("leiarsamtale-rektor").guide
        #expect(guide.title == "Leiarsamtale – utvikling og oppfølging")
        #expect(guide.language == "nn")
        #expect(guide.introduction.map(\.heading) == ["Kva type samtale er det?", "Kva er måla med samtalen?"])
        #expect(guide.areas.map(\.title) == [
            "Mål, strategiar og resultat i høve hovudmålet om auka læringsutbytte og auka fullføring",
            "Pedagogisk utviklingsarbeid",
            "Personalleiing",
            "Strukturkvalitet og organisasjonsutvikling / omstilling",
            "Strukturkvalitet, ressursar og økonomisk-administrativ leiing",
            "Forvaltningskompetanse og kvalitet",
            "Skuleleiing som fremjar læringsarbeidet",
        ])
        #expect(guide.areas.map(\.questions.count) == [5, 18, 11, 3, 6, 4, 3])
        #expect(guide.areas.map(\.sources.count) == [7, 11, 3, 2, 4, 3, 2])
        #expect(guide.areas.map(\.points.count) == [0, 3, 3, 2, 1, 2, 3])
        #expect(guide.areas.allSatisfy { $0.target.isEmpty }, "the form's target column is empty everywhere")
        #expect(guide.areas.flatMap(\.questions).count == 50)
    }

    @Test func specificQuestionsSourcesAndPointsVerbatim() throws {
        let areas = try DataFiles.guide("leiarsamtale-rektor").guide.areas
        #expect(areas[0].questions.first?.text == "Kva inneber mål og strategi for skulen?")
        #expect(areas[0].sources == ["Elevgrunnlag", "Inntak", "Karakterstatistikk", "Sluttarar", "Stryk / IV", "Standpunkt/eksamen", "Overgang til læreplassar"])
        #expect(areas[1].questions.last?.text == "Kva kan skuleeigar bidra med? Har du noko konkret du vil setja fokus på no i haust, og som du vil skuleeigar skal bidra med? Kva treng du av skuleeigar / meg for å gjere dette?")
        let following = try #require(areas[1].questions.first { $0.text == "Korleis vil du og leiargruppa følge utviklinga i løpet av skuleåret?" })
        #expect(following.subpoints == ["Blikk for alle og fokus på den enkelte", "Hjerne og Hjerter"])
        #expect(areas[1].points[1] == GuidePoint(text: "Prosessar og pedagogisk utvikling", subpoints: ["Læringsresultat", "Læringsmiljø", "Lokalt læreplanarbeid"]))
        #expect(areas[2].questions.map(\.text).contains("Kva er du nøgd med når det gjeld personaleiing?"))
        #expect(areas[2].questions.last?.subpoints == ["Leiarstruktur", "Leiarteam / - leiargruppe-utvikling"])
        #expect(areas[2].purpose.contains("samarbeide slik at målsettingene i lov, fag- og læreplaner samt lokale mål kan bli realisert."))
        #expect(areas[4].purpose.isEmpty)
        #expect(areas[4].points == [GuidePoint(text: "Økonomi", subpoints: ["Budsjett og økonomisk resultat", "Bygg"])])
        #expect(areas[4].questions.last?.text == "No og framtidig?")
        #expect(areas[5].sources == ["Eigenevaluering lovkrav", "Klagesaker/-handsaming", "Resultat tilsyn o.a."])
        #expect(areas[6].questions.map(\.text) == [
            "Alt i alt: Korleis trivest du i leiarrolla?",
            "Kvifor ønskjer du å vere leiar?",
            "Kva kan skuleeigar/regionleiar gjere for at du skal oppleve leiarstøtte og oppfølging?",
        ])
    }

    @Test func theGuideIsPlainTextWithoutHTMLOrBullets() throws {
        let guide = try DataFiles.guide("leiarsamtale-rektor").guide
        var texts = [guide.title] + guide.introduction.flatMap { [$0.heading, $0.text] }
        for area in guide.areas {
            texts += [area.title, area.purpose, area.target] + area.sources + area.points.flatMap { [$0.text] + $0.subpoints }
            texts += area.questions.flatMap { [$0.text] + $0.subpoints }
        }
        for text in texts {
            #expect(!text.contains("<") && !text.contains(">") && !text.contains("➤") && !text.contains("○"), "\(text)")
            #expect(text == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(text)")
            #expect(!text.contains("  ") && !text.contains("\t"), "\(text)")
        }
    }
}
