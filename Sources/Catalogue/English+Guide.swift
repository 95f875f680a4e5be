import AgreementKit
import AgreementStore

extension English {
    public func conversation(_ text: ConversationText) -> String {
        switch text {
        case .modeTitle: "Leader conversation"
        case .areaPosition(let n, let total): "Area \(n)/\(total)"
        case .lastTimeTitle: "Last time we agreed …"
        case .assessmentTitle: "Leader assessment (section 1.5) – exempt from public access"
        case .minutesTitle: "Minutes"
        case .resumed(let date): "Resuming the leader conversation of \(date)"
        case .started(let date): "Leader conversation \(date): everything is saved as you type"
        case .agreedOn(let date): "Agreed in the conversation of \(date)"
        case .nothingAgreedBefore: "No follow-up was agreed in the conversations before this one."
        case .firstConversation: "This is the first leader conversation for the agreement."
        case .purpose: "Purpose"
        case .sources: "Sources and data"
        case .target: "Target"
        case .questions: "Questions for reflection"
        case .discussedCount(let n, let total): "\(n) of \(total) discussed"
        case .notes: "Notes"
        case .noNotes: "No notes yet – c writes."
        case .followUps: "Follow-up agreed"
        case .noFollowUps: "No follow-up agreed – f adds one."
        case .followUpDetails(let who, let due):
            [who.isEmpty ? nil : who, due.map { "by \($0)" }].compactMap { $0 }.joined(separator: ", ")
        case .done: "done"
        case .notDone: "not done"
        case .overdue: "overdue"
        case .logged(let row): "logged on \(row)"
        case .assessmentIntro: "The basis for the leader assessment in the agreement, assessed from both sides."
        case .selfAssessment: "Self-assessment"
        case .contactAssessment: "The contact person's assessment"
        case .notAssessed: "not assessed"
        case .noCriteria: "The agreement lists no criteria in section 1.5."
        case .noLongerListed: "(no longer listed in section 1.5)"
        case .summaryDiscussed(let q, let total, let areas, let allAreas):
            "Discussed \(q) of \(total) questions; notes in \(areas) of \(allAreas) areas."
        case .summaryFollowUps(let n): n == 0 ? "No items to follow up." : n == 1 ? "1 item to follow up:" : "\(n) items to follow up:"
        case .summaryAssessed(let n, let total): "Leader assessment: \(n) of \(total) criteria assessed from both sides."
        case .writeMinutesHint: "w writes the minutes (.md or .html); Esc leaves – everything is saved."
        case .notesForm(let area): "Notes – \(area)"
        case .followUpForm: "New follow-up agreed"
        case .editFollowUpForm: "Follow-up agreed"
        case .whatLabel: "What"
        case .whoLabel: "Who"
        case .dueLabel: "By (date, optional)"
        case .goalRowLabel: "Goal of the agreement (number, e.g. 1.1 or 2.2 1.1; optional)"
        case .assessmentForm(let criterion): "Leader assessment – \(criterion)"
        case .ratingLabel(let selfSide):
            (selfSide ? "Self-assessment" : "The contact person's assessment") + " (1 beyond, 2 as agreed, 3 less than agreed; empty = none)"
        case .commentLabel(let selfSide): selfSide ? "The unit leader's comment" : "The contact person's comment"
        case .minutesForm: "Write the minutes of the leader conversation (.md or .html)"
        case .minutesFileWord: "leader-conversation"
        case .saved(let time): "The conversation is saved \(time)"
        case .notSaved(let reason): "The conversation was not saved: \(reason) – nothing is lost, the next change tries again"
        case .questionDiscussed(let discussed): discussed ? "The question is discussed" : "The question is no longer marked as discussed"
        case .followUpAdded(let what): "Follow-up agreed: \(what)"
        case .followUpChanged(let what): "Follow-up changed: \(what)"
        case .followUpMarked(let what, let done): done ? "Done: \(what)" : "Not done: \(what)"
        case .loggedOn(let row): "Logged on \(row)"
        case .notLogged(let reason): "Not logged on the goal: \(reason)"
        case .noSuchGoalRow(let given): "Found no goal “\(given)” in the agreement (write its number, e.g. 1.1)"
        case .ambiguousGoalRow(let given, let candidates): "“\(given)” fits several goals: \(candidates.joined(separator: ", ")) – write the section too, e.g. “2.2 1.1”"
        case .ratingUnknown(let given): "“\(given)” is no assessment: write 1, 2, 3 or leave the field empty"
        case .noGuide: "The store has no conversation guide (the folder guides/)."
        case .guideUnreadable(let first, let more):
            more == 0 ? "Cannot read a conversation guide: \(first)" : "Cannot read \(more + 1) conversation guides, first: \(first)"
        case .conversationsUnreadable(let first, let more):
            more == 0 ? "Cannot read a leader conversation: \(first)" : "Cannot read \(more + 1) leader conversations, first: \(first)"
        case .nothingToMarkHere: "Nothing to mark here"
        case .assessmentSaved(let criterion): "Leader assessment saved: \(criterion)"
        case .minutesFormatUnknown(let path): "“\(path)”: the minutes are written as .md (Markdown) or .html"
        case .finished: "The conversation is complete"
        case .left: "Out of the conversation – everything is saved; s resumes where you left off"
        case .leftToOverview: "Out of the conversation – everything is saved; F7 in the overview resumes where you left off"
        case .logText(let what, let who, let due):
            "Leader conversation: \(what)" + ([who.isEmpty ? nil : "responsible: \(who)", due.map { "due \($0)" }].compactMap { $0 }.joined(separator: ", ")
                .nonEmpty.map { " (\($0))" } ?? "")
        case .logDone(let date): "done \(date)"
        case .minutesHeading(let title, let date): "Minutes – \(title) \(date)"
        case .minutesUnit(let unit): unit
        case .minutesLastTime: "Last time we agreed"
        case .minutesFollowUps: "Follow-up agreed"
        case .minutesAssessment: "Leader assessment (section 1.5)"
        case .minutesNoNotes: "No notes."
        case .minutesQuestionsDiscussed: "Discussed"
        case .minutesWhat: "What"
        case .minutesWho: "Who"
        case .minutesDue: "By"
        case .minutesStatus: "Status"
        case .minutesGoal: "Goal"
        case .minutesCriterion: "Criterion"
        case .minutesConfidential: "Exempt from public access: the leader assessment follows the rules for section 4. The minutes are written for the parties and readable only by you."
        }
    }

    public func guideIssue(_ kind: GuideIssue.Kind) -> String {
        switch kind {
        case .invalidSlug(let id): "id “\(id)” must be lower-case letters a–z, digits and hyphens"
        case .unsupportedLanguage(let tag): "the language “\(tag)” is unknown (nb, nn or en)"
        case .blankText: "the text is missing"
        case .invalidID(let id): "invalid id “\(id.rawValue)”"
        case .duplicateID(let id, let first): "id “\(id.rawValue)” is used before (\(AgreementValidator.render(first)))"
        case .unknownVariantPlace(let language, let place): "the “\(language)” variant names “\(place)”, which is not in the file, and is never shown"
        }
    }

    public func conversationIssue(_ issue: ConversationIssue) -> String {
        switch issue {
        case .invalidID(let id): "invalid id “\(id)”"
        case .duplicateID(let id, let first): "id “\(id)” is used before (\(first))"
        case .followUpWithoutText: "the follow-up has no text (what)"
        case .unknownGuide(let id): "the conversation guide “\(id)” does not exist in the store (guides/); the notes are shown all the same"
        }
    }
}
