/// The fixed texts of the exports, the print copy, the log report and the meeting minutes:
/// headings, labels, column names and notices that take no value.
public enum ExportText: CaseIterable, Sendable {
    // Notices
    case publicNotice, privateNotice, exempt
    // The cover: the header fields of the agreement and the legend
    case municipality, unit, serviceArea, year, leader, director, contactPerson, phase, agreementColumn, legendLead
    // Section 1
    case about, purpose, parties, values, scope, basis, task, comment
    // The goal areas
    case noGoalAreas, measuresColumn, supportColumn, logColumn, judgement, measuresQuestion, attainmentQuestion
    case leaderCommentLabel, contactCommentLabel, midYearLabel
    // Section 3.1 and 4
    case conditionsLeaderLabel, conditionsContactLabel, personalGoals, noPersonalGoals
    /// Words that name section 4 inside an amendment's field, to keep such amendments out of public copies.
    case personalGoalsPhrase
    // The record
    case amendments, date, field, before, after, reason, changedBy, signOffs, role, name
    case reviews, review, improvementPlans, deletedGoalArea
    // The signature block of the print copy
    case signatures, place, chiefExecutiveSignature
    // The running header of the print copy; the word added to a public copy's file name
    case documentKind, publicFileSuffix
    // CSV of the goal rows
    case csvSection, csvGoalArea, csvResultGoal, csvTargetNumber, csvTarget, csvIndicator
    case csvMeasures, csvSupport, csvLogCount, csvMeasuresRating, csvAttainmentRating
    // The log report
    case logTarget, logDone, logMeasure, logEmpty
    // The minutes
    case minutesGoalAreas, minutesNotRated, minutesSummary, minutesRating
    case minutesMeasures, minutesAttainment, minutesPlan, minutesFollowUps, minutesProcedure
}
