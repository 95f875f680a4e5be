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

    @Test func keysWithEscapesAreTheKeysTheySpell() throws {
        let index = randomIndex(seed: 11, count: 2)
        let json = String(decoding: try StoreCoding.encodeCompact(index), as: UTF8.self)
        let escaped = json.replacingOccurrences(of: "\"unit\":", with: #""\u0075nit":"#)
            .replacingOccurrences(of: "\"modifiedNanoseconds\":", with: #""modified\u004eanoseconds":"#)
        #expect(escaped != json)
        #expect(IndexReader.read(Data(escaped.utf8)) == index)
        #expect(streamed(Data(escaped.utf8), piece: 7) == index)
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

    // MARK: read as it comes (IndexStream)

    /// The index read by `IndexStream` from `data` handed over in pieces of `piece` bytes.
    private func streamed(_ data: Data, piece: Int) -> StoreIndex? {
        var stream = IndexStream(size: data.count)
        data.withUnsafeBytes { raw in
            var start = 0
            while start < raw.count {
                let end = min(raw.count, start + piece)
                stream.feed(UnsafeRawBufferPointer(rebasing: raw[start..<end]))
                start = end
            }
        }
        return stream.finish()
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func theStreamReadsWhatTheWholeReaderReadsInPiecesOfAnySize(seed: UInt64) throws {
        let index = randomIndex(seed: seed, count: 9)
        for data in [try StoreCoding.encodeCompact(index), try StoreCoding.encode(index), try StoreCoding.encodeCompact(StoreIndex())] {
            for piece in [1, 2, 7, 64, 4096, data.count] {
                #expect(streamed(data, piece: piece) == IndexReader.read(data), "pieces of \(piece) bytes")
            }
        }
        #expect(streamed(try StoreCoding.encodeCompact(index), piece: 5) == index)
    }

    @Test func theStreamFindsEachEntrysEndPastBracesQuotesAndBackslashesInItsStrings() throws {
        var index = randomIndex(seed: 21, count: 3)
        let ids = index.entries.keys.sorted()
        index.entries[ids[0]]?.summary.unit = #"}{ ][ "} \" \\ , :"#
        index.entries[ids[1]]?.summary.leader = "\\\"}"
        // An id with the same characters: the reader takes any string as the key.
        let odd = #"a}"{[\"#
        index.entries[odd] = index.entries[ids[2]]
        let data = try StoreCoding.encodeCompact(index)
        for piece in [1, 3, 11, 100] {
            #expect(streamed(data, piece: piece) == index, "pieces of \(piece) bytes")
        }
    }

    @Test func theStreamGivesTheWholeReadersVerdictOnDamagedFiles() throws {
        let data = Array(try StoreCoding.encodeCompact(randomIndex(seed: 23, count: 3)))
        var random = SystemRandomNumberGenerator()
        let bytes = Array(#"{}[],:"\ 0a-"#.utf8)
        var accepted = 0
        for round in 0..<400 {
            var damaged = data
            let at = Int.random(in: 0..<damaged.count, using: &random)
            switch round % 3 {
            case 0: damaged[at] = bytes.randomElement(using: &random)!
            case 1: damaged.remove(at: at)
            default: damaged.insert(bytes.randomElement(using: &random)!, at: at)
            }
            let whole = IndexReader.read(Data(damaged))
            if whole != nil { accepted += 1 }
            let piece = Int.random(in: 1...200, using: &random)
            #expect(streamed(Data(damaged), piece: piece) == whole,
                    "byte \(at) of \(data.count), \(round % 3 == 0 ? "changed" : round % 3 == 1 ? "removed" : "added"), pieces of \(piece)")
        }
        #expect(accepted > 0, "some damage leaves a readable index (white space, a digit), so both paths are compared on both verdicts")
        for length in stride(from: 0, to: data.count - 1, by: 5) {
            #expect(streamed(Data(data.prefix(length)), piece: 13) == nil, "a cut at \(length) was accepted")
        }
        for text in ["", "{", #"{"entries":{}}"#, #"{"entries":{},"version":4}{}"#, #"{"entries":{,},"version":4}"#,
                     #"{"entries":{"a":5},"version":4}"#, #"{"entries":{"a":[]},"version":4}"#, #"{"entries":{} ,"version":4} "#] {
            #expect(streamed(Data(text.utf8), piece: 2) == IndexReader.read(Data(text.utf8)), "\(text)")
        }
    }

    @Test func anEntryLongerThanManyPiecesIsReadOnceWhole() throws {
        var index = randomIndex(seed: 25, count: 3)
        let id = try #require(index.entries.keys.sorted().first)
        index.entries[id]?.summary.unit = String(repeating: "æøå \\\"}{ ", count: 40_000)
        let data = try StoreCoding.encodeCompact(index)
        #expect(data.count > 400_000)
        #expect(streamed(data, piece: 64 * 1024) == index)
        #expect(streamed(data, piece: 4096) == index)
    }

    /// An entry's key is its summary's id string when the two are equal; a key that differs (a hand-edited
    /// index) is kept as it is, read whole or streamed, as `JSONDecoder` reads it.
    @Test func aKeyUnlikeItsSummarysIdIsKept() throws {
        var index = randomIndex(seed: 4, count: 3)
        let id = try #require(index.entries.keys.sorted().first)
        index.entries["annen-nøkkel-2011"] = index.entries[id]
        let data = try StoreCoding.encodeCompact(index)
        let read = try #require(IndexReader.read(data))
        #expect(read == index)
        #expect(read == (try StoreCoding.decode(StoreIndex.self, from: data)))
        #expect(read.entries["annen-nøkkel-2011"]?.summary.id == id)
        #expect(streamed(data, piece: 4096) == index)
    }

    /// The overview's lines made from summaries given up one by one are the lines of each summary, in order.
    @Test(arguments: [0, 1, 2, 17] as [Int])
    func theOverviewsLinesKeepTheSummariesOrder(count: Int) throws {
        var random = RandomAgreements(seed: UInt64(count) + 40)
        let summaries = (0..<count).map { n in
            var agreement = random.agreement()
            agreement.id = "enhet-\(n)-\(agreement.header.year)"
            return AgreementSummary(agreement)
        }
        let date = try #require(LocalDate(year: 2011, month: 9, day: 15))
        let expected = summaries.map { $0.overviewRow(on: date, dates: StepDates()) }
        let copy = summaries
        #expect(AgreementSummary.overviewRows(consume copy, on: date, dates: StepDates()) == expected)
        #expect(expected.map(\.id) == summaries.map(\.id))
    }
}
