import AgreementKit
import Foundation

/// Reads `.index.json` and its delta straight from their bytes with `JSONScanner`, into the
/// same `StoreIndex` that `JSONDecoder` would make of them, at a fraction of its time and without
/// a tree of the whole file in memory (the 2,000-agreement overview's peak). The strings every
/// agreement repeats (municipality, service area, contact person, goal titles) and every year of a
/// unit repeats (its name, its leader) are kept once.
/// Anything unexpected — another version, a missing key, a stray byte — gives nil and the index
/// is rebuilt from the files, as for any stale cache.
struct IndexReader {
    private var shared = SharedStrings()

    /// An entry takes about 1.8 kB of the file: room for the entries made at once rather than by doubling.
    static let bytesPerEntry = 1_500

    static func read(_ data: Data) -> StoreIndex? {
        data.withUnsafeBytes { read($0.bindMemory(to: UInt8.self)) }
    }

    static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> StoreIndex? {
        var reader = IndexReader()
        var index = StoreIndex()
        index.entries.reserveCapacity(bytes.count / Self.bytesPerEntry)
        var scanner = JSONScanner(bytes)
        guard (try? reader.index(&scanner, into: &index)) != nil else { return nil }
        return index
    }

    /// Reads a whole index document into `index` (its entries added to those already there), checking
    /// its version and that nothing follows it.
    mutating func index(_ s: inout JSONScanner, into index: inout StoreIndex) throws {
        var version: Int?
        try s.object { s, key in
            switch key {
            case "version": version = try s.int()
            case "entries":
                // Sorted keys put the entries first: an index of another version fails on its shape or here.
                try members(&s, into: &index)
            default: try s.skipValue()
            }
        }
        guard version == StoreIndex.version, s.atEnd() else { throw JSONScanner.Malformed(offset: 0) }
        index.version = StoreIndex.version
    }

    /// Reads the object of entries by agreement id into `index` (an id given twice keeps its last entry).
    mutating func members(_ s: inout JSONScanner, into index: inout StoreIndex) throws {
        try s.object { s, key in try member(&s, id: key.string, into: &index) }
    }

    /// Reads the entry of agreement `id` into `index`. Its key is the summary's own id string where
    /// the two are equal: one string per agreement alive, not two.
    mutating func member(_ s: inout JSONScanner, id: String, into index: inout StoreIndex) throws {
        let entry = try entry(&s)
        index.entries[entry.summary.id == id ? entry.summary.id : id] = entry
    }

    mutating func entry(_ s: inout JSONScanner) throws -> StoreIndex.Entry {
        var stamp: FileStamp?
        var summary: AgreementSummary?
        try s.object { s, key in
            switch key {
            case "stamp": stamp = try Self.stamp(&s)
            case "summary": summary = try self.summary(&s)
            default: try s.skipValue()
            }
        }
        guard let stamp, let summary else { throw JSONScanner.Malformed(offset: 0) }
        return StoreIndex.Entry(stamp: stamp, summary: summary)
    }

    private static func stamp(_ s: inout JSONScanner) throws -> FileStamp {
        var size: Int64?, modified: Int64?, inode: UInt64?
        try s.object { s, key in
            switch key {
            case "size": size = try s.int64()
            case "modifiedNanoseconds": modified = try s.int64()
            case "inode": inode = try s.uint64()
            default: try s.skipValue()
            }
        }
        guard let size, let modified, let inode else { throw JSONScanner.Malformed(offset: 0) }
        return FileStamp(size: size, modifiedNanoseconds: modified, inode: inode)
    }

    private mutating func summary(_ s: inout JSONScanner) throws -> AgreementSummary {
        var fields = SummaryFields()
        try s.object { s, key in
            switch key {
            case "id": fields.id = try s.string()
            case "municipality": fields.municipality = try sharedString(&s)
            case "unit": fields.unit = try sharedString(&s)
            case "serviceArea": fields.serviceArea = try sharedString(&s)
            case "year": fields.year = try s.int()
            case "leader": fields.leader = try sharedString(&s)
            case "contactPerson": fields.contactPerson = try sharedString(&s)
            case "phase": fields.phase = try Self.raw(Phase.self, &s)
            case "progress": fields.progress = try Self.progress(&s)
            case "overview": fields.overview = try overview(&s)
            case "planUses": fields.planUses = try planUses(&s)
            case "carriedFrom": fields.carriedFrom = try s.null() ? nil : s.string()
            default: try s.skipValue()
            }
        }
        guard let summary = fields.summary else { throw JSONScanner.Malformed(offset: 0) }
        return summary
    }

    private mutating func overview(_ s: inout JSONScanner) throws -> OverviewFacts {
        var phaseProgress: PhaseProgress?, logDays: LogDays?, ratings: RatingCounts?, demo: Bool?
        var steps: [YearStepFacts]?, plans: [PlanSpan]?, goals: [GoalAreaFacts]?
        try s.object { s, key in
            switch key {
            case "phaseProgress": phaseProgress = try Self.phaseProgress(&s)
            case "steps": steps = try Self.steps(&s)
            case "logDays":
                // Read from the document's bytes: the text (a year of days) is never made a `String`.
                let days = if let bytes = try s.plainString() { LogDays(utf8: bytes) } else { LogDays(text: try s.string()) }
                guard let days else { throw JSONScanner.Malformed(offset: 0) }
                logDays = days
            case "ratings": ratings = try Self.ratings(&s)
            case "plans": plans = try Self.plans(&s)
            case "commonGoals": goals = try commonGoals(&s)
            case "demo": demo = try s.bool()
            default: try s.skipValue()
            }
        }
        guard let phaseProgress, let steps, let logDays, let ratings, let plans, let goals, let demo else { throw JSONScanner.Malformed(offset: 0) }
        return OverviewFacts(phaseProgress: phaseProgress, steps: steps, logDays: logDays, ratings: ratings, plans: plans, commonGoals: goals, demo: demo)
    }

    private mutating func commonGoals(_ s: inout JSONScanner) throws -> [GoalAreaFacts] {
        var goals: [GoalAreaFacts] = []
        try s.array { s in
            var id: String?, title: String?, attainment: Rating?, progress: PhaseProgress?
            try s.object { s, key in
                switch key {
                case "id": id = try s.string()
                case "title": title = try sharedString(&s)
                case "attainment": attainment = try s.null() ? nil : Self.raw(Rating.self, &s)
                case "progress": progress = try Self.phaseProgress(&s)
                default: try s.skipValue()
                }
            }
            guard let id, let title, let progress else { throw JSONScanner.Malformed(offset: 0) }
            goals.append(GoalAreaFacts(id: ItemID(id), title: title, attainment: attainment, progress: progress))
        }
        return goals.sizedToFit
    }

    private mutating func planUses(_ s: inout JSONScanner) throws -> [PlanUse] {
        var uses: [PlanUse] = []
        try s.array { s in
            var rowID: String?, area: String?, targetNumber: String?, excerpt: String?, links: [PlanLink]?
            try s.object { s, key in
                switch key {
                case "rowID": rowID = try s.string()
                case "area": area = try sharedString(&s)
                case "targetNumber": targetNumber = try s.string()
                case "excerpt": excerpt = try s.string()
                case "links": links = try Self.links(&s)
                default: try s.skipValue()
                }
            }
            guard let rowID, let area, let targetNumber, let excerpt, let links else { throw JSONScanner.Malformed(offset: 0) }
            uses.append(PlanUse(rowID: ItemID(rowID), area: area, targetNumber: targetNumber, excerpt: excerpt, links: links))
        }
        return uses
    }

    /// A string that many entries repeat, kept once.
    private mutating func sharedString(_ s: inout JSONScanner) throws -> String {
        if let bytes = try s.plainString() { return shared.string(bytes) }
        return shared.string(try s.string())
    }
}
