import AgreementKit

/// How applying a template went for one agreement.
public enum TemplateApplyOutcome: Equatable, Sendable {
    /// Changed (or, in a dry run, would be).
    case changed(TemplateApplication)
    /// Nothing to change; the municipal texts the unit has made its own are listed.
    case unchanged(kept: [FieldRef])
    /// A closed agreement is never changed.
    case skippedClosed
    /// The agreement is for another municipality or year.
    case notFor(municipality: String, year: Int)
    /// Reading, locking or saving failed: the agreement is as it was.
    case failed(StartProblem)
}

extension AgreementStore {
    /// Applies a template to one agreement, all or nothing: under its lock, loaded, changed,
    /// saved atomically (not in a dry run). A failure leaves the agreement as it was.
    public func apply(_ template: Template, to id: String, dryRun: Bool, amendment: TemplateAmendment) -> TemplateApplyOutcome {
        var outcome = TemplateApplyOutcome.unchanged(kept: [])
        do throws(StartProblem) {
            try locked(id) { () throws(StartProblem) in
                let agreement: Agreement
                do throws(StoreError) { agreement = try load(id) } catch { throw .store(error) }
                guard template.isFor(municipality: agreement.header.municipality, year: agreement.header.year) else {
                    outcome = .notFor(municipality: agreement.header.municipality, year: agreement.header.year)
                    return
                }
                guard agreement.phase != .closed else {
                    outcome = .skippedClosed
                    return
                }
                let result = template.apply(to: agreement, amendment: amendment)
                guard !result.changes.isEmpty else {
                    outcome = .unchanged(kept: result.kept)
                    return
                }
                if !dryRun {
                    do throws(StoreError) { _ = try save(result.agreement) } catch { throw .store(error) }
                }
                outcome = .changed(result)
            }
        } catch {
            return .failed(error)
        }
        return outcome
    }
}
