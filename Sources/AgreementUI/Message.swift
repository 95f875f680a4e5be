import AgreementKit

/// Something that happened, fed to `AppState.update`.
public enum Message: Sendable, Equatable {
    case key(Key)
    case resized(Size)
    /// The agreement chosen in the picker was loaded.
    case agreementLoaded(Agreement)
    /// Loading failed; the text names the file and the fault.
    case loadFailed(String)
    /// The last save reached the disk, at this local time ("10:42").
    case saved(time: String)
    /// The last save failed; the text says why. The change stays in memory.
    case saveFailed(String)
    /// The save was refused: the file was changed by someone else since it was read.
    case saveConflict(String)
    /// The agreement as it is on disk now, after `.reload`.
    case reloaded(Agreement)
    /// The copy of unsaved changes was written to this absolute path.
    case copySaved(String)
    /// Writing the copy failed.
    case copyFailed(String)
    /// A draft from a session that died was found for the open agreement.
    case draftFound(Draft)
    /// A file (minutes, export) was written to this absolute path.
    case fileWritten(String)
    /// Writing a file failed; the text says why.
    case fileFailed(String)
}

/// Work the update asks the executable to do; `update` itself does no I/O.
public enum Effect: Sendable, Equatable {
    case quit
    /// Load an agreement by id and answer with `.agreementLoaded` or `.loadFailed`.
    case load(String)
    /// Save the agreement atomically and answer with `.saved` or `.saveFailed`.
    case save(Agreement)
    /// Write the whole agreement (section 4 included, mode 0600) to a path; answer `.copySaved` or `.copyFailed`.
    case saveCopy(Agreement, path: String)
    /// The draft of an agreement has been restored or thrown away: delete its file.
    case removeDraft(String)
    /// Export the agreement (markdown, html, csv or json; public without section 4, or full)
    /// to a new file; answer `.fileWritten` or `.fileFailed`.
    case export(Agreement, format: String, isPublic: Bool, path: String)
    /// Read the agreement from disk again and answer `.reloaded` (or `.loadFailed`).
    case reload(String)
    /// Save even though the file changed on disk (the user chose to overwrite).
    case forceSave(Agreement)
    /// Write the minutes of a meeting as Markdown to a new file (never over an existing one);
    /// answer `.fileWritten` or `.fileFailed`.
    case writeMinutes(Agreement, kind: Review.Kind, date: LocalDate, party: Party, path: String)
}
