import AgreementKit
import Testing

/// `sizedToFit` copies what appending grew by doubling into an array of its own size.
@Suite("Arrays sized to fit")
struct SizedToFitTests {
    @Test func aGrownArrayIsCopiedToItsSize() {
        var grown: [Int] = []
        for i in 0..<1_025 { grown.append(i) }
        #expect(grown.capacity >= 1_500, "appending doubled the room: \(grown.capacity)")
        let fitted = grown.sizedToFit
        #expect(fitted == grown)
        #expect(fitted.capacity < 1_100, "\(fitted.capacity)")
        let shared = grown.withUnsafeBufferPointer { $0.baseAddress } == fitted.withUnsafeBufferPointer { $0.baseAddress }
        #expect(!shared, "a copy, not the same buffer")
    }

    @Test func anArrayOfItsSizeIsKept() {
        let exact = Array(0..<10).sizedToFit
        #expect(exact.sizedToFit == exact && exact.sizedToFit.capacity == exact.capacity)
        #expect([String]().sizedToFit.isEmpty)
        let words = ["æ", "ø", "å"].sizedToFit
        #expect(words == ["æ", "ø", "å"])
    }
}
