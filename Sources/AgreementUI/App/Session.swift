import AgreementKit
import AgreementStore
import Catalogue

/// The facts of this session: who is at the keyboard, in which language, on which day, and
/// how the open agreement's file stands (lock, stamp, unsaved changes).
public struct Session: Equatable, Sendable {
    /// Who is at the keyboard (`--as leder|kontaktperson`).
    public var party: Party
    /// The person's name, from the config; empty when not set.
    public var person: String
    public var language: Language
    /// The date deadlines are reckoned from and new log entries get: the real local date, or a
    /// fixed one (`--today`, `LEDERAVTALE_TODAY`, the store's «per» date).
    public var today: LocalDate
    /// True when `today` is fixed rather than the real date: the header says «per …».
    public var todayIsFixed = false
    /// Where new item ids come from (seeded, so `update` stays a pure function).
    public var ids: IDSource
    /// The open agreement's lock.
    public var lock: SessionLock
    /// The open agreement's file as last read or written; a save expects it unchanged.
    public var stamp: FileStamp?
    /// True when the last save failed: the agreement in memory is newer than the file.
    public var unsaved: Bool
    /// What the last change did, shown with the save time once the save is done.
    public var pendingNote: String?
    /// Quit as soon as the copy of unsaved changes has been written.
    public var quitAfterCopy: Bool
    /// Earlier search queries, oldest first.
    public var searches: [String]
    /// What to print after the terminal is restored (where a copy went).
    public var exitNote: String?
    /// What the main screen shows first when the agreement being opened arrives (a goal area
    /// chosen in the goal matrix).
    public var revealOnOpen: Reveal?
    /// The agreement being opened goes straight into its leader conversation (from the overview).
    public var conversationOnOpen = false
    /// The symbols charts are drawn with: Unicode, or ASCII when the locale is not UTF-8.
    public var glyphs: Glyphs = .unicode
    /// What the status line says once the next agreement is open (which template a new one got).
    public var noteAfterOpen: String?
    /// The open agreement's changes not on the remote yet: counted once on opening and after a
    /// sync, and by each save in between (no git call per key); nil when the store has no git.
    public var unsynced: Int?
    /// The sync running beside the interface (keys keep working; the header says so); nil when none.
    public var syncing: SyncRun?

    public init(party: Party = .leader, person: String = "", language: Language = .nb, today: LocalDate, seed: UInt64 = 1) {
        self.party = party
        self.person = person
        self.language = language
        self.today = today
        self.ids = IDSource(seed: seed)
        self.lock = .none
        self.stamp = nil
        self.unsaved = false
        self.pendingNote = nil
        self.quitAfterCopy = false
        self.searches = []
        self.exitNote = nil
        self.revealOnOpen = nil
        self.noteAfterOpen = nil
    }

    /// True when the agreement is open in another session and may only be read here.
    public var isReadOnly: Bool {
        if case .heldElsewhere = lock { return true }
        return false
    }
}

/// How the open agreement's lock stands.
public enum SessionLock: Equatable, Sendable {
    /// No agreement open (or not yet claimed).
    case none
    /// This session holds it.
    case held
    /// Another live session holds it: read-only here; who holds it, and since when, worded.
    case heldElsewhere(LockInfo, described: String)
    /// No lock could be made (a full disk): writable, with a warning.
    case unavailable(String)
}
