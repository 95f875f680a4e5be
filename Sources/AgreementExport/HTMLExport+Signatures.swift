import AgreementKit

/// The signature block at the end of the print copy, «Underskrifter»: place and date, then the
/// leader, the chief executive (signed by the director) and the contact person, each on a line
/// to sign on with the name from the agreement's header below the role.
extension HTMLExport {
    func signatures() -> String {
        let h = agreement.header
        let lines = [
            (form(.place), ""), (form(.date), ""),
            (words.party(.leader), h.leader), (form(.chiefExecutiveSignature), h.director),
            (words.party(.contactPerson), h.contactPerson),
        ]
        let cells = lines.map { role, name in
            H.element("div", class: "signature",
                      H.element("p", class: "role", H.escape(role)) + (name.isEmpty ? "" : H.element("p", class: "name", H.escape(name))))
        }
        return H.element("section", [("class", "part signatures"), ("id", "underskrifter")],
                         H.element("h2", H.escape(form(.signatures))) + H.element("div", class: "signature-grid", cells.joined()))
    }
}
