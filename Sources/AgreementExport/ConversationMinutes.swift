import AgreementKit
import Catalogue

/// The minutes (referat) of a leader conversation, for Markdown and HTML alike: last time's
/// follow-ups with done or not done, each area of the guide with its discussed questions and
/// notes, every follow-up agreed, and section 1.5's two-sided leader assessment — confidential,
/// so the file is written for the parties only (mode 0600).
public struct ConversationMinutes: Sendable {
    /// A follow-up as the minutes list it.
    public struct FollowUp: Equatable, Sendable {
        public var what: String
        public var who: String
        public var due: String
        public var goal: String
        public var status: String
    }

    /// An area of the guide as the minutes show it.
    public struct Area: Equatable, Sendable {
        public var title: String
        public var discussed: [String]
        public var notes: String
        public var followUps: [FollowUp]
    }

    public var title: String
    public var subtitle: String
    public var lastTime: [FollowUp]
    public var areas: [Area]
    public var followUps: [FollowUp]
    public var assessment: [CriterionAssessment]
    let words: any Wording

    /// The minutes of `conversation`; `earlier` are the agreement's conversations before it.
    public init(_ conversation: Conversation, guide: ConversationGuide?, earlier: [Conversation], agreement: Agreement, words: any Wording) {
        self.words = words
        let w = words
        let header = agreement.header
        title = w.conversation(.minutesHeading(guide?.title ?? w.conversation(.modeTitle), date: w.date(conversation.date)))
        var parts = ["\(header.unit), \(header.municipality)"]
        if !header.leader.isEmpty { parts.append(w.person(header.leader, as: .leader)) }
        if !header.contactPerson.isEmpty { parts.append(w.person(header.contactPerson, as: .contactPerson)) }
        subtitle = parts.joined(separator: " · ")
        func followUp(_ item: FollowUpItem) -> FollowUp {
            let goal = item.goalRowID.flatMap { id in agreement.location(ofRow: id).map { a, r in
                w.rowName(RowName(agreement.goalAreas[a].rows[r], in: agreement.goalAreas[a])) } } ?? ""
            let status = item.done ? w.conversation(.done) : item.isOverdue(on: conversation.date) ? w.conversation(.overdue) : w.conversation(.notDone)
            return FollowUp(what: item.what, who: item.who, due: item.due.map(w.date) ?? "", goal: goal, status: status)
        }
        lastTime = earlier.filter { $0.date < conversation.date }.flatMap(\.followUps).map(followUp)
        let known = Set(guide?.areas.map(\.id) ?? [])
        var areas: [Area] = (guide?.areas ?? []).map { area in
            let notes = conversation.notes(for: area.id)
            let questions = area.questions.filter { notes.discussed.contains($0.id) }.map(\.text)
            return Area(title: area.title, discussed: questions, notes: notes.notes, followUps: conversation.followUps(in: area.id).map(followUp))
        }
        // Notes under an area the guide no longer has are kept, under their id.
        for notes in conversation.areas where !known.contains(notes.areaID) && !notes.notes.isBlank {
            areas.append(Area(title: notes.areaID.rawValue, discussed: [], notes: notes.notes, followUps: conversation.followUps(in: notes.areaID).map(followUp)))
        }
        self.areas = areas
        followUps = conversation.followUps.map(followUp)
        assessment = agreement.leaderAssessmentSheet.filter { !$0.isEmpty }
    }

    /// "I tråd med avtalen", or the words for no rating.
    func rating(_ rating: Rating?) -> String {
        rating.map(words.rating) ?? words.conversation(.notAssessed)
    }
}

extension String {
    /// True for empty or whitespace-only text.
    var isBlank: Bool { allSatisfy(\.isWhitespace) }
}
