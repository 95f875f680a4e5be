import AgreementKit
import Catalogue

extension AppState {
    /// How the effects of working together went: a field's history read.
    mutating func answerTogether(_ message: Message) -> [Effect] {
        switch message {
        case .historyLoaded(let field, let records):
            guard let agreement, let path = field.path(in: agreement) else { return [] }
            let label = DetailContent.label(of: field, in: agreement, words: core.words)
            return apply(.push(HistoryState(field: field, label: label, history: FieldHistory(records: records, path: path))))
        case .historyFailed(let reason):
            core.status = Status(core.words.historyUnreadable(reason), kind: .error)
        default:
            break
        }
        return []
    }
}
