import AgreementStore
import AgreementUI
import Foundation
import TerminalCurses

/// Ends a session that a quit signal (SIGHUP, SIGTERM, SIGQUIT, SIGINT) finds stuck in long work:
/// a thread of its own waits for the signal; if the loop has not taken it within `grace`, the
/// thread keeps the draft of the last state the loop published (a half-typed form included),
/// then ends the process from the signal side (terminal restored, lock removed). The C watchdog
/// (SIGALRM, 3 s) stays behind it in case this thread cannot finish.
final class QuitWatchdog: @unchecked Sendable {
    private let lock = NSLock()
    /// The state before the key being worked on, when a form is open (nil otherwise).
    private var published: AppState?
    /// Whether `published` holds a state (read and written by the loop only).
    private var publishedForm = false
    /// Set by whichever side handles the signal first: the loop or this thread.
    private var handled = false

    /// Starts the thread; `keep` writes a state's draft (the store, or a fallback place).
    init(grace: Duration, keep: @escaping @Sendable (AppState) -> Void) {
        Thread.detachNewThread { [self] in
            guard let signal = TerminalSignals.waitForQuitSignal() else { return }
            Thread.sleep(forTimeInterval: Double(grace.components.seconds) + Double(grace.components.attoseconds) / 1e18)
            lock.lock()
            guard !handled else {
                lock.unlock()
                return
            }
            handled = true
            let state = published
            lock.unlock()
            if let state {
                TerminalSignals.extendGracePeriod(seconds: 10)
                keep(state)
            }
            TerminalSignals.emergencyExit(signal)
        }
    }

    /// Called by the loop before it works on a key: what a draft would be kept from.
    /// Only whether a form is open is looked at (cheap): the draft itself is made if the signal
    /// comes. Without a form before or now, the lock is not taken at all.
    func publish(_ state: AppState) {
        let formOpen = state.hasOpenForm
        guard formOpen || publishedForm else { return }
        lock.lock()
        published = formOpen ? state : nil
        lock.unlock()
        publishedForm = formOpen
    }

    /// Called by the loop when it takes a quit signal itself: false when this thread is already
    /// ending the process (the loop then waits for that instead of keeping the draft twice).
    func loopTakesSignal() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if handled { return false }
        handled = true
        return true
    }
}
