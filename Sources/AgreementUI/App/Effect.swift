import AgreementExport
import AgreementKit
import AgreementStore
import Catalogue

/// Work the update asks the executable to do; `update` itself does no I/O. Each effect is
/// answered by a message (or none, for `quit`, `removeDraft` and `releaseLock`).
public enum Effect: Sendable, Equatable {
    case quit
    /// Load an agreement by id, take its lock, stamp its file, look for its draft: `.opened` or `.openFailed`.
    case open(String)
    /// Save atomically if the file is still as `expecting` says: `.saved`, `.saveFailed` or `.saveConflict`.
    case save(Agreement, expecting: FileStamp?)
    /// Save even though the file changed on disk (the user chose to overwrite).
    case forceSave(Agreement)
    /// Read the agreement from disk again: `.reloaded` or `.openFailed`.
    case reload(String)
    /// Write the whole agreement (section 4 included, mode 0600) to a file — a new one unless
    /// `overwrite` (the user was asked): `.copyWritten`, `.copyFailed` or `.fileExists`.
    case writeCopy(Agreement, path: String, overwrite: Bool)
    /// Export to a file, a new one unless `overwrite`: `.fileWritten`, `.fileFailed` or `.fileExists`.
    case export(Agreement, format: ExportFormat, isPublic: Bool, path: String, overwrite: Bool)
    /// Write the minutes of a meeting as Markdown, a new file unless `overwrite`: `.fileWritten`,
    /// `.fileFailed` or `.fileExists`.
    case writeMinutes(Agreement, kind: Review.Kind, date: LocalDate, party: Party, path: String, overwrite: Bool)
    /// In a read-only session, look whether the lock was let go or the file changed:
    /// `.lockAcquired`, `.reloaded` or nothing.
    case watchLock(String, stamp: FileStamp?)
    /// Take the lock from its holder, who the user was told of and agreed to: `.lockAcquired` or `.openFailed`.
    case takeOverLock(String, holder: LockInfo)
    /// The draft of an agreement was restored or thrown away: delete its file.
    case removeDraft(String)
    /// Let go of the lock of an agreement this session holds.
    case releaseLock(String)
    /// List the store's agreements again for the picker: `.listed`.
    case list(selecting: String?)
    /// Save a leader conversation in the agreement's companion folder: `.conversationSaved` or `.conversationSaveFailed`.
    case saveConversation(Conversation)
    /// Save a leader conversation whose only change is the step reached (so it resumes there):
    /// after the frame that shows the step (its fsync is not a step's wait), and quietly — only a
    /// failure is an answer (`.conversationSaveFailed`).
    case rememberConversationStep(Conversation)
    /// Write the minutes of a leader conversation to a new file, HTML for `.html`/`.htm`, else
    /// Markdown (mode 0600 when they hold the leader assessment): `.fileWritten` or `.fileFailed`.
    case writeConversationMinutes(Conversation, guide: ConversationGuide?, earlier: [Conversation], agreement: Agreement, path: String)
    /// Read the store's index for the overview, its lines reckoned on `date` (the session's day):
    /// `.overviewLoaded` (or `.openFailed`).
    case loadOverview(on: LocalDate)
    /// Read the store's action plans (and, for the plan view, who serves them): `.plansLoaded`.
    case loadPlans(PlanRequest)
    /// Make a new agreement with a template (named, else the newest for its municipality and
    /// year): `.created` or `.yearStartFailed`.
    case createAgreement(AgreementHeader, template: String?)
    /// Find next year's template and make sure next year's agreement does not exist:
    /// `.nextYearReady` or `.yearStartFailed`.
    case prepareNextYear(Agreement)
    /// Make next year's agreement as the plan says: `.created` or `.yearStartFailed`.
    case createNextYear(Rollover)
    /// Read the log of the row a carried row came from: `.previousLog` or `.yearStartFailed`.
    case loadPreviousLog(ItemLink)
    /// Speak this language from now on (files written after it are worded in it) and remember
    /// it in the user's settings: `.languageSaved` or `.languageNotSaved`.
    case saveLanguage(Language)
    /// Read an agreement's history for one of its fields: `.historyLoaded` or `.historyFailed`.
    case loadHistory(String, field: FieldRef)
    /// Sync the store through git (commit, fetch, merge, push) as `party`, then read the open
    /// agreement again if the merge changed it: `.synced`. Runs beside the interface: keys keep
    /// working, saves go on as usual, and the answer comes when git is done.
    case sync(String, party: Party)
}
