import AgreementUI
import Foundation

/// A key that makes the session busy on purpose, for the end-to-end test of signals during long
/// work (issue 14.7): with `LEDERAVTALE_TEST_BUSY_SECONDS=N` set, F12 spins the CPU for N seconds
/// without looking at signals, as a long loop would. Unset, F12 is an ordinary unbound key.
struct BusyKey {
    let seconds: Double

    static func fromEnvironment() -> BusyKey? {
        guard let text = ProcessInfo.processInfo.environment["LEDERAVTALE_TEST_BUSY_SECONDS"],
              let seconds = Double(text), seconds > 0 else { return nil }
        return BusyKey(seconds: min(seconds, 600))
    }

    func work(after key: Key) {
        guard key == .function(12) else { return }
        let clock = ContinuousClock()
        let end = clock.now + .milliseconds(Int(seconds * 1000))
        var spins = 0
        while clock.now < end { spins &+= 1 }
        if spins == -1 { print(spins) }
    }
}
