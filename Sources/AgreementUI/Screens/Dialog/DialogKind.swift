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
        let words = core?.words ?? Language.nb.words
        func o(_ answer: DialogAnswer) -> DialogState.Option { DialogState.Option(key: words.answerKey(answer.text), answer: answer) }
        switch self {
        case .delete:
            return ([o(.yes), o(.no)], .no)
        case .choice(let ref):
            if case .checklistStatus = ref {
                return ([o(.mark(.done)), o(.mark(.notDone)), o(.mark(nil))], nil)
            }
            return ([o(.rating(.beyondAgreement)), o(.rating(.asAgreed)), o(.rating(.belowAgreement)), o(.rating(nil))], nil)
        case .addInMeasures:
            return ([o(.measure), o(.support)], .measure)
        case .quitUnsaved:
            // A session whose lock was taken over cannot save: a copy is what keeps the change.
            if core?.session.isReadOnly == true { return ([o(.copy), o(.quitWithoutSaving)], .copy) }
            return ([o(.retry), o(.copy), o(.quitWithoutSaving)], .retry)
        case .draft:
            return ([o(.restore), o(.discard)], .restore)
        case .conflict:
            return ([o(.reload), o(.copy), o(.overwrite)], .copy)
        case .exportFormat:
            return ([o(.format(.markdown)), o(.format(.html)), o(.format(.csv)), o(.format(.json))], .format(.html))
        case .exportScope:
            return ([o(.publicCopy), o(.fullCopy)], .publicCopy)
        case .signAs:
            return ([o(.yes), o(.no)], .no)
        case .fileExists:
            return ([o(.writeElsewhere), o(.overwrite), o(.cancel)], .writeElsewhere)
        case .takeOverLock:
            return ([o(.yes), o(.no)], .no)
        }
    }
}
