import AgreementKit
@testable import AgreementStore
import Foundation
import Testing

@Suite("The store's own facts (store.json)")
struct StoreFactsTests {
    @Test func theSampleStoreCarriesItsOwnDateAndIsNotAnAgreement() throws {
        let folder = TemporaryFolder()
        let store = AgreementStore(root: folder.path + "/lager")
        _ = try store.installSamples()
        #expect(try store.facts() == StoreFacts(asOf: LocalDate(year: 2011, month: 9, day: 15)))
        #expect(try store.list().summaries.map(\.id).sorted() == ["eide-barneskole-2013", "hoeggen-skole-2011"], "store.json is not an agreement")
        #expect(try store.check().isClean)
    }

    @Test func aStoreWithoutTheFileHasNoDateAndABrokenOneIsNamed() throws {
        let folder = TemporaryFolder()
        let store = AgreementStore(root: folder.path)
        #expect(try store.facts() == StoreFacts())
        folder.write("store.json", "{\n  \"asOf\" : \"2011-02-30\",\n  \"version\" : 1\n}\n")
        let error = try #require(throws: StoreError.self) { try store.facts() }
        #expect(error.line == 2)
        #expect(!(try store.check().isClean))
    }
}
