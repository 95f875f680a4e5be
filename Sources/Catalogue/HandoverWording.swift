import AgreementKit

/// The words of a new leader or contact person during the year: the form on the main screen,
/// the `handover` command, the record in the detail and the exports.
public protocol HandoverWording: Sendable {
    /// The abstract of `lederavtale handover`.
    var handoverAbstract: String { get }
    /// The help of an option of `handover`.
    func handoverOption(_ option: HandoverOption) -> String
    func handover(_ text: HandoverText) -> String
    /// Why a change of leader or contact person was refused (one line).
    func roleChangeProblem(_ problem: RoleChangeProblem) -> String
}

/// The options of `lederavtale handover`.
public enum HandoverOption: Sendable {
    case leader, contact, from, reason
}

/// Texts of the change of leader or contact person.
public enum HandoverText: Equatable, Sendable {
    /// The form's title.
    case formTitle
    /// The label of the date the new holder takes over from.
    case fieldFrom
    /// Under the date field: the date as read, or what is wrong with it.
    case fromHint(LocalDate)
    /// Done: "Enhetsleder fra 15.08.2011: Ola Nordmann (før: Kari Hansen)".
    case changed(role: Party, name: String, previous: String, from: LocalDate, amended: Bool)
    /// A date that could not be read.
    case notADate(String, year: Int)
    /// `handover` without `--leader` or `--contact`.
    case nameNeeded
    /// The detail's and the exports' heading of the record.
    case recordTitle
    /// "Enhetsleder: Kari Hansen til 14.08.2011 · Ola Nordmann fra 15.08.2011".
    case holders(role: Party, [RoleHolder])
    /// The column of the date a new holder takes over from.
    case fromColumn
}
