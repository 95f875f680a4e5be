/// Who the agreement is between and for which unit and year.
public struct AgreementHeader: Equatable, Sendable, Codable {
    public var municipality: String
    public var unit: String
    public var serviceArea: String
    public var year: Int
    public var leader: String
    public var director: String
    public var contactPerson: String

    public init(municipality: String, unit: String, serviceArea: String, year: Int,
                leader: String = "", director: String = "", contactPerson: String = "") {
        self.municipality = municipality
        self.unit = unit
        self.serviceArea = serviceArea
        self.year = year
        self.leader = leader
        self.director = director
        self.contactPerson = contactPerson
    }
}
