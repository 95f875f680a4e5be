import AgreementKit
import Foundation
import TestSupport
import Testing

/// The values of the year's rhythm and the conversation: the schedule's coding, dates typed
/// wrong and why, rows named by number, conversation notes and the two-sided assessment.
@Suite("Schedule, dates typed, rows by number, conversations, leader assessment")
struct CalendarValuesTests {
    @Test func theScheduleIsWrittenByNameAndReadBack() throws {
        let schedule = AgreementSchedule(meetings: [.midYear: LocalDate(iso: "2011-09-27")!], phaseDeadlines: [.agreement: LocalDate(iso: "2011-01-31")!],
                                         doneEvents: ["b/2", "a/1"])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let text = String(decoding: try encoder.encode(schedule), as: UTF8.self)
        #expect(text == #"{"doneEvents":["a\/1","b\/2"],"meetings":{"midYear":"2011-09-27"},"phaseDeadlines":{"agreement":"2011-01-31"}}"#)
        #expect(try JSONDecoder().decode(AgreementSchedule.self, from: Data(text.utf8)) == schedule)
    }

    @Test(arguments: [#"{"doneEvents":[],"meetings":{"lunch":"2011-09-27"},"phaseDeadlines":{}}"#,
                      #"{"doneEvents":[],"meetings":{},"phaseDeadlines":{"closed":"2011-12-31"}}"#])
    func anUnknownMeetingOrPhaseIsRefusedAtItsKey(text: String) {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(AgreementSchedule.self, from: Data(text.utf8)) }
        do {
            _ = try JSONDecoder().decode(AgreementSchedule.self, from: Data(text.utf8))
        } catch let DecodingError.dataCorrupted(context) {
            #expect(context.debugDescription.hasPrefix("Cannot initialize"))
            #expect(context.codingPath.count == 2)
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test func aDateThatDoesNotExistSaysWhy() {
        #expect(LocalDate.problem(userInput: "31.02", defaultYear: 2011) == .noSuchDay(day: 31, month: 2, year: 2011, daysInMonth: 28))
        #expect(LocalDate.problem(userInput: "29.2.2012", defaultYear: 2011) == nil)
        #expect(LocalDate.problem(userInput: "29.02", defaultYear: 2011) == .noSuchDay(day: 29, month: 2, year: 2011, daysInMonth: 28))
        #expect(LocalDate.problem(userInput: "2011-04-31", defaultYear: 2000) == .noSuchDay(day: 31, month: 4, year: 2011, daysInMonth: 30))
        #expect(LocalDate.problem(userInput: "12.13", defaultYear: 2011) == .noSuchMonth(13))
        #expect(LocalDate.problem(userInput: "i morgen", defaultYear: 2011) == .unreadable)
        #expect(LocalDate.problem(userInput: "27.09", defaultYear: 2011) == nil)
    }

    @Test func aRowIsFoundByItsNumberWithItsSectionWhenNeeded() throws {
        let hoeggen = SampleState.agreement
        guard case .found(let row) = hoeggen.lookUpRow("1.3") else { Issue.record("1.3 not found"); return }
        #expect(hoeggen.row(row)?.targetNumber == "1.3")
        #expect(hoeggen.rowReference(row) == "2.2 1.3")
        guard case .found(let frivillighet) = hoeggen.lookUpRow("2.1 1") else { Issue.record("2.1 1 not found"); return }
        #expect(hoeggen.goalAreas.first { $0.rows.contains { $0.id == frivillighet } }?.title == "Frivillighet")
        #expect(hoeggen.lookUpRow("9.9") == .notFound)
        #expect(hoeggen.lookUpRow("") == .notFound)
        guard case .ambiguous(let rows) = hoeggen.lookUpRow("2.2 1") else { Issue.record("2.2 1 has four rows"); return }
        #expect(rows.count == 4)
    }

    @Test func aFollowUpsLogEntryMovesWithItsRow() throws {
        var agreement = Fixtures.agreement(phase: .followUp)
        let entry = LogEntry(id: "f1", date: LocalDate(iso: "2011-05-12")!, text: "Ledersamtale: plan")
        agreement.logFollowUp(entry, onRow: "r1")
        #expect(agreement.row("r1")?.log == [entry])
        agreement.logFollowUp(entry, onRow: "r4")
        #expect(agreement.row("r1")?.log.isEmpty == true)
        #expect(agreement.row("r4")?.log == [entry])
    }

    @Test func notesAndDiscussedQuestionsArePerArea() throws {
        var conversation = Conversation(agreementID: "a", date: LocalDate(iso: "2011-09-15")!, guideID: "g")
        #expect(conversation.isBlank)
        conversation.updateNotes(for: "area1") { $0.toggle("q1") }
        conversation.updateNotes(for: "area1") { $0.notes = "Godt samarbeid" }
        conversation.updateNotes(for: "area1") { $0.toggle("q2") }
        conversation.updateNotes(for: "area1") { $0.toggle("q1") }
        #expect(conversation.notes(for: "area1") == ConversationNotes(areaID: "area1", notes: "Godt samarbeid", discussed: ["q2"]))
        #expect(conversation.notes(for: "area2") == ConversationNotes(areaID: "area2"))
        #expect(!conversation.isBlank)
        conversation.followUps = [FollowUpItem(id: "f", what: "x", areaID: "area1"), FollowUpItem(id: "g", what: "y")]
        #expect(conversation.followUps(in: "area1").map(\.id) == ["f"])
    }

    @Test(arguments: [ConversationStep.lastTime, .area("k3av2w6f"), .leaderAssessment, .minutes])
    func theStepIsWrittenAsText(step: ConversationStep) throws {
        let data = try JSONEncoder().encode([step])
        #expect(try JSONDecoder().decode([ConversationStep].self, from: data) == [step])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([ConversationStep].self, from: Data(#"["area:"]"#.utf8)) }
    }

    @Test func theAssessmentSheetFollowsSectionOnePointFiveAndKeepsWhatWasSaid() {
        var agreement = SampleState.agreement
        let basis = agreement.about.leaderAssessmentBasis
        #expect(agreement.leaderAssessmentSheet.map(\.criterion) == basis)
        agreement.setAssessment(CriterionAssessment(criterion: basis[0], selfRating: .asAgreed, contactRating: .beyondAgreement, contactComment: "Godt"))
        agreement.setAssessment(CriterionAssessment(criterion: "Et gammelt kriterium", selfComment: "Sagt før"))
        #expect(agreement.leaderAssessmentSheet.count == basis.count + 1)
        #expect(agreement.leaderAssessmentSheet[0].isComplete)
        #expect(agreement.leaderAssessmentSheet.last?.criterion == "Et gammelt kriterium")
        agreement.setAssessment(CriterionAssessment(criterion: "Et gammelt kriterium"))
        #expect(agreement.leaderAssessment.count == 1, "an emptied assessment is removed")
    }
}
