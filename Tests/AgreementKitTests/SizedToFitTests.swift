import AgreementKit
import Testing

/// `sizedToFit` copies what appending grew by doubling into an array of its own size.
@Suite("Arrays sized to fit")
struct SizedToFitTests {
    @Test func aGrownArrayIsCopiedToItsSize() {
        // Appended until the room has just been doubled (at least half of it empty).
        var grown: [Int] = []
        repeat { grown.append(grown.count) } while grown.count < 100 || grown.capacity < grown.count * 3 / 2
        let fitted = grown.sizedToFit
        #expect(fitted == grown)
        #expect(fitted.capacity < grown.capacity && fitted.capacity <= grown.count + 4, "\(fitted.capacity) for \(grown.count)")
        let shared = grown.withUnsafeBufferPointer { $0.baseAddress } == fitted.withUnsafeBufferPointer { $0.baseAddress }
        #expect(!shared, "a copy, not the same buffer")
    }

    @Test func anArrayOfItsSizeIsKept() {
        let exact = Array(0..<10).sizedToFit
        let again = exact.sizedToFit
        #expect(again == exact && again.capacity <= exact.count + 4, "\(again.capacity) for \(exact.count)")
        // With no room to spare it is the same buffer. (The room malloc rounds a request up to can
        // differ from one allocation to the next while other tests run: only this is certain.)
        if exact.capacity == exact.count {
            #expect(again.withUnsafeBufferPointer { $0.baseAddress } == exact.withUnsafeBufferPointer { $0.baseAddress })
        }
        #expect([String]().sizedToFit.isEmpty)
        let words = ["æ", "ø", "å"].sizedToFit
        #expect(words == ["æ", "ø", "å"])
    }
}
