@testable import AgreementExport
import AgreementKit
import AgreementStore
import Catalogue
import Foundation
import TestSupport
import Testing

/// The wheel as a calendar file (RFC 5545) and as CSV, and the minutes of a leader conversation.
@Suite("The wheel as a calendar and CSV, the conversation's minutes")
struct CalendarExportTests {
    let words = ExportFixtures.words
    static let reference = LocalDate(iso: "2011-09-15")!

    /// The Hoeggen sample with its own dates, the Bø wheel made to apply, and a follow-up.
    static func listing(selection: WheelListing.Selection = .all) -> (Agreement, WheelListing) {
        var agreement = SampleState.agreement
        agreement.schedule.meetings[.midYear] = LocalDate(iso: "2011-09-27")
        agreement.schedule.phaseDeadlines[.assessment] = LocalDate(iso: "2012-01-31")
        let conversation = SampleCalendar.earlierConversation(for: agreement)
        let deadlines = Deadlines(agreement, wheels: SampleCalendar.everywhere, conversations: [conversation])
        return (agreement, WheelListing([(agreement, deadlines)], selection: selection, reference: reference))
    }

    private func lines(_ data: Data) -> [String] {
        String(decoding: data, as: UTF8.self).components(separatedBy: "\r\n")
    }

    @Test func theCalendarIsRFC5545WithStableIDsDatesAndAlarmsForDeadlines() throws {
        let (_, listing) = Self.listing()
        let data = CalendarExport.data(listing, name: "Hoeggen skole 2011", words: words)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"))
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "every line ends in CRLF")
        for line in lines(data) { #expect(line.utf8.count <= 75, "a line longer than 75 octets: \(line)") }
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
        let events = unfolded.components(separatedBy: "BEGIN:VEVENT").count - 1
        #expect(events == listing.lines.count)
        #expect(unfolded.contains("UID:hoeggen-skole-2011-meeting-midYear@lederavtale\r\n"))
        #expect(unfolded.contains("DTSTART;VALUE=DATE:20110927\r\nDTEND;VALUE=DATE:20110928\r\nSUMMARY:Midtveissamtale\r\n"))
        #expect(unfolded.contains("CATEGORIES:Møte"))
        // An alarm the day before each open deadline, and for nothing else.
        let deadlines = listing.lines.filter { $0.entry.status == .open && $0.entry.kind == .deadline }.count
        #expect(unfolded.components(separatedBy: "BEGIN:VALARM").count - 1 == deadlines)
        #expect(unfolded.contains("TRIGGER:-PT15H"))
        #expect(CalendarExport.data(listing, name: "Hoeggen skole 2011", words: words) == data, "the same data gives the same file")
    }

    @Test func textIsEscapedAndFoldedWithoutSplittingACharacter() {
        #expect(CalendarExport.text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne")
        let long = "SUMMARY:" + String(repeating: "æøå", count: 40)
        let folded = CalendarExport.fold(long)
        for line in folded.components(separatedBy: "\r\n") {
            #expect(line.utf8.count <= 75)
            #expect(String(decoding: Array(line.utf8), as: UTF8.self) == line, "no character is split")
        }
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == long)
    }

    @Test func csvHasStableColumnNamesAndOneLinePerEntry() throws {
        let (_, listing) = Self.listing(selection: .due(days: 14))
        let data = try WheelCSV.data(listing, separator: .semicolon, words: words)
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        let rows = text.split(whereSeparator: \.isNewline)
        #expect(rows.first == "date;agreement;kind;status;title;who;source;uid")
        #expect(rows.count == listing.lines.count + 1)
        #expect(text.contains("2011-09-27;hoeggen-skole-2011;meeting;open;Midtveissamtale;;Avtalens egen dato;hoeggen-skole-2011-meeting-midYear@lederavtale"))
        #expect(text.contains(";overdue;"), "the Bø wheel's spring deadlines are overdue by 15.09")
    }

    @Test func dueListsWhatFallsDueInTheWindowAndWhatIsOverdue() {
        let (_, listing) = Self.listing(selection: .due(days: 14))
        #expect(listing.lines.allSatisfy { $0.entry.status == .open })
        #expect(listing.lines.allSatisfy { $0.entry.date <= LocalDate(iso: "2011-09-29")! })
        #expect(listing.lines.contains { $0.entry.id == "meeting-midYear" })
        let (_, month) = Self.listing(selection: .month(12))
        #expect(!month.lines.isEmpty && month.lines.allSatisfy { $0.entry.date.month == 12 })
    }

    /// The sample with a finished conversation, a second one with notes and follow-ups, and an assessment.
    static func conversations() -> (Agreement, Conversation, Conversation, ConversationGuide) {
        var agreement = SampleState.agreement
        agreement.setAssessment(CriterionAssessment(criterion: agreement.about.leaderAssessmentBasis[0], selfRating: .asAgreed, selfComment: "Balanse",
                                                    contactRating: .beyondAgreement, contactComment: "Sterk <styring> & god kontroll"))
        let guide = SampleCalendar.guides[0]
        let earlier = SampleCalendar.earlierConversation(for: agreement)
        var now = Conversation(agreementID: agreement.id, date: LocalDate(iso: "2011-09-15")!, guideID: guide.id, step: .minutes, finished: true)
        let area = guide.areas[1]
        now.updateNotes(for: area.id) { notes in
            notes.notes = "Lesing er løftet.\nNeste steg: skriving."
            notes.toggle(area.questions[0].id)
        }
        now.followUps = [FollowUpItem(id: "f9", what: "Skriveplan | for 5. trinn", who: "Rektor", due: LocalDate(iso: "2011-11-01"), areaID: area.id)]
        return (agreement, earlier, now, guide)
    }

    @Test func theMinutesHoldLastTimeTheAreasTheFollowUpsAndTheAssessment() throws {
        let (agreement, earlier, now, guide) = Self.conversations()
        let minutes = ConversationMinutes(now, guide: guide, earlier: [earlier], agreement: agreement, words: words)
        let markdown = minutes.markdown
        #expect(markdown.hasPrefix("# Referat – Leiarsamtale – utvikling og oppfølging 15.09.2011\n"))
        #expect(markdown.contains("## Sist avtalte vi"))
        #expect(markdown.contains("| Plan for lesing på mellomtrinnet | Rektor | 01.06.2011 |"))
        #expect(markdown.contains("## " + guide.areas[1].title))
        #expect(markdown.contains("Lesing er løftet.\\\nNeste steg: skriving."), "line breaks kept as hard breaks")
        #expect(markdown.contains("Skriveplan \\| for 5. trinn"), "a pipe does not break the table")
        #expect(markdown.contains("## Ledervurdering (punkt 1.5)"))
        #expect(markdown.contains("Unntatt offentlighet"))
        let html = minutes.html
        #expect(StrictXML.errors(html).isEmpty, "\(StrictXML.errors(html))")
        let document = try StrictXML.document(html)
        #expect(try document.nodes(forXPath: "//table").count == 4, "last time, the area's follow-ups, all follow-ups, the assessment")
        #expect(html.contains("Sterk &lt;styring&gt; &amp; god kontroll"))
        #expect(html.contains("<html lang=\"nb\">"))
        #expect(!html.contains("<script"))
    }

    @Test func thePublicCopyHasNoLeaderAssessmentInAnyFormat() throws {
        let (agreement, _, _, _) = Self.conversations()
        for format in ExportFormat.allCases {
            let document = try AgreementExporter.export(agreement, as: format, isPublic: true, words: words)
            let text = String(decoding: document.data, as: UTF8.self)
            #expect(!text.contains("Sterk") && !text.contains("\"leaderAssessment\""), "\(format)")
        }
        let full = try AgreementExporter.export(agreement, as: .json, isPublic: false, words: words)
        #expect(String(decoding: full.data, as: UTF8.self).contains("Sterk <styring>"))
    }
}
