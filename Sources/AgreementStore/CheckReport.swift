import AgreementKit

/// What `check` found: counts per readable agreement, and every problem with its location.
public struct CheckReport: Sendable {
    /// The counts of one agreement.
    public struct Counts: Equatable, Sendable {
        public var id: String
        public var goalAreas = 0
        public var rows = 0
        public var measures = 0
        public var support = 0
        public var logEntries = 0
        public var checklistTotal = 0
        public var checklistMarked = 0

        public init(_ agreement: Agreement) {
            id = agreement.id
            goalAreas = agreement.goalAreas.count
            let rows = agreement.allRows
            self.rows = rows.count
            measures = rows.reduce(0) { $0 + $1.measureItems.count }
            support = rows.reduce(0) { $0 + $1.supportItems.count }
            logEntries = rows.reduce(0) { $0 + $1.log.count }
            checklistTotal = agreement.checklist.count
            checklistMarked = agreement.checklist.filter { $0.status != nil }.count
        }

        /// The sum of `entries` (its id is empty).
        init(total entries: [Counts]) {
            id = ""
            for e in entries {
                goalAreas += e.goalAreas
                rows += e.rows
                measures += e.measures
                support += e.support
                logEntries += e.logEntries
                checklistTotal += e.checklistTotal
                checklistMarked += e.checklistMarked
            }
        }
    }

    public var agreements: [Counts] = []
    /// The templates of `templates/` that are sound.
    public var templates: [TemplateCounts] = []
    public var errors: [StoreError] = []
    public var warnings: [StoreError] = []
    /// Every lock in the store, with the state of its holder.
    public var locks: [LockStatus] = []
    /// The annual wheels, conversation guides and leader conversations that could be read.
    public var wheels = 0
    public var guides = 0
    public var conversations = 0

    public var total: Counts { Counts(total: agreements) }
    public var isClean: Bool { errors.isEmpty }
}
