import AgreementUI
import Foundation

/// The one sync that may run beside the interface: git works on a thread of its own while the
/// loop goes on reading keys and drawing (curses only ever from the main thread), and the loop
/// takes the answer when it is there.
final class BackgroundSync: @unchecked Sendable {
    private let lock = NSLock()
    private var answer: Message?
    private var running = false
    private let ended = DispatchGroup()
    private let queue = DispatchQueue(label: "lederavtale.sync")

    /// True from `start` until the loop has taken the answer.
    var isRunning: Bool {
        lock.lock()
        defer { lock.unlock() }
        return running
    }

    /// Runs `work` on the sync's own thread; false (and nothing started) when a sync runs already.
    @discardableResult
    func start(_ work: @escaping @Sendable () -> Message) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard !running else { return false }
        running = true
        answer = nil
        queue.async(group: ended) { [self] in
            let message = work()
            lock.lock()
            answer = message
            lock.unlock()
        }
        return true
    }

    /// The answer of a sync that has ended, once; nil while it runs or when none ran.
    func take() -> Message? {
        lock.lock()
        defer { lock.unlock() }
        guard let answer else { return nil }
        self.answer = nil
        running = false
        return answer
    }

    /// Waits for a running sync to end (on quit: git is not stopped halfway through a merge).
    func waitUntilDone() {
        ended.wait()
    }
}
