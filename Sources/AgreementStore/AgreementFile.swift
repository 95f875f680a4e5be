import AgreementKit

/// The content of `<id>.json`: a schema version and the agreement without section 4.
struct AgreementFile: Codable {
    var version: Int
    var agreement: Agreement
}

/// The content of `<id>.private.json` (mode 0600): section 4, the personal development goals.
struct PrivateFile: Codable {
    var version: Int
    var agreementID: String
    var personalGoals: [PersonalGoal]
}
