import AgreementKit
import Foundation

/// Who the store records as making its saves, and the clock it reads: the person's name (from
/// the config, else git's identity) and the role of the session.
public struct ChangeAuthor: Sendable {
    public var person: String
    public var party: Party?
    /// The moment of a change, as an ISO 8601 timestamp with its offset.
    public var now: @Sendable () -> String

    public init(person: String, party: Party?, now: @escaping @Sendable () -> String = { ChangeAuthor.timestamp(Date()) }) {
        self.person = person
        self.party = party
        self.now = now
    }

    /// Nobody known: the record says so.
    public static let unknown = ChangeAuthor(person: "", party: nil)

    /// A local timestamp with its offset, `2011-09-15T10:42:07+02:00`.
    public static func timestamp(_ date: Date) -> String { ISOTimestamp.string(date) }

    /// The stamp for a change made now.
    public func stamp() -> ChangeStamp { ChangeStamp(person: person, party: party, time: now()) }
}
