import AgreementKit
@testable import AgreementStore
import Foundation
import Testing

/// The public file written member by member, reusing the bytes of what did not change, is the
/// whole encoding's bytes after every kind of change — and a member the agreement gains and the
/// encoder does not know fails here.
@Suite("The public file encoded in parts")
struct AgreementFileEncoderTests {
    private static func expectWhole(_ encoder: AgreementFileEncoder, _ agreement: Agreement, _ what: String,
                                    sourceLocation: SourceLocation = #_sourceLocation) throws {
        let got = try encoder.encode(agreement.publicRecord, version: 9)
        let whole = try StoreCoding.encode(AgreementFile(version: 9, agreement: agreement.publicRecord))
        guard got != whole else { return }
        let at = zip(got, whole).prefix { $0 == $1 }.count
        let around = { (data: Data) in String(decoding: data.dropFirst(max(0, at - 60)).prefix(120), as: UTF8.self) }
        Issue.record("\(what): differs at byte \(at): whole «\(around(whole))» in parts «\(around(got))»", sourceLocation: sourceLocation)
    }

    @Test(arguments: 0..<80)
    func everyKindOfChangeGivesTheWholeEncodingsBytes(seed: UInt64) throws {
        var random = RandomAgreements(seed: seed)
        let encoder = AgreementFileEncoder()
        var agreement = random.agreement()
        try Self.expectWhole(encoder, agreement, "first write \(seed)")
        try Self.expectWhole(encoder, agreement, "unchanged \(seed)")
        agreement.conditions.contactComment = random.text()
        try Self.expectWhole(encoder, agreement, "a field of a member \(seed)")
        if !agreement.goalAreas.isEmpty {
            let at = random.int(0...(agreement.goalAreas.count - 1))
            agreement.goalAreas[at].title = random.text()
            try Self.expectWhole(encoder, agreement, "one goal area changed \(seed)")
            agreement.goalAreas[at].rows.append(random.row(year: agreement.header.year))
            try Self.expectWhole(encoder, agreement, "a row added \(seed)")
            agreement.goalAreas.remove(at: at)
            try Self.expectWhole(encoder, agreement, "a goal area removed \(seed)")
        }
        let other = random.agreement()
        agreement.goalAreas.insert(contentsOf: other.goalAreas.prefix(1), at: agreement.goalAreas.isEmpty ? 0 : random.int(0...agreement.goalAreas.count))
        try Self.expectWhole(encoder, agreement, "a goal area inserted \(seed)")
        agreement.checklist = other.checklist
        agreement.carriedFrom = agreement.carriedFrom == nil ? "enhet-1-2010" : nil
        agreement.template = agreement.template == nil ? other.template ?? TemplateLink(name: "mal", fingerprints: [:]) : nil
        try Self.expectWhole(encoder, agreement, "optional members in and out \(seed)")
        agreement.goalAreas = []
        agreement.amendments = other.amendments
        try Self.expectWhole(encoder, agreement, "lists emptied and filled \(seed)")
        try Self.expectWhole(encoder, other, "another agreement \(seed)")
        try Self.expectWhole(encoder, agreement, "the first again \(seed)")
    }

    @Test func theSamplesWrittenAfterOneAnother() throws {
        let encoder = AgreementFileEncoder()
        for agreement in try SampleCatalog.agreements() {
            try Self.expectWhole(encoder, agreement, agreement.id)
            var changed = agreement
            changed.header.leader += " «endret»"
            try Self.expectWhole(encoder, changed, "\(agreement.id), header changed")
        }
    }

    @Test func everyMemberOfTheAgreementIsKnownInTheFilesOrder() throws {
        var random = RandomAgreements(seed: 7)
        var agreement = random.agreement()
        agreement.carriedFrom = "enhet-1-2010"
        agreement.template = TemplateLink(name: "mal", fingerprints: [:])
        let whole = try StoreCoding.encode(AgreementFile(version: 9, agreement: agreement))
        let object = try #require(try JSONSerialization.jsonObject(with: whole) as? [String: Any])
        let members = try #require(object["agreement"] as? [String: Any])
        let keys = AgreementFileEncoder.Member.all.map(\.key)
        #expect(keys == members.keys.sorted { StoreJSONEncoder.compareBytes($0, $1) < 0 })
    }

    @Test func aStoreSavesTheBytesItWouldEncodeWhole() throws {
        let folder = TemporaryFolder()
        let store = AgreementStore(root: folder.path)
        var agreement = try #require(try SampleCatalog.agreements().first)
        for round in 0..<3 {
            agreement.goalAreas[round].midYearNote = "Runde \(round) æøå"
            try store.save(agreement)
            let onDisk = try LiveFileSystem().read(store.path(of: agreement.id), limit: 1 << 22)
            #expect(onDisk == (try StoreCoding.encode(AgreementFile(version: store.migration.currentVersion, agreement: agreement.publicRecord))))
        }
    }
}
