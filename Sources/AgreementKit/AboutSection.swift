/// Section 1, "Om avtalen": the agreement's purpose, parties, values, scope and assessment basis.
public struct AboutSection: Equatable, Sendable, Codable {
    /// 1.1 Avtalens formål.
    public var purpose: String
    /// 1.2 Parter.
    public var parties: String
    /// 1.3 Felles verdier og rammer.
    public var values: String
    /// 1.4 Virkeområde.
    public var scope: String
    /// 1.5 Ledervurdering: the areas that form the basis of the leader assessment.
    public var leaderAssessmentBasis: [String]

    public init(purpose: String = "", parties: String = "", values: String = "", scope: String = "", leaderAssessmentBasis: [String] = []) {
        self.purpose = purpose
        self.parties = parties
        self.values = values
        self.scope = scope
        self.leaderAssessmentBasis = leaderAssessmentBasis
    }
}
