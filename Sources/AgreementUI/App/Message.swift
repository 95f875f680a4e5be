import AgreementExport
import AgreementKit
import AgreementStore

/// Something that happened, fed to `AppState.update`: a key, a resize, or how an effect went.
public enum Message: Sendable, Equatable {
    case key(Key)
    case resized(Size)
    /// The local date changed (the session ran past midnight).
    case dayChanged(LocalDate)
    /// An agreement was opened: loaded, its lock tried, its file stamped, its draft looked for.
    case opened(Opened)
    /// Opening failed; the reason is worded.
    case openFailed(String)
    /// Files in the store that could not be read (worded), for the picker's status line.
    case unreadableFiles([String])
    /// The store's agreements, listed again (with the files that could not be read), and the one to select.
    case listed([PickerEntry], problems: [String], selecting: String?)
    /// The last save reached the disk, at this local time ("10:42"), leaving the file so;
    /// `changes` is how many entries it added to the shared history.
    case saved(stamp: FileStamp?, time: String, changes: Int = 0)
    /// The last save failed; the reason is worded. The change stays in memory.
    case saveFailed(String)
    /// The save was refused: the file was changed by someone else since it was read.
    case saveConflict(String)
    /// The agreement as it is on disk now, after `.reload`.
    case reloaded(Agreement, stamp: FileStamp?)
    /// The copy of unsaved changes was written to this absolute path.
    case copyWritten(String)
    /// Writing the copy failed; the reason is worded and names the file chosen.
    case copyFailed(String)
    /// A file (minutes, export) was written to this absolute path; `privateFile` when it holds section 4.
    case fileWritten(String, privateFile: Bool)
    /// Writing a file failed; the reason is worded.
    case fileFailed(String)
    /// The file chosen exists: `proposal` is the next free name beside it.
    case fileExists(FileTarget, path: String, proposal: String)
    /// The lock of the open agreement is ours now (let go by its holder, or taken over), and the
    /// agreement as it is on disk.
    case lockAcquired(Agreement, stamp: FileStamp?)
    /// Another session took the lock over: nothing was saved, the session is read-only now.
    case lockLost(LockInfo, described: String)
    /// The session's language is remembered in the settings.
    case languageSaved
    /// The session's language could not be remembered; the reason is worded.
    case languageNotSaved(String)
    /// A second went by without a key (sent only while the state wants it: a read-only session watches the lock).
    case tick
    /// A leader conversation reached the disk at this local time ("10:42").
    case conversationSaved(time: String)
    /// Saving a leader conversation failed; the reason is worded. It stays in memory.
    case conversationSaveFailed(String)
    /// The overview's lines, after `.loadOverview`.
    case overviewLoaded(OverviewData)
    /// The action plans asked for with `.loadPlans`.
    case plansLoaded(PlansLoaded)
    /// A new agreement (or next year's) was made: its id, and what to say about it once it is open.
    case created(String, note: String)
    /// Next year's agreement can be made: the plan to review.
    case nextYearReady(Rollover)
    /// Last year's log of a carried row, read.
    case previousLog(PreviousLog)
    /// Making an agreement, or reading last year's, failed or was refused; the reason is worded.
    case yearStartFailed(String)
    /// An agreement's history (oldest first, section 4's included), read for one of its fields.
    case historyLoaded(FieldRef, [ChangeRecord])
    /// The history could not be read; the reason is worded.
    case historyFailed(String)
    /// How a sync went, with the agreement as the merge left it.
    case synced(Synced)
}

/// An agreement just opened, with what the session needs to know about its file.
public struct Opened: Equatable, Sendable {
    public var agreement: Agreement
    public var stamp: FileStamp?
    public var lock: SessionLock
    /// Text a dead session left in an open form, if any.
    public var draft: Draft?
    /// A draft was found but could not be read (the path), if so.
    public var unreadableDraft: String?
    /// Where the draft was found when the store could not hold it (the path), if so.
    public var draftElsewhere: String?
    /// What loading noticed and put right (a private file readable by others), worded.
    public var notes: [String]
    /// The store's wheels and guides and the agreement's leader conversations.
    public var companions: Companions
    /// The agreement's changes not on the remote yet; nil when the store is not a git work tree.
    public var unsynced: Int?

    public init(agreement: Agreement, stamp: FileStamp?, lock: SessionLock, draft: Draft? = nil, unreadableDraft: String? = nil,
                draftElsewhere: String? = nil, notes: [String] = [], companions: Companions = Companions(), unsynced: Int? = nil) {
        self.unsynced = unsynced
        self.agreement = agreement
        self.stamp = stamp
        self.lock = lock
        self.draft = draft
        self.unreadableDraft = unreadableDraft
        self.draftElsewhere = draftElsewhere
        self.notes = notes
        self.companions = companions
    }
}

/// A file the user asked the app to write, with what is needed to write it again elsewhere.
public enum FileTarget: Equatable, Sendable {
    /// The full copy (the session remembers whether to quit after it).
    case copy
    case export(ExportFormat, isPublic: Bool)
    case minutes(Review.Kind, date: LocalDate, party: Party)
}
