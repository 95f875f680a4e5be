/// A leader conversation (leiarsamtale) of one agreement on one date, following a guide: the
/// notes and discussed questions per area, the follow-ups agreed, and where it stood when left.
public struct Conversation: Equatable, Sendable, Codable {
    public var agreementID: String
    public var date: LocalDate
    /// The guide followed, by id (`leiarsamtale-rektor`).
    public var guideID: String
    /// Notes per area of the guide, in the order the areas were first written in.
    public var areas: [ConversationNotes]
    /// What the two agreed to follow up (avtale om oppfølging).
    public var followUps: [FollowUpItem]
    /// Where the conversation stood when it was last left, so it resumes there.
    public var step: ConversationStep
    /// True once the conversation reached its end (the minutes).
    public var finished: Bool

    public init(agreementID: String, date: LocalDate, guideID: String, areas: [ConversationNotes] = [], followUps: [FollowUpItem] = [],
                step: ConversationStep = .lastTime, finished: Bool = false) {
        self.agreementID = agreementID
        self.date = date
        self.guideID = guideID
        self.areas = areas
        self.followUps = followUps
        self.step = step
        self.finished = finished
    }

    /// The notes of an area (empty ones when nothing is written yet).
    public func notes(for areaID: ItemID) -> ConversationNotes {
        areas.first { $0.areaID == areaID } ?? ConversationNotes(areaID: areaID)
    }

    /// Changes the notes of an area, adding them the first time.
    public mutating func updateNotes(for areaID: ItemID, _ change: (inout ConversationNotes) -> Void) {
        if let i = areas.firstIndex(where: { $0.areaID == areaID }) {
            change(&areas[i])
        } else {
            var notes = ConversationNotes(areaID: areaID)
            change(&notes)
            areas.append(notes)
        }
    }

    /// The follow-ups agreed under an area, in the order they were agreed.
    public func followUps(in areaID: ItemID) -> [FollowUpItem] {
        followUps.filter { $0.areaID == areaID }
    }

    /// True if nothing has been written, marked or agreed yet.
    public var isBlank: Bool {
        followUps.isEmpty && areas.allSatisfy { $0.notes.isBlank && $0.discussed.isEmpty }
    }
}
