import AgreementKit

extension AppState {
    /// `e`: asks for the format, then public or full, then the file name (in the current folder).
    mutating func beginExport() {
        guard agreement != nil else { return }
        modal = .dialog(Dialog(title: "Eksport", text: "Hvilket format?", options: [
            .init("m", "Markdown – som skjemaet, for e-post og git", "markdown"),
            .init("h", "HTML – som skjemaet, for utskrift (én fil)", "html"),
            .init("c", "CSV – én linje per rad, for regneark (uten punkt 4)", "csv"),
            .init("j", "JSON – dataene i lagerets format", "json"),
        ], purpose: .exportFormat))
    }

    mutating func beginExportPath(format: String, isPublic: Bool) {
        guard let agreement else { return }
        let ext = format == "markdown" ? "md" : format
        let name = "\(agreement.id)\(isPublic ? "-offentlig" : "").\(ext)"
        let title = isPublic ? "Eksporter offentlig utgave (uten punkt 4) til" : "Eksporter full kopi (med punkt 4, modus 0600) til"
        modal = .edit(EditForm(title: title, purpose: .export(format: format, isPublic: isPublic),
                               fields: [FormField(label: "Fil", colour: nil, text: name, multiline: false)]))
    }
}
