import AgreementKit
import AgreementStore
import AgreementUI
import Catalogue

/// The start-of-year effects: a new agreement, next year's (prepared, then made) and last
/// year's log of a carried row — the same store calls as `new` and `next` on the command line.
extension EffectRunner {
    func performYearStart(_ effect: Effect, words: any Wording) -> Message? {
        switch effect {
        case .createAgreement(let header, let template):
            do {
                let made = try store.newAgreement(header: header, templateName: template, language: language.rawValue)
                let note = words.yearStart(.createdInApp(id: made.agreement.id, template: made.template?.name))
                return .created(made.agreement.id, note: note)
            } catch {
                return .yearStartFailed(words.startProblem(error))
            }
        case .prepareNextYear(let source):
            let year = source.header.year + 1
            if let existing = store.nextYear(of: source, year: year) {
                return .yearStartFailed(words.startProblem(.nextYearExists(existing)))
            }
            let template = store.newestTemplate(municipality: source.header.municipality, year: year)?.template.inLanguage(language.rawValue)
            return .nextYearReady(Rollover(from: source, year: year, template: template))
        case .createNextYear(let plan):
            let year = plan.source.header.year
            let made = plan.make(unmetNote: { words.unmetNote(area: $0, year: year, plan: $1) }, newID: { ItemID.random() })
            do {
                try store.saveNew(made)
                return .created(made.id, note: words.yearStart(.nextCreated(id: made.id, path: store.path(of: made.id))))
            } catch {
                return .yearStartFailed(words.startProblem(error))
            }
        case .loadPreviousLog(let link):
            let agreement: Agreement
            do { agreement = try store.load(link.agreement) } catch {
                return .yearStartFailed(words.yearStart(.previousMissing(link.agreement)))
            }
            guard let log = PreviousLog(row: link.item, of: agreement, words: words) else {
                return .yearStartFailed(words.yearStart(.previousMissing(link.agreement)))
            }
            return .previousLog(log)
        default:
            return nil
        }
    }
}
