import AgreementGenerator
import AgreementKit
@testable import AgreementStore
import Foundation
import Testing

/// `JSONValue.of` takes the value's `EncodingTree` instead of writing JSONEncoder's bytes and
/// decoding them: it must give exactly the tree the round trip gives — on random agreements and
/// their parts, the samples, a generated store, numbers, text and shapes at their corners, and
/// the types JSONEncoder writes its own way.
@Suite("JSONValue.of: the round trip's tree without the bytes")
struct JSONValueTreeTests {
    static func expectSame<T: Encodable>(_ value: T, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let expected = try JSONValue.roundTrip(value), got = try JSONValue.of(value)
        if expected != got {
            Issue.record("\(what): round trip «\(expected.canonicalText.prefix(300))» tree «\(got.canonicalText.prefix(300))»",
                         sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: 0..<100)
    func randomAgreementsAndTheirParts(seed: UInt64) throws {
        var random = RandomAgreements(seed: seed)
        let agreement = random.agreement()
        try Self.expectSame(agreement, "agreement \(seed)")
        try Self.expectSame(agreement.goalAreas, "goal areas \(seed)")
        try Self.expectSame(agreement.personalGoals, "personal goals \(seed)")
        for area in agreement.goalAreas { try Self.expectSame(area, "goal area \(area.id.rawValue) of \(seed)") }
    }

    @Test func theSamplesAndAGeneratedStore() throws {
        for agreement in try SampleCatalog.agreements() { try Self.expectSame(agreement, agreement.id) }
        for wheel in try SampleCatalog.wheels() { try Self.expectSame(wheel, "wheel") }
        let folder = TemporaryFolder()
        let store = AgreementStore(root: folder.path)
        try StoreGenerator(count: 6, seed: 11).write(to: store)
        for summary in try store.list().summaries {
            try Self.expectSame(try store.load(summary.id), summary.id)
            try Self.expectSame(summary, "summary of \(summary.id)")
        }
    }

    @Test func cornersOfNumbersTextAndShapes() throws {
        try Self.expectSame(StoreJSONEncoderTests.Corners(), "corners")
        try Self.expectSame(StoreJSONEncoderTests.HandWritten(), "hand-written")
        try Self.expectSame("a string alone", "a string alone")
        try Self.expectSame(StoreJSONEncoderTests.Empty(), "an empty object alone")
        try Self.expectSame([1e15, 1e16, 1e21, -1e-7, 4.5e15], "numbers written with an exponent")
        try Self.expectSame([Int64.max, Int64.min], "the widest integers")
    }

    /// Data, URLs and decimals: JSONEncoder writes them its own way, so they go through its bytes.
    struct FoundationTypes: Encodable {
        var data = Data([0, 1, 2, 255])
        var url = URL(fileURLWithPath: "/tmp/a b")
        var decimal = Decimal(string: "12.50") ?? 0
        var date = Date(timeIntervalSinceReferenceDate: 12.5)
        var nested: [String: Data] = ["x": Data("æøå".utf8)]
    }

    @Test func typesJSONEncoderWritesItsOwnWay() throws {
        try Self.expectSame(FoundationTypes(), "data, URL, decimal and date")
        try Self.expectSame([FoundationTypes()], "in an array")
        #expect(throws: EncodingTree.NeedsFoundation.self) { try EncodingTree.of(FoundationTypes()) }
        try StoreJSONEncoderTests.expectSame(FoundationTypes(), "the store writes them as JSONEncoder does")
    }

    @Test func numbersJSONCannotHoldAreRefusedAsTheRoundTripRefusesThem() {
        for value in [Double.nan, .infinity] {
            #expect(throws: EncodingError.self) { try JSONValue.of(["v": value]) }
            #expect(throws: EncodingError.self) { try JSONValue.roundTrip(["v": value]) }
        }
    }

    /// A value that writes down the coding path its encoder gives it.
    final class PathProbe: Encodable, @unchecked Sendable {
        var seen: [[String]] = []
        func encode(to encoder: any Encoder) throws {
            seen.append(encoder.codingPath.map(\.stringValue))
            var container = encoder.singleValueContainer()
            try container.encode(1)
        }
    }

    struct Nest<Inner: Encodable>: Encodable {
        var outer: [String: [Inner]]
    }

    @Test func aValueDeepInsideIsToldItsPathOfKeys() throws {
        let probe = PathProbe()
        _ = try EncodingTree.of(Nest(outer: ["area": [probe]]))
        _ = try EncodingTree.of(["top": probe])
        #expect(probe.seen == [["outer", "area"], ["top"]])
    }
}
