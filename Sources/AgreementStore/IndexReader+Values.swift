import AgreementKit

extension IndexReader {
    /// The keys of one summary as they are read, in whatever order they come.
    struct SummaryFields {
        var id: String?
        var municipality: String?
        var unit: String?
        var serviceArea: String?
        var year: Int?
        var leader: String?
        var contactPerson: String?
        var phase: Phase?
        var progress: Progress?
        var overview: OverviewFacts?
        var planUses: [PlanUse]?
        var carriedFrom: String?

        /// The summary, when every key it needs was there.
        var summary: AgreementSummary? {
            guard let id, let municipality, let unit, let serviceArea, let year, let leader, let contactPerson, let phase,
                  let progress, let overview, let planUses else { return nil }
            return AgreementSummary(id: id, municipality: municipality, unit: unit, serviceArea: serviceArea, year: year, leader: leader,
                                    contactPerson: contactPerson, phase: phase, progress: progress, overview: overview, planUses: planUses,
                                    carriedFrom: carriedFrom)
        }
    }

    /// A case of a small enum by its raw value, matched as a `JSONKey` (no `String` made, no
    /// string switch: 10,000 steps of the year in an index of 2,000 agreements).
    static func raw<T: RawRepresentable & CaseIterable>(_ type: T.Type, _ s: inout JSONScanner) throws -> T where T.RawValue == String {
        let value: T?
        if let bytes = try s.plainString() {
            let key = JSONKey(bytes)
            value = T.allCases.first { JSONKey($0.rawValue) == key }
        } else {
            value = T(rawValue: try s.string())
        }
        guard let value else { throw JSONScanner.Malformed(offset: 0) }
        return value
    }

    /// A date as `LocalDate(iso:)` reads it; the common `"yyyy-mm-dd"` straight from the bytes.
    static func date(_ s: inout JSONScanner) throws -> LocalDate {
        if let parts = try s.isoDateParts() {
            // What `LocalDate(iso:)` makes of four, two and two digits.
            guard let date = LocalDate(year: parts.year, month: parts.month, day: parts.day) else { throw JSONScanner.Malformed(offset: 0) }
            return date
        }
        guard let date = LocalDate(iso: try s.string()) else { throw JSONScanner.Malformed(offset: 0) }
        return date
    }

    static func phaseProgress(_ s: inout JSONScanner) throws -> PhaseProgress {
        var done: Int?, required: Int?
        try s.object { s, key in
            switch key {
            case "done": done = try s.int()
            case "required": required = try s.int()
            default: try s.skipValue()
            }
        }
        guard let done, let required else { throw JSONScanner.Malformed(offset: 0) }
        return PhaseProgress(done: done, required: required)
    }

    static func progress(_ s: inout JSONScanner) throws -> Progress {
        var rows: Int?, rowsWithLog: Int?, logEntries: Int?, goalAreas: Int?, assessed: Int?, checklistTotal: Int?, checklistMarked: Int?
        try s.object { s, key in
            // Every member is a number, known or not (as the dictionary this replaced read them).
            let value = try s.int()
            switch key {
            case "rows": rows = value
            case "rowsWithLog": rowsWithLog = value
            case "logEntries": logEntries = value
            case "goalAreas": goalAreas = value
            case "goalAreasAssessed": assessed = value
            case "checklistTotal": checklistTotal = value
            case "checklistMarked": checklistMarked = value
            default: break
            }
        }
        guard let rows, let rowsWithLog, let logEntries, let goalAreas, let assessed, let checklistTotal, let checklistMarked else {
            throw JSONScanner.Malformed(offset: 0)
        }
        return Progress(rows: rows, rowsWithLog: rowsWithLog, logEntries: logEntries, goalAreas: goalAreas, goalAreasAssessed: assessed,
                        checklistTotal: checklistTotal, checklistMarked: checklistMarked)
    }

    static func ratings(_ s: inout JSONScanner) throws -> RatingCounts {
        var counts = RatingCounts()
        var seen = 0
        try s.object { s, key in
            switch key {
            case "beyond": counts.beyond = try s.int()
            case "asAgreed": counts.asAgreed = try s.int()
            case "below": counts.below = try s.int()
            case "notRated": counts.notRated = try s.int()
            default: try s.skipValue(); return
            }
            seen += 1
        }
        guard seen == 4 else { throw JSONScanner.Malformed(offset: 0) }
        return counts
    }

    static func steps(_ s: inout JSONScanner) throws -> [YearStepFacts] {
        var steps: [YearStepFacts] = []
        steps.reserveCapacity(YearStep.allCases.count)
        try s.array { s in
            var step: YearStep?, date: LocalDate?, done: Bool?
            try s.object { s, key in
                switch key {
                case "step": step = try raw(YearStep.self, &s)
                case "date": date = try s.null() ? nil : Self.date(&s)
                case "done": done = try s.bool()
                default: try s.skipValue()
                }
            }
            guard let step, let done else { throw JSONScanner.Malformed(offset: 0) }
            steps.append(YearStepFacts(step: step, date: date, done: done))
        }
        return steps
    }

    static func plans(_ s: inout JSONScanner) throws -> [PlanSpan] {
        var plans: [PlanSpan] = []
        try s.array { s in
            var created: LocalDate?, last: LocalDate?
            try s.object { s, key in
                switch key {
                case "created": created = try date(&s)
                case "lastFollowUp": last = try s.null() ? nil : date(&s)
                default: try s.skipValue()
                }
            }
            guard let created else { throw JSONScanner.Malformed(offset: 0) }
            plans.append(PlanSpan(created: created, lastFollowUp: last))
        }
        return plans.sizedToFit
    }

    static func links(_ s: inout JSONScanner) throws -> [PlanLink] {
        var links: [PlanLink] = []
        try s.array { s in
            var plan: String?, code: String?
            try s.object { s, key in
                switch key {
                case "plan": plan = try s.string()
                case "code": code = try s.string()
                default: try s.skipValue()
                }
            }
            guard let plan, let code else { throw JSONScanner.Malformed(offset: 0) }
            links.append(PlanLink(plan: plan, code: code))
        }
        return links
    }
}
