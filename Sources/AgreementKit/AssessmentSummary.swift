/// Counts of the year-end ratings and the goal areas rated below the agreement.
public struct AssessmentSummary: Equatable, Sendable {
    /// How many goal areas got each rating for the measures carried out.
    public var measures: [Rating: Int]
    /// How many goal areas got each rating for goal attainment.
    public var attainment: [Rating: Int]
    /// Goal areas with either rating "Mindre enn avtalen".
    public var belowAgreement: [GoalArea]
    public var rated: Int
    public var total: Int

    public init(_ agreement: Agreement) {
        var measures: [Rating: Int] = [:], attainment: [Rating: Int] = [:]
        for area in agreement.goalAreas {
            if let r = area.assessment.measuresRating { measures[r, default: 0] += 1 }
            if let r = area.assessment.attainmentRating { attainment[r, default: 0] += 1 }
        }
        self.measures = measures
        self.attainment = attainment
        belowAgreement = agreement.goalAreas.filter {
            $0.assessment.measuresRating == .belowAgreement || $0.assessment.attainmentRating == .belowAgreement
        }
        rated = agreement.goalAreas.filter { $0.assessment.state == .complete }.count
        total = agreement.goalAreas.count
    }

}
