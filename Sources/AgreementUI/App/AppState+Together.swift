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
            answerSync(synced)
        default:
            break
        }
        return []
    }

    /// How a sync went. The merged agreement replaces the open one only when the session did not
    /// save it while git worked (nor failed to save it): a change made meanwhile stays on the
    /// screen and in the file, and the status line says a new sync is needed to send it.
    private mutating func answerSync(_ synced: Synced) {
        let run = core.session.syncing
        core.session.syncing = nil
        let report = synced.report
        var kind: Status.Kind = !report.problems.isEmpty || !report.unmerged.isEmpty ? .error : report.conflicts.isEmpty ? .info : .warning
        var text = core.words.syncResult(report)
        defer { core.status = Status(text, kind: kind) }
        // Another agreement was opened meanwhile: its count and file are its own.
        if let run, run.agreementID != agreement?.id { return }
        if let run, run.stamp != core.session.stamp {
            core.session.unsynced = synced.unsynced.map { max($0, core.session.unsynced ?? 0) }
            text += core.words.syncChangedMeanwhile
            if kind == .info { kind = .warning }
            return
        }
        core.session.unsynced = synced.unsynced
        // A change the file lacks (a failed save) is kept: saving it finds the file changed and asks.
        if let fresh = synced.agreement, !core.session.unsaved {
            core.document?.reload(fresh)
            core.session.stamp = synced.stamp
        }
    }
}
