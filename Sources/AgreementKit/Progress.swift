/// How far the agreement's year has come: log coverage, assessments and checklist.
public struct Progress: Equatable, Sendable, Codable {
    public var rows: Int
    public var rowsWithLog: Int
    public var logEntries: Int
    public var goalAreas: Int
    public var goalAreasAssessed: Int
    public var checklistTotal: Int
    public var checklistMarked: Int

    public init(rows: Int = 0, rowsWithLog: Int = 0, logEntries: Int = 0, goalAreas: Int = 0,
                goalAreasAssessed: Int = 0, checklistTotal: Int = 0, checklistMarked: Int = 0) {
        self.rows = rows
        self.rowsWithLog = rowsWithLog
        self.logEntries = logEntries
        self.goalAreas = goalAreas
        self.goalAreasAssessed = goalAreasAssessed
        self.checklistTotal = checklistTotal
        self.checklistMarked = checklistMarked
    }
}

extension Agreement {
    /// The progress summary of this agreement.
    public var progress: Progress {
        let rows = allRows
        return Progress(
            rows: rows.count,
            rowsWithLog: rows.filter { !$0.log.isEmpty }.count,
            logEntries: rows.reduce(0) { $0 + $1.log.count },
            goalAreas: goalAreas.count,
            goalAreasAssessed: goalAreas.filter { $0.assessment.state == .complete }.count,
            checklistTotal: checklist.count,
            checklistMarked: checklist.filter { $0.status != nil }.count
        )
    }
}
