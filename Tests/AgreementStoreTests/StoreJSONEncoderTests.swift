import AgreementGenerator
import AgreementKit
@testable import AgreementStore
import Foundation
import Testing

/// The store's own JSON writer gives exactly `JSONEncoder`'s bytes (sorted keys, slashes as
/// they are), pretty and compact: on random agreements with hostile text and numbers, the
/// samples, generated agreements, the index, and values made to reach every corner.
@Suite("The store's JSON writer: JSONEncoder's bytes")
struct StoreJSONEncoderTests {
    static func foundation<T: Encodable>(_ value: T, pretty: Bool) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func ours<T: Encodable>(_ value: T, pretty: Bool) throws -> String {
        String(decoding: try StoreJSONEncoder.encode(value, pretty: pretty), as: UTF8.self)
    }

    static func expectSame<T: Encodable>(_ value: T, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        for pretty in [true, false] {
            let expected = try foundation(value, pretty: pretty), got = try ours(value, pretty: pretty)
            guard expected != got else { continue }
            let at = zip(expected.utf8, got.utf8).prefix { $0 == $1 }.count
            Issue.record("\(what), \(pretty ? "pretty" : "compact"): differs at byte \(at): JSONEncoder «\(expected.utf8.dropFirst(max(0, at - 40)).prefix(80).map { String(UnicodeScalar($0)) }.joined())» ours «\(got.utf8.dropFirst(max(0, at - 40)).prefix(80).map { String(UnicodeScalar($0)) }.joined())»",
                         sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: 0..<150)
    func randomAgreements(seed: UInt64) throws {
        var random = RandomAgreements(seed: seed)
        let agreement = random.agreement()
        try Self.expectSame(AgreementFile(version: 9, agreement: agreement.publicRecord), "agreement \(seed)")
        try Self.expectSame(PrivateFile(version: 9, agreementID: agreement.id, personalGoals: agreement.personalGoals,
                                        amendmentReasons: agreement.confidentialReasons, leaderAssessment: agreement.leaderAssessment),
                            "private file \(seed)")
        try Self.expectSame(AgreementSummary(agreement), "summary \(seed)")
    }

    @Test func theSamplesTheirWheelsAndPlans() throws {
        for agreement in try SampleCatalog.agreements() {
            try Self.expectSame(AgreementFile(version: 9, agreement: agreement.publicRecord), agreement.id)
            try Self.expectSame(agreement, "\(agreement.id) whole")
        }
        for wheel in try SampleCatalog.wheels() { try Self.expectSame(wheel, "wheel") }
        for plan in try SampleCatalog.plans() { try Self.expectSame(plan, "plan") }
    }

    @Test func aGeneratedStoreItsIndexAndHistory() throws {
        let folder = TemporaryFolder()
        let store = AgreementStore(root: folder.path)
        try StoreGenerator(count: 16, seed: 7).write(to: store)
        let list = try store.list()
        #expect(list.summaries.count == 16)
        for summary in list.summaries {
            let agreement = try store.load(summary.id)
            try Self.expectSame(AgreementFile(version: 9, agreement: agreement.publicRecord), summary.id)
            try Self.expectSame(HistoryFile(agreementID: summary.id, changes: try store.history(of: summary.id)), "history of \(summary.id)")
        }
        var index = StoreIndex()
        for (n, summary) in list.summaries.enumerated() {
            index.entries[summary.id] = StoreIndex.Entry(stamp: FileStamp(size: Int64(n), modifiedNanoseconds: -1, inode: .max), summary: summary)
        }
        try Self.expectSame(index, "index")
    }

    /// Numbers, text and shapes the store's types may not hold today.
    struct Corners: Encodable {
        var doubles: [Double] = [0, 1, -1, 0.1, 2.5, 1e-7, 1e21, 1e300, -0.0, 123456789012345678, 5e-324, 1.7976931348623157e308, 100, 0.30000000000000004]
        var floats: [Float] = [0.1, 1, 3.4e38, 1e-45]
        var integers: [Int] = [0, -1, Int.min, Int.max]
        var unsigned: UInt64 = .max
        var small: Int8 = -128
        var text = "x\u{0}\u{1}\u{8}\u{9}\u{a}\u{b}\u{c}\u{d}\u{1f}\"\\/\u{7f}\u{80}\u{2028}\u{2029}é👩‍👩‍👧"
        var byName: [String: Int] = ["ø": 1, "a": 2, "Z": 3, "å": 4, "æ": 5, "": 6, "ab": 7, "a\u{0}": 8]
        var byNumber: [Int: String] = [10: "ti", 2: "to", -1: "minus"]
        var nested: [[[String: [Int]]]] = [[], [[:]], [["k": []]]]
        var missing: Int?
        var present: Int? = 0
        var empty = Empty()
        var flag = true
    }

    struct Empty: Encodable {}

    /// A hand-written encoding: nil written out, a key given twice, nested and super encoders.
    struct HandWritten: Encodable {
        enum Keys: String, CodingKey { case a, b, c, inner, list, `super` }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encodeNil(forKey: .a)
            try container.encode(1, forKey: .b)
            try container.encode(2, forKey: .b)
            var inner = container.nestedContainer(keyedBy: Keys.self, forKey: .inner)
            try inner.encode("x", forKey: .c)
            var list = container.nestedUnkeyedContainer(forKey: .list)
            try list.encode(1.5)
            try list.encodeNil()
            var deeper = list.nestedUnkeyedContainer()
            try deeper.encode(true)
            var object = list.nestedContainer(keyedBy: Keys.self)
            try object.encode(false, forKey: .a)
            try Empty().encode(to: container.superEncoder())
            var single = container.superEncoder(forKey: .c).singleValueContainer()
            try single.encode("super c")
        }
    }

    @Test func cornersOfNumbersTextAndShapes() throws {
        try Self.expectSame(Corners(), "corners")
        try Self.expectSame(HandWritten(), "hand-written")
        try Self.expectSame([Corners()], "in an array")
        try Self.expectSame("top-level string", "a string alone")
        try Self.expectSame([Int](), "an empty array alone")
        try Self.expectSame(Empty(), "an empty object alone")
    }

    @Test func keysAreOrderedByTheirBytes() throws {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", "b", "Z", "æ", "ø", "å", "é", "ab", "", "\u{0}", "~", "a\u{0}", "🙂", "Å"]
        func word() -> String { (0..<Int.random(in: 0...3, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined() }
        for _ in 0..<5_000 {
            let a = word(), b = word()
            let order = StoreJSONEncoder.compareBytes(a, b)
            #expect((order < 0) == a.utf8.lexicographicallyPrecedes(b.utf8), "\(a.debugDescription) before \(b.debugDescription)")
            #expect((order == 0) == a.utf8.elementsEqual(b.utf8), "\(a.debugDescription) equal to \(b.debugDescription)")
        }
        let keys = Dictionary(uniqueKeysWithValues: pieces.enumerated().map { ($0.element, $0.offset) })
        try Self.expectSame(keys, "keys in byte order")
    }

    @Test func aCharacterToEscapeIsEscapedAtEveryPlace() throws {
        // The writer passes plain text eight bytes at a time: each special at each place of
        // strings up to three words long, among ASCII and æøå.
        for length in 0...24 {
            for place in 0..<max(length, 1) {
                for special in ["\"", "\\", "\n", "\u{1}", "\u{1f}", "\t", "\u{7f}", "æ", " "] {
                    var characters = Array(String(repeating: length % 2 == 0 ? "a" : "ø", count: length))
                    if place < characters.count { characters[place] = Character(special) } else { characters = Array(special) }
                    try Self.expectSame([String(characters)], "\(special.debugDescription) at \(place) of \(length)")
                }
            }
        }
    }

    /// One level of a deep value: a name, a list and the level below.
    final class Level: Encodable {
        let name: String
        let list: [Int]
        let inner: Level?
        init(depth: Int) {
            name = "nivå \(depth)"
            list = depth % 2 == 0 ? [depth] : []
            inner = depth == 0 ? nil : Level(depth: depth - 1)
        }
    }

    @Test func deepNestingIsIndentedAsJSONEncoderIndentsIt() throws {
        // Deeper than the run of spaces the writer copies at a time (32 levels).
        try Self.expectSame(Level(depth: 45), "46 levels deep")
    }

    @Test func numbersJSONCannotHoldAreRefusedAsJSONEncoderRefusesThem() {
        for value in [Double.nan, .infinity, -.infinity] {
            #expect(throws: EncodingError.self) { try StoreJSONEncoder.encode(["v": value], pretty: true) }
            #expect(throws: EncodingError.self) { try Self.foundation(["v": value], pretty: true) }
        }
    }
}
