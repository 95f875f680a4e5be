import AgreementKit
import Foundation
import TestSupport
import Testing

@Suite("The agreement merge: properties over random concurrent edits")
struct MergePropertyTests {
    /// Rounds per property: more with LEDERAVTALE_FULL=1.
    static let rounds = ProcessInfo.processInfo.environment["LEDERAVTALE_FULL"] == "1" ? 2_000 : 100

    static func ids(_ a: Agreement) -> Set<String> {
        var out = Set<String>()
        for item in a.checklist { out.insert(item.id.rawValue) }
        for area in a.goalAreas {
            out.insert(area.id.rawValue)
            for row in area.rows {
                out.insert(row.id.rawValue)
                row.measures.forEach { out.insert($0.id.rawValue) }
                row.support.forEach { out.insert($0.id.rawValue) }
                row.log.forEach { out.insert($0.id.rawValue) }
            }
        }
        a.amendments.forEach { out.insert($0.id.rawValue) }
        a.conflicts.forEach { out.insert($0.id.rawValue) }
        return out
    }

    /// A base and two sides edited apart from it.
    static func round(_ seed: UInt64) -> (base: Agreement, a: Agreement, b: Agreement) {
        var setup = RandomEdits(seed: seed, name: "base")
        var base = Fixtures.agreement(phase: .followUp)
        setup.apply(setup.int(0...10), to: &base)
        var a = base, b = base
        var left = RandomEdits(seed: seed &* 31 &+ 1, name: "a"), right = RandomEdits(seed: seed &* 31 &+ 2, name: "b")
        left.apply(left.int(0...8), to: &a)
        right.apply(right.int(0...8), to: &b)
        return (base, a, b)
    }

    @Test func mergingAThingWithItselfGivesItBack() throws {
        for seed in 0..<UInt64(Self.rounds) {
            let (_, a, _) = Self.round(seed)
            let merged = try AgreementMerge.merge(base: a, a: a, b: a, recorded: "2011-09-15T10:00:00+02:00")
            #expect(merged.agreement == a, "seed \(seed)")
            #expect(merged.conflicts.isEmpty)
        }
    }

    @Test func aSideThatChangedNothingTakesTheOther() throws {
        for seed in 0..<UInt64(Self.rounds) {
            var (base, a, b) = Self.round(seed)
            base.personalGoals = []
            a.personalGoals = []
            b.personalGoals = []
            #expect(try AgreementMerge.merge(base: base, a: a, b: base, recorded: "t").agreement == a, "seed \(seed)")
            #expect(try AgreementMerge.merge(base: base, a: base, b: b, recorded: "t").agreement == b, "seed \(seed)")
        }
    }

    @Test func theSetsAreTheSameWhicheverSideMergesAndNoIDIsLost() throws {
        var conflicts = 0
        for seed in 0..<UInt64(Self.rounds) {
            let (base, a, b) = Self.round(seed)
            let ab = try AgreementMerge.merge(base: base, a: a, b: b, recorded: "t").agreement
            let ba = try AgreementMerge.merge(base: base, a: b, b: a, recorded: "t").agreement
            #expect(Self.ids(ab) == Self.ids(ba), "seed \(seed)")
            let (o, x, y) = (Self.ids(base), Self.ids(a), Self.ids(b))
            // Every id added on either side, and every id both sides still have, is in the merge.
            let kept = x.subtracting(o).union(y.subtracting(o)).union(x.intersection(y))
            #expect(kept.isSubset(of: Self.ids(ab)), "seed \(seed): lost \(kept.subtracting(Self.ids(ab)))")
            // Every log entry of either side is there, with the text of one side or the other.
            let merged = Dictionary(uniqueKeysWithValues: ab.allRows.flatMap(\.log).map { ($0.id, $0.text) })
            for entry in (a.allRows + b.allRows).flatMap(\.log) where merged[entry.id] == nil {
                let deletedByOther = o.contains(entry.id.rawValue) && !(x.contains(entry.id.rawValue) && y.contains(entry.id.rawValue))
                #expect(deletedByOther, "seed \(seed): log entry \(entry.id) lost")
            }
            // The result is a valid agreement: no id twice, no link to a deleted measure.
            #expect(AgreementValidator.validate(ab).filter { $0.severity == .error }.isEmpty, "seed \(seed)")
            conflicts += ab.conflicts.count
        }
        // Random edits of one small agreement do meet: the property covers conflicts too.
        #expect(conflicts > 0)
    }

    @Test func theSameFieldChangedOnBothSidesIsRecordedWithBothValuesAndWho() throws {
        let base = Fixtures.agreement(phase: .followUp)
        var a = base, b = base
        _ = a.set(.target("r1"), to: "Leders tekst")
        _ = b.set(.target("r1"), to: "Kontaktpersonens tekst")
        let kari = ChangeStamp(person: "Kari", party: .leader, time: "2011-09-14T09:00:00+02:00")
        let ola = ChangeStamp(person: "Ola", party: .contactPerson, time: "2011-09-14T10:00:00+02:00")
        let merged = try AgreementMerge.merge(base: base, a: a, b: b, recorded: "2011-09-15T08:00:00+02:00") { _, side in side == .a ? kari : ola }
        #expect(merged.agreement.value(of: .target("r1")) == "Leders tekst")
        #expect(merged.conflicts.count == 1)
        let conflict = try #require(merged.agreement.conflicts.first)
        #expect(conflict.kind == .bothChanged)
        #expect(FieldRef(path: conflict.path) == .target("r1"))
        #expect(conflict.base == .string("Mål"))
        #expect(conflict.a == .string("Leders tekst"))
        #expect(conflict.b == .string("Kontaktpersonens tekst"))
        #expect(conflict.aBy == kari && conflict.bBy == ola)
        // Merged again (the other copy merging the same change) it is one conflict, not two.
        let again = try AgreementMerge.merge(base: base, a: merged.agreement, b: b, recorded: "2011-09-16T08:00:00+02:00")
        #expect(again.agreement.conflicts.count == 1)
    }

    @Test func aBlueEditBesideASignatureIsKeptAsAnAmendmentCandidate() throws {
        let base = Fixtures.agreement(phase: .agreement)
        var signer = base, editor = base
        signer.signOff(party: .leader, name: "Kari", date: LocalDate(year: 2011, month: 2, day: 1)!)
        _ = editor.set(.target("r2"), to: "Nytt mål")
        _ = editor.set(.midYearNote("g1"), to: "notat")
        let merged = try AgreementMerge.merge(base: base, a: signer, b: editor, recorded: "t")
        #expect(merged.agreement.value(of: .target("r2")) == "Nytt mål")
        #expect(merged.agreement.signOffs.count == 1)
        #expect(merged.conflicts.map(\.kind) == [.amendmentCandidate])
        #expect(merged.conflicts.first.flatMap { FieldRef(path: $0.path) } == .target("r2"))
        #expect(merged.conflicts.first?.base == .string("Mål"))
    }

    @Test func aLogEntryAboutAMeasureTheOtherSideDeletedLosesOnlyTheLink() throws {
        let base = Fixtures.agreement(phase: .followUp)
        var a = base, b = base
        a.delete(.measure("r1-m0"))
        b.addLogEntry(LogEntry(id: "ny", date: LocalDate(year: 2011, month: 5, day: 1)!, text: "Gjort", measureID: "r1-m0"), to: "r1")
        let merged = try AgreementMerge.merge(base: base, a: a, b: b, recorded: "t").agreement
        #expect(merged.logEntry("ny")?.text == "Gjort")
        #expect(merged.logEntry("ny")?.measureID == nil)
        #expect(AgreementValidator.validate(merged).isEmpty)
    }
}
