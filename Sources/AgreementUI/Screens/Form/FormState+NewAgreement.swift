import AgreementKit
import Catalogue

/// The new-agreement form of the picker: unit, year, municipality, service area, the parties
/// and the template; `Enter` asks the executable to make it, and the form stays until it is.
extension FormState {
    static func makeNewAgreement(unit: String, municipality: String, core: AppCore) -> FormState {
        let w = core.words
        func field(_ id: FormFieldID, _ label: String, _ text: String = "") -> FormField {
            FormField(id, label: label, colour: .blue, text: text, multiline: false)
        }
        return FormState(kind: .newAgreement(unit: unit, municipality: municipality), title: w.yearStart(.newAgreementTitle), fields: [
            field(.unit, w.yearStart(.fieldUnit), unit),
            field(.year, w.yearStart(.fieldYear), String(core.session.today.year)),
            field(.municipality, w.yearStart(.fieldMunicipality), municipality),
            field(.serviceArea, w.yearStart(.fieldServiceArea)),
            field(.leader, w.screen(.headerField(.leader))),
            field(.contactPerson, w.screen(.headerField(.contactPerson))),
            field(.director, w.screen(.headerField(.director))),
            field(.template, w.yearStart(.fieldTemplate)),
        ])
    }

    /// `Enter`: the unit must have a name and the year be a year; then the executable makes it.
    mutating func confirmNewAgreement(_ core: inout AppCore) -> Outcome {
        let w = core.words
        func trimmed(_ id: FormFieldID) -> String { text(id).trimmingCharacters(in: .whitespaces) }
        guard !Slug.ascii(trimmed(.unit)).isEmpty else {
            focus(.unit)
            core.status = Status(w.yearStart(.unitMissing), kind: .warning)
            return .none
        }
        guard let year = Int(trimmed(.year)), (1900...2200).contains(year) else {
            focus(.year)
            core.status = Status(w.yearStart(.yearNotANumber(trimmed(.year))), kind: .warning)
            return .none
        }
        let header = AgreementHeader(municipality: trimmed(.municipality), unit: trimmed(.unit), serviceArea: trimmed(.serviceArea), year: year,
                                     leader: trimmed(.leader), director: trimmed(.director), contactPerson: trimmed(.contactPerson))
        let template = trimmed(.template)
        return .effects([.createAgreement(header, template: template.isEmpty ? nil : template)])
    }

    /// Under the unit: the id it will get; under the template: what an empty one means.
    static func newAgreementHint(for field: FormField, _ form: FormState, _ core: AppCore) -> String? {
        switch field.id {
        case .unit:
            let unit = field.editor.text.trimmingCharacters(in: .whitespaces)
            guard !Slug.ascii(unit).isEmpty, let year = Int(form.text(.year).trimmingCharacters(in: .whitespaces)) else { return nil }
            return core.words.yearStart(.idWillBe(Slug.make(unit: unit, year: year)))
        case .template:
            return field.editor.text.isBlank ? core.words.yearStart(.templateHint) : nil
        default:
            return nil
        }
    }
}
