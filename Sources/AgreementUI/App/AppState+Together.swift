import AgreementKit
import Catalogue

extension AppState {
    /// How the effects of working together went: a field's history read, a sync.
    mutating func answerTogether(_ message: Message) -> [Effect] {
        switch message {
        case .historyLoaded(let field, let records):
            guard let agreement, let path = field.path(in: agreement) else { return [] }
            let label = DetailContent.label(of: field, in: agreement, words: core.words)
            return apply(.push(HistoryState(field: field, label: label, history: FieldHistory(records: records, path: path))))
        case .historyFailed(let reason):
            core.status = Status(core.words.historyUnreadable(reason), kind: .error)
        case .synced(let synced):
            core.session.unsynced = synced.unsynced
            // A change the file lacks (a failed save) is kept: saving it finds the file changed and asks.
            if let fresh = synced.agreement, !core.session.unsaved {
                core.document?.reload(fresh)
                core.session.stamp = synced.stamp
            }
            let report = synced.report
            let kind: Status.Kind = !report.problems.isEmpty || !report.unmerged.isEmpty ? .error : report.conflicts.isEmpty ? .info : .warning
            core.status = Status(core.words.syncResult(report), kind: kind)
        default:
            break
        }
        return []
    }
}
