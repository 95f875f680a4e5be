import AgreementKit

/// Why starting or tidying a year's agreements was refused or failed: templates, new and next
/// year's agreements, rename, archive and delete. The catalogue words it (`YearStartWording`).
public enum StartProblem: Error, Equatable, Sendable {
    /// No template of that name; `known` are the names there are.
    case templateNotFound(String, known: [String])
    /// `template new` under a name already taken.
    case templateExists(String)
    /// A template for another municipality or year than the agreement's.
    case templateMismatch(template: String, municipality: String, year: Int, agreementMunicipality: String, agreementYear: Int)
    /// An agreement with this id exists already (in the store, or archived).
    case agreementExists(String, archived: Bool)
    /// Next year's agreement exists already: its id.
    case nextYearExists(String)
    /// A unit name that makes no id.
    case unitMissing
    /// A year outside 1900–2200.
    case yearInvalid(Int)
    /// The agreement is open in another session.
    case heldElsewhere(id: String, holder: LockInfo)
    /// An archived agreement of that id was not found; `known` are the archived ids.
    case notArchived(String, known: [String])
    /// A file problem underneath.
    case store(StoreError)
}
