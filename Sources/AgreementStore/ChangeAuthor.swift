import AgreementKit
import Foundation

/// Who the store records as making its saves, and the clock it reads: the person's name (from
/// the config, else git's identity) and the role of the session. The name may be found only
/// when first needed (asking git costs a process), and then once.
public struct ChangeAuthor: Sendable {
    private let identify: @Sendable () -> (person: String, party: Party?)
    /// The moment of a change, as an ISO 8601 timestamp with its offset.
    public var now: @Sendable () -> String

    public init(person: String, party: Party?, now: @escaping @Sendable () -> String = { ChangeAuthor.timestamp(Date()) }) {
        identify = { (person, party) }
        self.now = now
    }

    /// An author found when a save first needs one.
    public init(lazily identify: @escaping @Sendable () -> (person: String, party: Party?)) {
        let once = Once(identify)
        self.identify = { once.value }
        now = { ChangeAuthor.timestamp(Date()) }
    }

    /// Finds an author found lazily now, while nothing waits for it (the app: once its frame is out
    /// and no key is waiting), so that the first save does not ask git inside it (a process: about
    /// 2 ms). Nothing when the author is known or already found. No thread of its own: one would
    /// keep its stack and a malloc arena (50 kB) for a question asked once.
    public func prepare() {
        _ = identify()
    }

    /// Nobody known: the record says so.
    public static let unknown = ChangeAuthor(person: "", party: nil)

    public var person: String { identify().person }
    public var party: Party? { identify().party }

    /// A local timestamp with its offset, `2011-09-15T10:42:07+02:00`.
    public static func timestamp(_ date: Date) -> String { ISOTimestamp.string(date) }

    /// The stamp for a change made now.
    public func stamp() -> ChangeStamp {
        let who = identify()
        return ChangeStamp(person: who.person, party: who.party, time: now())
    }
}

/// A value computed on first use, once, whatever thread asks.
private final class Once<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var cached: Value?
    private let make: @Sendable () -> Value

    init(_ make: @escaping @Sendable () -> Value) { self.make = make }

    var value: Value {
        lock.lock()
        defer { lock.unlock() }
        if let cached { return cached }
        let made = make()
        cached = made
        return made
    }
}
