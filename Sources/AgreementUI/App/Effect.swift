import AgreementExport
import AgreementKit
import AgreementStore

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
    /// Write the whole agreement (section 4 included, mode 0600) to a new file: `.copyWritten` or `.copyFailed`.
    case writeCopy(Agreement, path: String)
    /// Export to a new file (never over an existing one): `.fileWritten` or `.fileFailed`.
    case export(Agreement, format: ExportFormat, isPublic: Bool, path: String)
    /// Write the minutes of a meeting as Markdown to a new file: `.fileWritten` or `.fileFailed`.
    case writeMinutes(Agreement, kind: Review.Kind, date: LocalDate, party: Party, path: String)
    /// The draft of an agreement was restored or thrown away: delete its file.
    case removeDraft(String)
    /// Let go of the lock of an agreement this session holds.
    case releaseLock(String)
    /// List the store's agreements again for the picker: `.listed`.
    case list(selecting: String?)
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
}
