import AgreementKit
import TestSupport
import Testing

/// A small template of the Trondheim kind: section 1, two tasks, one common goal area with a
/// row of municipal text (a heading and an instruction among the measures, support).
enum TemplateFixtures {
    static let template = Template(
        name: "trondheim-2011", municipality: "Trondheim kommune", year: 2011,
        about: AboutSection(purpose: "Formålet.", parties: "Partene.", values: "Verdiene.", scope: "Virkeområdet.", leaderAssessmentBasis: ["Budsjett"]),
        checklist: [TemplateTask(id: "t1", task: "Vernerunden"), TemplateTask(id: "t2", task: "Miljørunde")],
        commonGoalAreas: [
            TemplateGoalArea(id: "a1", number: "1", title: "Frivillighet", rows: [
                TemplateRow(id: "r1", resultGoal: "Alle enheter skal gjøre minst ett nytt tiltak.", target: "Ved utgangen av 2011 skal målet være nådd.",
                            measures: [Measure(id: "m1", text: "Energi:", kind: .heading), Measure(id: "m2", text: "Beskriv et mål.", kind: .instruction)],
                            support: [SupportItem(id: "s1", text: "Lederportalen")]),
            ]),
        ],
        serviceAreas: [TemplateServiceArea(name: "Skole", goalAreas: [TemplateGoalArea(id: "b1", number: "1", title: "Læring", rows: [TemplateRow(id: "q1", resultGoal: "Bedre lesing.")])])]
    )

    static func agreement(serviceArea: String = "Skole") -> Agreement {
        Agreement.new(id: "asveien-skole-2011", header: AgreementHeader(municipality: "Trondheim kommune", unit: "Åsveien skole", serviceArea: serviceArea, year: 2011),
                      template: template)
    }

    static var amendment: TemplateAmendment { TemplateAmendment(date: LocalDate(year: 2011, month: 9, day: 1)!, party: .director, person: "Rådmann",
                                             newID: { ItemID.random() }, describe: { change, _ in ("\(change)", "", "") }) }
}

@Suite("Templates: new agreements from them, applying them again")
struct TemplateTests {
    typealias F = TemplateFixtures

    @Test func aNewAgreementCarriesTheTemplatesPartsWithItsIds() {
        let a = F.agreement()
        #expect(a.phase == .agreement)
        #expect(a.about.purpose == "Formålet.")
        #expect(a.checklist.map(\.id) == ["t1", "t2"] && a.checklist.allSatisfy { $0.status == nil })
        #expect(a.goalAreas.map(\.id) == ["a1", "b1"])
        #expect(a.goalAreas.map(\.section) == [.common, .serviceArea], "the service area's goals come with it")
        #expect(a.goalAreas[0].rows[0].measures.map(\.kind) == [.heading, .instruction])
        #expect(a.template?.name == "trondheim-2011")
        #expect(a.template?.isAsGiven(.resultGoal("r1"), text: "Alle enheter skal gjøre minst ett nytt tiltak.") == true)
        #expect(F.agreement(serviceArea: "Helse").goalAreas.map(\.id) == ["a1"], "another service area gets none of the school's")
        #expect(AgreementValidator.validate(a) == [])
    }

    @Test func theNameIsTheMunicipalitysSlugWithoutKommune() {
        #expect(Template.name(municipality: "Trondheim kommune", year: 2011) == "trondheim-2011")
        #expect(Template.name(municipality: "Bø kommune", year: 2012) == "bo-2012")
        #expect(Template.name(municipality: "Kommunen", year: 2012) == "kommunen-2012")
        #expect(F.template.isFor(municipality: "TRONDHEIM KOMMUNE", year: 2011))
        #expect(!F.template.isFor(municipality: "Trondheim kommune", year: 2012))
        #expect(!F.template.isFor(municipality: "Bergen kommune", year: 2011))
    }

    @Test func applyingUpdatesOnlyWhatTheUnitHasNotChanged() {
        var a = F.agreement()
        a.goalAreas[0].rows[0].target += "\nVårt eget mål."          // the unit's change
        a.goalAreas[0].rows[0].measures.append(Measure(id: "own", text: "Eget tiltak"))
        a.goalAreas[0].rows[0].log.append(LogEntry(id: "l1", date: LocalDate(year: 2011, month: 3, day: 1)!, text: "Gjort"))
        var t = F.template
        t.commonGoalAreas[0].rows[0].resultGoal = "Alle enheter skal gjøre to nye tiltak."
        t.commonGoalAreas[0].rows[0].target = "Ved utgangen av 2011 skal målene være nådd."
        t.about.scope = "Nytt virkeområde."
        let result = t.apply(to: a, amendment: F.amendment)
        #expect(result.changes.contains(.updated(.resultGoal("r1"), old: "Alle enheter skal gjøre minst ett nytt tiltak.", new: "Alle enheter skal gjøre to nye tiltak.")))
        #expect(result.changes.contains(.updated(.about(.scope), old: "Virkeområdet.", new: "Nytt virkeområde.")))
        #expect(result.kept == [.target("r1")], "the unit's target is its own")
        #expect(result.agreement.goalAreas[0].rows[0].target.hasSuffix("Vårt eget mål."))
        #expect(result.agreement.goalAreas[0].rows[0].measures.map(\.id) == ["m1", "m2", "own"], "the unit's measure stays")
        #expect(result.agreement.goalAreas[0].rows[0].log.count == 1, "the log is never touched")
        #expect(!result.amended && result.agreement.amendments.isEmpty, "an unsigned agreement in Inngåelse changes freely")
        // Applied again, the new texts are the baseline: nothing more to do.
        let again = t.apply(to: result.agreement, amendment: F.amendment)
        #expect(again.changes.isEmpty)
        #expect(again.agreement == result.agreement)
    }

    @Test func missingPartsAreAddedAfterTheTemplatesItemBefore() {
        var a = F.agreement()
        a.goalAreas[0].rows[0].support = []
        a.checklist.removeAll { $0.id == "t1" }
        var t = F.template
        t.commonGoalAreas.append(TemplateGoalArea(id: "a2", number: "2", title: "Redusert sykefravær", rows: [TemplateRow(id: "r2", resultGoal: "Under 9 %.")]))
        t.commonGoalAreas[0].rows[0].measures.insert(Measure(id: "m0", text: "Miljørunden"), at: 1)
        let result = t.apply(to: a, amendment: F.amendment)
        #expect(result.changes.contains(.added(.goalArea("a2"))))
        #expect(result.changes.contains(.added(.support("s1"))))
        #expect(result.changes.contains(.added(.checklistItem("t1"))))
        #expect(result.changes.contains(.added(.measure("m0"))))
        #expect(result.agreement.goalAreas.map(\.id) == ["a1", "a2", "b1"], "after the template's goal area before it, in its section")
        #expect(result.agreement.goalAreas[0].rows[0].measures.map(\.id) == ["m1", "m0", "m2"])
        #expect(result.agreement.checklist.map(\.id) == ["t2", "t1"])
        #expect(AgreementValidator.validate(result.agreement) == [])
    }

    @Test func aSignedOrLaterAgreementChangesOnlyByAmendmentNamingTheTemplate() {
        var a = F.agreement()
        a.phase = .followUp
        var t = F.template
        t.checklist.append(TemplateTask(id: "t3", task: "Brukerundersøkelse"))
        let result = t.apply(to: a, amendment: F.amendment)
        #expect(result.amended)
        #expect(result.agreement.amendments.count == 1)
        #expect(result.agreement.amendments.first?.reason == "trondheim-2011")
        #expect(result.agreement.amendments.first?.party == .director && result.agreement.amendments.first?.person == "Rådmann")
        var signed = F.agreement()
        signed.signOff(party: .leader, name: "Kari", date: LocalDate(year: 2011, month: 2, day: 1)!)
        #expect(t.apply(to: signed, amendment: F.amendment).amended, "signed in Inngåelse: an amendment too")
    }

    @Test func withoutALinkTheUnitsDifferingTextIsKept() {
        // An agreement typed in before templates: same ids, no fingerprints.
        var a = F.agreement()
        a.template = nil
        a.goalAreas[0].rows[0].resultGoal = "Skrevet av enheten."
        let result = F.template.apply(to: a, amendment: F.amendment)
        #expect(result.kept.contains(.resultGoal("r1")))
        #expect(!result.changes.contains { if case .updated(.resultGoal, _, _) = $0 { true } else { false } })
    }

    @Test func aTemplateFromAnAgreementKeepsOnlyTheMunicipalParts() {
        var a = F.agreement()
        a.goalAreas[0].rows[0].target = "Enhetens mål"
        a.goalAreas[0].rows[0].measures.append(Measure(id: "own", text: "Eget tiltak", done: LocalDate(year: 2011, month: 5, day: 1)))
        a.goalAreas[0].rows[0].log.append(LogEntry(id: "l1", date: LocalDate(year: 2011, month: 3, day: 1)!, text: "Gjort"))
        a.checklist[0].status = .done
        a.goalAreas[0].assessment.measuresRating = .asAgreed
        let t = Template(name: "trondheim-2011", from: a)
        #expect(t.municipality == "Trondheim kommune" && t.year == 2011)
        #expect(t.commonGoalAreas[0].rows[0].target == "", "the unit's target stays behind")
        #expect(t.commonGoalAreas[0].rows[0].measures.map(\.id) == ["m1", "m2"], "headings and instructions go along, the unit's measures do not")
        #expect(t.checklist.map(\.task) == ["Vernerunden", "Miljørunde"])
        #expect(t.serviceAreas.map(\.name) == ["Skole"])
        #expect(TemplateValidator.validate(t) == [])
    }

    @Test func theValidatorNamesWhatIsWrong() {
        var t = F.template
        t.name = "Trondheim 2011"
        t.municipality = " "
        t.checklist.append(TemplateTask(id: "t1", task: ""))
        let kinds = TemplateValidator.validate(t).map(\.kind)
        #expect(kinds.contains(.invalidTemplateName("Trondheim 2011")))
        #expect(kinds.contains(.municipalityWithoutName))
        #expect(kinds.contains(.duplicateItemID("t1", firstAt: "checklist[0]")))
        #expect(kinds.contains(.taskWithoutText))
    }

    @Test func fingerprintsAreStable() {
        #expect(Fingerprint.of("") == "cbf29ce484222325")
        #expect(Fingerprint.of("a") == "af63dc4c8601ec8c")
        #expect(Fingerprint.of("Frivillighet") != Fingerprint.of("frivillighet"))
    }
}
