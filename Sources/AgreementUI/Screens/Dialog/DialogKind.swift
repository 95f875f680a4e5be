import AgreementExport
import AgreementKit
import AgreementStore
import Catalogue

/// What a dialog asks, and so which answers it offers.
public enum DialogKind: Equatable, Sendable {
    /// Yes/no to deleting an item.
    case delete(ItemRef)
    /// A value for a choice field (ratings, checklist marks).
    case choice(FieldRef)
    /// What to add in the measures pane: a measure or a support item.
    case addInMeasures(row: ItemID, after: ItemID?)
    /// Quitting with changes that could not be saved.
    case quitUnsaved
    /// A draft left by a session that died: restore it or throw it away.
    case draft(Draft)
    /// The file changed on disk under us (the reason worded): reload, write a copy, or overwrite.
    case conflict(String)
    /// `e`: which format to export.
    case exportFormat
    /// `e`: the public copy (without section 4) or the full one.
    case exportScope(ExportFormat)
    /// The second signature in the meeting: sign as the other party (named)?
    case signAs(Party)
    /// The file chosen exists: write to the next free name (the default), or overwrite.
    case fileExists(FileTarget, path: String, proposal: String)
    /// Take the lock from the session holding it (named)?
    case takeOverLock(LockInfo)

    /// The answers with their keys, and the one `Enter` gives (never a destructive one).
    func options(_ core: AppCore?) -> ([DialogState.Option], DialogAnswer?) {
        func o(_ key: Character, _ answer: DialogAnswer) -> DialogState.Option { DialogState.Option(key: key, answer: answer) }
        switch self {
        case .delete:
            return ([o("j", .yes), o("n", .no)], .no)
        case .choice(let ref):
            if case .checklistStatus = ref {
                return ([o("u", .mark(.done)), o("i", .mark(.notDone)), o("0", .mark(nil))], nil)
            }
            return ([o("1", .rating(.beyondAgreement)), o("2", .rating(.asAgreed)), o("3", .rating(.belowAgreement)), o("0", .rating(nil))], nil)
        case .addInMeasures:
            return ([o("t", .measure), o("s", .support)], .measure)
        case .quitUnsaved:
            // A session whose lock was taken over cannot save: a copy is what keeps the change.
            if core?.session.isReadOnly == true { return ([o("k", .copy), o("a", .quitWithoutSaving)], .copy) }
            return ([o("l", .retry), o("k", .copy), o("a", .quitWithoutSaving)], .retry)
        case .draft:
            return ([o("g", .restore), o("s", .discard)], .restore)
        case .conflict:
            return ([o("l", .reload), o("k", .copy), o("o", .overwrite)], .copy)
        case .exportFormat:
            return ([o("m", .format(.markdown)), o("h", .format(.html)), o("c", .format(.csv)), o("j", .format(.json))], .format(.html))
        case .exportScope:
            return ([o("o", .publicCopy), o("f", .fullCopy)], .publicCopy)
        case .signAs:
            return ([o("j", .yes), o("n", .no)], .no)
        case .fileExists:
            return ([o("n", .writeElsewhere), o("o", .overwrite), o("a", .no)], .writeElsewhere)
        case .takeOverLock:
            return ([o("j", .yes), o("n", .no)], .no)
        }
    }
}
