import AgreementKit
import TestSupport
import Testing

@Suite("Settling a recorded conflict")
struct ConflictSettleTests {
    /// The fixture with a conflict on row r2's target: this side wrote «A», the other «B».
    static func conflicted(phase: Phase = .followUp) -> (Agreement, FieldConflict) {
        var agreement = Fixtures.agreement(phase: phase)
        _ = agreement.set(.target(ItemID("r2")), to: "A")
        let path = ChangePath(["goalAreas", "g2", "rows", "r2", "target"])
        let conflict = FieldConflict(kind: .bothChanged, path: path, base: .string("Mål"), a: .string("A"), b: .string("B"),
                                     aBy: ChangeStamp(person: "Kari", party: .leader, time: "2011-09-15T10:00:00+02:00"),
                                     bBy: ChangeStamp(person: "Per", party: .contactPerson, time: "2011-09-15T10:05:00+02:00"),
                                     recorded: "2011-09-15T11:00:00+02:00")
        agreement.conflicts = [conflict]
        return (agreement, conflict)
    }

    @Test func theConflictIsFoundOnItsField() {
        let (agreement, conflict) = Self.conflicted()
        #expect(agreement.conflict(on: .target(ItemID("r2"))) == conflict)
        #expect(agreement.conflict(on: .target(ItemID("r3"))) == nil)
    }

    @Test func takingAKeepsTheValueAndRemovesTheRecord() {
        var (agreement, conflict) = Self.conflicted()
        let settled = agreement.settle(conflict.id, taking: .a)
        #expect(settled)
        #expect(agreement.value(of: .target(ItemID("r2"))) == "A")
        #expect(agreement.conflicts.isEmpty)
    }

    @Test func takingBPutsTheOtherValueInTheFieldAndRemovesTheRecord() {
        var (agreement, conflict) = Self.conflicted()
        let settled = agreement.settle(conflict.id, taking: .b)
        #expect(settled)
        #expect(agreement.value(of: .target(ItemID("r2"))) == "B")
        #expect(agreement.conflicts.isEmpty)
        // Nothing else moved.
        var expected = Self.conflicted().0
        _ = expected.set(.target(ItemID("r2")), to: "B")
        expected.conflicts = []
        #expect(agreement == expected)
    }

    @Test func takingTheRemovingSideRemovesTheItem() {
        var agreement = Fixtures.agreement(phase: .followUp)
        let path = ChangePath(["goalAreas", "g2", "rows", "r3", "log", "r3-l0"])
        let kept = ChangePath(["goalAreas", "g2", "rows", "r3", "log", "r3-l0"]).value(in: (try? JSONValue.of(agreement)) ?? .null)
        agreement.conflicts = [FieldConflict(kind: .changedAndRemoved, path: path, base: kept, a: kept, b: nil, recorded: "t")]
        let settled = agreement.settle(agreement.conflicts[0].id, taking: .b)
        #expect(settled)
        #expect(agreement.allRows.first { $0.id == ItemID("r3") }?.log.map(\.id) == [ItemID("r3-l1")])
        #expect(agreement.conflicts.isEmpty)
    }

    @Test func takingBackAnAmendmentCandidatePutsTheValueBefore() {
        var agreement = Fixtures.agreement(phase: .followUp)
        _ = agreement.set(.target(ItemID("r1")), to: "Endret fritt")
        let path = ChangePath(["goalAreas", "g1", "rows", "r1", "target"])
        agreement.conflicts = [FieldConflict(kind: .amendmentCandidate, path: path, base: .string("Mål"), a: .string("Endret fritt"), b: nil, recorded: "t")]
        let settled = agreement.settle(agreement.conflicts[0].id, taking: .b)
        #expect(settled)
        #expect(agreement.value(of: .target(ItemID("r1"))) == "Mål")
    }

    @Test func anUnknownConflictChangesNothing() {
        var (agreement, _) = Self.conflicted()
        let before = agreement
        let settled = agreement.settle(ItemID("knothere"), taking: .b)
        #expect(!settled)
        #expect(agreement == before)
    }

    @Test func editingTheFieldSettlesItsConflictAndOnlyThat() {
        let (before, _) = Self.conflicted()
        var other = before
        _ = other.set(.target(ItemID("r1")), to: "Noe annet")
        other.dropConflictsSettled(since: before)
        #expect(other.conflicts.count == 1)
        var edited = before
        _ = edited.set(.target(ItemID("r2")), to: "C")
        edited.dropConflictsSettled(since: before)
        #expect(edited.conflicts.isEmpty)
    }
}
