import AgreementKit
import Testing

@Suite("The time reference: one date for deadlines")
struct TimeReferenceTests {
    let real = LocalDate(year: 2026, month: 11, day: 30)!
    let store = LocalDate(year: 2011, month: 9, day: 15)!

    @Test func theOptionWinsThenTheEnvironmentThenTheStoreThenTheRealDate() throws {
        #expect(try TimeReference.resolve(option: "2011-06-30", environment: "2011-01-01", storeDate: store, real: real)
                == TimeReference(date: LocalDate(year: 2011, month: 6, day: 30)!, source: .option))
        #expect(try TimeReference.resolve(option: nil, environment: "01.02.2012", storeDate: store, real: real)
                == TimeReference(date: LocalDate(year: 2012, month: 2, day: 1)!, source: .environment))
        #expect(try TimeReference.resolve(option: nil, environment: "", storeDate: store, real: real) == TimeReference(date: store, source: .store))
        let realOne = try TimeReference.resolve(option: nil, environment: nil, storeDate: nil, real: real)
        #expect(realOne == TimeReference(date: real, source: .real) && !realOne.isFixed)
    }

    @Test func aDateThatIsNotOneIsRefused() {
        #expect(throws: TimeReference.InvalidDate(text: "i morgen")) { try TimeReference.resolve(option: "i morgen", environment: nil, storeDate: nil, real: real) }
        #expect(throws: TimeReference.InvalidDate(text: "2011-02-30")) { try TimeReference.resolve(option: "2011-02-30", environment: nil, storeDate: nil, real: real) }
    }
}
