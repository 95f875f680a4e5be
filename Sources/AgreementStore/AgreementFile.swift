import AgreementKit

/// The content of `<id>.json`: a schema version and the agreement without section 4.
struct AgreementFile: Codable {
    var version: Int
    var agreement: Agreement
}

/// The content of `<id>.private.json` (mode 0600): section 4, the personal development goals,
/// the reasons of the amendments of section 4, by amendment id (the public file carries those
/// amendments with an empty reason; the key is left out when there are none), and section 1.5's
/// two-sided leader assessment (since version 7).
struct PrivateFile: Codable {
    var version: Int
    var agreementID: String
    var personalGoals: [PersonalGoal]
    var amendmentReasons: [String: String]?
    var leaderAssessment: [CriterionAssessment]
}

extension Agreement {
    /// The agreement as its public file holds it: the reasons of confidential amendments emptied.
    var publicRecord: Agreement {
        var copy = self
        for index in copy.amendments.indices where copy.amendments[index].confidential {
            copy.amendments[index].reason = ""
        }
        return copy
    }

    /// The reasons of the confidential amendments, by id; nil when there are none.
    var confidentialReasons: [String: String]? {
        let pairs = amendments.filter(\.confidential).map { ($0.id.rawValue, $0.reason) }
        return pairs.isEmpty ? nil : Dictionary(pairs, uniquingKeysWith: { _, last in last })
    }

    /// Puts the private file's reasons back into their amendments, marking them confidential.
    mutating func restoreConfidentialReasons(_ reasons: [String: String]?) {
        guard let reasons else { return }
        for index in amendments.indices {
            if let reason = reasons[amendments[index].id.rawValue] {
                amendments[index].reason = reason
                amendments[index].confidential = true
            }
        }
    }
}
