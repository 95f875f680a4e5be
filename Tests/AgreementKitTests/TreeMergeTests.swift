import AgreementKit
import Testing

@Suite("The three-way merge of JSON trees by id")
struct TreeMergeTests {
    private func item(_ id: String, _ text: String) -> JSONValue { .object(["id": .string(id), "text": .string(text)]) }
    private func ids(_ value: JSONValue?) -> [String] { value?.elements?.compactMap(\.itemID) ?? [] }

    @Test func aValueChangedOnOneSideTakesThatSide() {
        let base: JSONValue = .object(["a": .string("1"), "b": .string("1")])
        let ours: JSONValue = .object(["a": .string("2"), "b": .string("1")])
        let theirs: JSONValue = .object(["a": .string("1"), "b": .string("3")])
        let (merged, conflicts) = TreeMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(merged == .object(["a": .string("2"), "b": .string("3")]))
        #expect(conflicts.isEmpty)
    }

    @Test func aValueChangedDifferentlyOnBothSidesIsAConflictAndKeepsOurs() {
        let base: JSONValue = .object(["target": .string("old")])
        let (merged, conflicts) = TreeMerge.merge(base: base, ours: .object(["target": .string("A")]), theirs: .object(["target": .string("B")]))
        #expect(merged == .object(["target": .string("A")]))
        #expect(conflicts == [TreeConflict(path: ChangePath(["target"]), base: .string("old"), ours: .string("A"), theirs: .string("B"))])
    }

    @Test func itemsAddedOnBothSidesAreAllKept() {
        let base: JSONValue = .array([item("x", "x")])
        let ours: JSONValue = .array([item("x", "x"), item("a1", "a")])
        let theirs: JSONValue = .array([item("x", "x"), item("b1", "b")])
        let (merged, conflicts) = TreeMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(ids(merged) == ["x", "a1", "b1"])
        #expect(conflicts.isEmpty)
        // The other side merging gets the same order.
        #expect(ids(TreeMerge.merge(base: base, ours: theirs, theirs: ours).value) == ["x", "a1", "b1"])
    }

    @Test func editsOfOneItemOnBothSidesMergeFieldByField() {
        let base: JSONValue = .array([.object(["id": "m", "text": "t", "date": "2011-01-01"])])
        let ours: JSONValue = .array([.object(["id": "m", "text": "ny tekst", "date": "2011-01-01"])])
        let theirs: JSONValue = .array([.object(["id": "m", "text": "t", "date": "2011-02-02"])])
        let (merged, conflicts) = TreeMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(merged == .array([.object(["id": "m", "text": "ny tekst", "date": "2011-02-02"])]))
        #expect(conflicts.isEmpty)
    }

    @Test func anItemRemovedOnOneSideAndChangedOnTheOtherIsKeptAndReported() {
        let base: JSONValue = .array([item("m", "t"), item("n", "u")])
        let ours: JSONValue = .array([item("n", "u")])
        let theirs: JSONValue = .array([item("m", "endret"), item("n", "u")])
        let (merged, conflicts) = TreeMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(ids(merged) == ["m", "n"])
        #expect(conflicts.count == 1)
        #expect(conflicts.first?.path == ChangePath(["m"]))
        #expect(conflicts.first?.ours == nil)
        #expect(conflicts.first?.theirs == item("m", "endret"))
    }

    @Test func anItemRemovedOnOneSideAndUntouchedOnTheOtherIsGone() {
        let base: JSONValue = .array([item("m", "t"), item("n", "u")])
        let (merged, conflicts) = TreeMerge.merge(base: base, ours: .array([item("n", "u")]), theirs: base)
        #expect(ids(merged) == ["n"])
        #expect(conflicts.isEmpty)
    }

    @Test func theOrderFollowsTheSideThatReordered() {
        let base: JSONValue = .array([item("a", "1"), item("b", "2"), item("c", "3")])
        let ours: JSONValue = .array([item("c", "3"), item("a", "1"), item("b", "2")])
        let theirs: JSONValue = .array([item("a", "1"), item("b", "endret"), item("c", "3"), item("d", "4")])
        let merged = TreeMerge.merge(base: base, ours: ours, theirs: theirs).value
        // d follows c, as it did on its own side; b keeps the other side's edit.
        #expect(ids(merged) == ["c", "d", "a", "b"])
        #expect(merged?.elements?[3] == item("b", "endret"))
        #expect(ids(TreeMerge.merge(base: base, ours: theirs, theirs: ours).value) == ["c", "d", "a", "b"])
    }

    @Test func recordsFromBothSidesAreKeptOnceEachInDateOrder() {
        func signOff(_ date: String, _ name: String) -> JSONValue { .object(["date": .string(date), "name": .string(name)]) }
        let base: JSONValue = .array([signOff("2011-01-10", "Leder")])
        let ours: JSONValue = .array([signOff("2011-01-10", "Leder"), signOff("2011-03-01", "Kontakt")])
        let theirs: JSONValue = .array([signOff("2011-01-10", "Leder"), signOff("2011-02-01", "Rådmann"), signOff("2011-03-01", "Kontakt")])
        let merged = TreeMerge.merge(base: base, ours: ours, theirs: theirs).value
        #expect(merged == .array([signOff("2011-01-10", "Leder"), signOff("2011-02-01", "Rådmann"), signOff("2011-03-01", "Kontakt")]))
    }

    @Test func pathsReadAndWriteByIDAndEscapeSlashes() {
        let tree: JSONValue = .object(["goalAreas": .array([.object(["id": "g/1", "title": "T"])])])
        let path = ChangePath(["goalAreas", "g/1", "title"])
        #expect(path.description == "goalAreas/g~11/title")
        #expect(ChangePath(text: path.description) == path)
        #expect(path.value(in: tree) == .string("T"))
        #expect(path.setting(.string("U"), in: tree).flatMap(path.value(in:)) == .string("U"))
        #expect(ChangePath(["goalAreas", "g/1"]).setting(nil, in: tree) == .object(["goalAreas": .array([])]))
    }
}

extension JSONValue: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
}
