import AgreementKit
@testable import AgreementStore
import Foundation
import Testing

@Suite("The index read from its bytes: the same index JSONDecoder makes, or nil")
struct IndexReaderTests {
    /// An index of random agreements (hostile and Norwegian text, plan links, improvement plans, schedules).
    private func randomIndex(seed: UInt64, count: Int) -> StoreIndex {
        var random = RandomAgreements(seed: seed)
        var index = StoreIndex()
        for n in 0..<count {
            var agreement = random.agreement()
            agreement.id = "enhet-\(n)-\(agreement.header.year)"
            let stamp = FileStamp(size: Int64(random.int(0...Int(Int32.max))), modifiedNanoseconds: Int64(random.int(-5...Int.max)),
                                  inode: UInt64(random.int(0...Int.max)) &* 3)
            index.entries[agreement.id] = StoreIndex.Entry(stamp: stamp, summary: AgreementSummary(agreement))
        }
        return index
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func readsWhatTheStoreWritesCompactAndPretty(seed: UInt64) throws {
        let index = randomIndex(seed: seed, count: 12)
        for data in [try StoreCoding.encodeCompact(index), try StoreCoding.encode(index)] {
            let read = try #require(IndexReader.read(data), "the reader refused an index the store wrote")
            #expect(read == index)
            #expect(read == (try StoreCoding.decode(StoreIndex.self, from: data)))
        }
    }

    @Test func readsEscapesAsJSONDecoderDoes() throws {
        var index = randomIndex(seed: 9, count: 1)
        let id = try #require(index.entries.keys.first)
        index.entries[id]?.summary.unit = "Plain unit"
        let json = String(decoding: try StoreCoding.encodeCompact(index), as: UTF8.self)
        // A unit written with every kind of escape a JSON writer may use.
        let escaped = json.replacingOccurrences(of: "\"unit\":\"Plain unit\"",
                                                with: #""unit":"\u00e6\u00F8\/\"\\\b\f\n\r\t\ud83d\ude00 A""#)
        #expect(escaped != json)
        let data = Data(escaped.utf8)
        let read = try #require(IndexReader.read(data))
        #expect(read.entries[id]?.summary.unit == "æø/\"\\\u{8}\u{c}\n\r\t😀 A")
        #expect(read == (try StoreCoding.decode(StoreIndex.self, from: data)))
        index.entries[id]?.summary.unit = "æø/\"\\\u{8}\u{c}\n\r\t😀 A"
        #expect(read == index)
    }

    @Test func anotherVersionOrAMissingKeyGivesNil() throws {
        let index = randomIndex(seed: 11, count: 3)
        let json = String(decoding: try StoreCoding.encodeCompact(index), as: UTF8.self)
        #expect(IndexReader.read(Data(json.utf8)) != nil)
        #expect(IndexReader.read(Data(json.replacingOccurrences(of: "\"version\":\(StoreIndex.version)", with: "\"version\":\(StoreIndex.version - 1)").utf8)) == nil)
        #expect(IndexReader.read(Data(json.replacingOccurrences(of: "\"leader\":", with: "\"leder\":").utf8)) == nil)
        #expect(IndexReader.read(Data(json.replacingOccurrences(of: "\"phase\":\"", with: "\"phase\":\"x").utf8)) == nil)
        #expect(IndexReader.read(Data((json + "{}").utf8)) == nil)
    }

    @Test func everyCutOfTheFileGivesNilWithoutACrash() throws {
        let data = try StoreCoding.encodeCompact(randomIndex(seed: 13, count: 2))
        // Cutting the final newline leaves the index whole; every shorter cut breaks it.
        for length in stride(from: 0, to: data.count - 1, by: 7) {
            #expect(IndexReader.read(data.prefix(length)) == nil, "a cut at \(length) of \(data.count) bytes was accepted")
        }
        #expect(IndexReader.read(Data("[1,2]".utf8)) == nil)
        #expect(IndexReader.read(Data("{\"entries\":{\"a\":{\"stamp\":{\"size\":99999999999999999999}}}}".utf8)) == nil)
    }
}
