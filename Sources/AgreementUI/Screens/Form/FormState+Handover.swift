import AgreementKit
import Catalogue

/// The form of `P` on the main screen: a new leader or contact person from a date. The names
/// start as the header's; the one changed is handed over. A signed agreement, or one past
/// Inngåelse, asks for a reason: the change is then an amendment.
extension FormState {
    static func makeHandOver(core: AppCore, amending: Bool) -> FormState {
        let w = core.words
        let header = core.agreement?.header
        func field(_ id: FormFieldID, _ label: String, _ text: String, multiline: Bool = false) -> FormField {
            FormField(id, label: label, colour: id == .reason ? nil : .blue, text: text, multiline: multiline)
        }
        let year = header?.year ?? core.session.today.year
        var fields = [
            field(.leader, w.screen(.headerField(.leader)), header?.leader ?? ""),
            field(.contactPerson, w.screen(.headerField(.contactPerson)), header?.contactPerson ?? ""),
            field(.date, w.handover(.fieldFrom), w.date(core.session.today.clamped(toYear: year))),
        ]
        if amending { fields.append(field(.reason, w.prompt(.reasonRequired), "", multiline: true)) }
        return FormState(kind: .handOver, title: amending ? w.prompt(.amendment(w.handover(.formTitle))) : w.handover(.formTitle), fields: fields)
    }

    /// `Enter`: hands over each role whose name was changed, from the date typed; refusals
    /// are said in the status line with the cursor on the field to fix.
    mutating func confirmHandOver(_ core: inout AppCore) -> Outcome {
        guard let agreement = core.agreement else { return .none }
        let w = core.words
        func trimmed(_ id: FormFieldID) -> String { text(id).trimmingCharacters(in: .whitespaces) }
        let changes = [(Party.leader, FormFieldID.leader), (.contactPerson, .contactPerson)].filter { trimmed($0.1) != agreement.holder(of: $0.0) }
        guard !changes.isEmpty else {
            focus(.leader)
            core.status = Status(w.roleChangeProblem(.nothingChanged), kind: .warning)
            return .none
        }
        guard let date = w.parseDate(trimmed(.date), defaultYear: agreement.header.year) else {
            focus(.date)
            core.status = Status(w.handover(.notADate(trimmed(.date), year: agreement.header.year)), kind: .warning)
            return .none
        }
        let reason = text(.reason)
        let (party, today, person) = (core.session.party, core.session.today, core.session.person)
        let ids = changes.map { _ in (core.newID(), core.newID()) }
        var probe = agreement
        var notes: [String] = []
        for ((role, field), (id, amendmentID)) in zip(changes, ids) {
            let previous = probe.holder(of: role)
            do {
                try probe.handOver(role, to: trimmed(field), from: date, reason: reason, recorded: today, party: party, person: person,
                                   id: id, amendmentID: amendmentID, label: Self.handOverLabel(role, words: w))
            } catch {
                focus(error == .reasonMissing ? .reason : error == .beforeYear(date, year: agreement.header.year) ? .date : field)
                core.status = Status(w.roleChangeProblem(error), kind: .warning)
                return .none
            }
            notes.append(w.handover(.changed(role: role, name: trimmed(field), previous: previous, from: date, amended: agreement.changesNeedAmendment)))
        }
        let result = probe
        return Outcome(effects: core.commit({ $0 = result }, note: notes.joined(separator: "; ")), navigation: [.pop])
    }

    /// The field an amendment of a role names: "1 Om avtalen – Enhetsleder".
    public static func handOverLabel(_ role: Party, words w: any Wording) -> String {
        "\(w.place(.about)) – \(w.screen(.headerField(role == .leader ? .leader : .contactPerson)))"
    }
}
