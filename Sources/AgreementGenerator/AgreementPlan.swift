/// What the generator decided about one agreement before building it: id, unit, year and people.
struct AgreementPlan: Sendable {
    var id: String
    var unit: String
    var domain: ServiceDomain
    var year: Int
    /// True for the newest year of the store: the agreement is still open (Oppfølging or Resultatvurdering).
    var isCurrent: Bool
    var leader: String
    var contactPerson: String
    /// Index of the agreement in the store; seeds its own random stream.
    var index: Int
}
