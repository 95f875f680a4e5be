import AgreementKit
import AgreementStore

/// The words of the leader conversation: the conversation mode, its forms, the two-sided leader
/// assessment, the minutes and the faults of guide and conversation files.
public protocol GuideWording: Sendable {
    func conversation(_ text: ConversationText) -> String
    /// A fault in a conversation guide file.
    func guideIssue(_ kind: GuideIssue.Kind) -> String
    /// A fault in a conversation record.
    func conversationIssue(_ issue: ConversationIssue) -> String
}

/// The texts of conversation mode, its forms and minutes.
public enum ConversationText: Equatable, Sendable {
    // The bar and steps.
    case modeTitle
    case areaPosition(Int, of: Int)
    case lastTimeTitle
    case assessmentTitle
    case minutesTitle
    case resumed(String)
    case started(String)
    // Last time.
    case agreedOn(String)
    case nothingAgreedBefore
    case firstConversation
    // An area.
    case purpose
    case sources
    case target
    case questions
    case discussedCount(Int, of: Int)
    case notes
    case noNotes
    case followUps
    case noFollowUps
    case followUpDetails(who: String, due: String?)
    case done
    case notDone
    case overdue
    case logged(String)
    // The leader assessment.
    case assessmentIntro
    case selfAssessment
    case contactAssessment
    case notAssessed
    case noCriteria
    case noLongerListed
    // The end.
    case summaryDiscussed(questions: Int, of: Int, areas: Int, ofAreas: Int)
    case summaryFollowUps(Int)
    case summaryAssessed(Int, of: Int)
    case writeMinutesHint
    // Forms.
    case notesForm(String)
    case followUpForm
    case editFollowUpForm
    case whatLabel
    case whoLabel
    case dueLabel
    case goalRowLabel
    case assessmentForm(String)
    case ratingLabel(selfSide: Bool)
    case commentLabel(selfSide: Bool)
    case minutesForm
    case minutesFileWord
    // Status.
    case saved(String)
    case notSaved(String)
    case questionDiscussed(Bool)
    case followUpAdded(String)
    case followUpChanged(String)
    case followUpMarked(String, done: Bool)
    case loggedOn(String)
    case notLogged(String)
    case noSuchGoalRow(String)
    case ambiguousGoalRow(String, candidates: [String])
    case ratingUnknown(String)
    case noGuide
    case guideUnreadable(first: String, more: Int)
    case conversationsUnreadable(first: String, more: Int)
    case nothingToMarkHere
    case assessmentSaved(String)
    case minutesFormatUnknown(String)
    case finished
    case left
    /// Leaving a conversation that was started from the overview (F7 there resumes it).
    case leftToOverview
    // The log entry a follow-up leaves on its goal row.
    case logText(what: String, who: String, due: String?)
    case logDone(String)
    // The minutes.
    case minutesHeading(String, date: String)
    case minutesUnit(String)
    case minutesLastTime
    case minutesFollowUps
    case minutesAssessment
    case minutesNoNotes
    case minutesQuestionsDiscussed
    case minutesWhat
    case minutesWho
    case minutesDue
    case minutesStatus
    case minutesGoal
    case minutesCriterion
    case minutesConfidential
}
