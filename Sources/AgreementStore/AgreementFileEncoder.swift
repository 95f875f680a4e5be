import AgreementKit
import Foundation
import Synchronization

/// The bytes of an agreement's public file — exactly `StoreCoding.encode(AgreementFile(…))`'s —
/// made member by member of the agreement: a member equal to the one the last write of the same
/// agreement held, or an element of a list equal to the one at its place then, is copied from
/// that write's bytes instead of being encoded again. A save changes one field; encoding the
/// whole agreement again was three quarters of a save's work. The bytes are a function of the
/// value alone, so what is remembered is right whether or not that write reached the disk.
/// Shared by copies of the store.
final class AgreementFileEncoder: Sendable {
    /// What the last write held: the agreement, and each member's bytes in the order of `Member.all`.
    private struct Written: Sendable {
        var version: Int
        var agreement: Agreement
        var members: [Encoded]
    }

    /// A member's bytes as the file holds them: left out, written whole (at depth 2), or a list
    /// kept element by element (each at depth 3), its brackets and separators added when the file
    /// is put together — a list's bytes are not kept twice, whole and by element.
    enum Encoded: Sendable, Equatable {
        case absent
        case whole([UInt8])
        case list([[UInt8]])

        /// The bytes this member adds to the file, about.
        var count: Int {
            switch self {
            case .absent: 0
            case .whole(let bytes): bytes.count
            case .list(let elements): elements.reduce(8) { $0 + $1.count + 8 }
            }
        }

        /// Written after the member's key, as JSONEncoder writes the value.
        func write(into out: inout Data) {
            switch self {
            case .absent: break
            case .whole(let bytes): out.append(contentsOf: bytes)
            case .list(let elements):
                out.append(0x5B)
                if elements.isEmpty {
                    // An empty list over two lines, the inner one empty, as JSONEncoder writes it.
                    out.append(0x0A)
                    out.append(0x0A)
                    out.append(contentsOf: Member.indentation(2))
                } else {
                    for (index, element) in elements.enumerated() {
                        out.append(contentsOf: index > 0 ? Self.nextElement : Self.firstElement)
                        out.append(contentsOf: element)
                    }
                    out.append(0x0A)
                    out.append(contentsOf: Member.indentation(2))
                }
                out.append(0x5D)
            }
        }

        /// What comes before a list's first element, and before each further one: a new line
        /// (after a comma) and the indentation of depth 3.
        private static let firstElement: [UInt8] = [0x0A] + Member.indentation(3)
        private static let nextElement: [UInt8] = [0x2C, 0x0A] + Member.indentation(3)
    }

    private let last = Mutex<Written?>(nil)

    /// The public file of `agreement` (already its public record) under schema `version`.
    func encode(_ agreement: Agreement, version: Int) throws -> Data {
        let before = last.withLock { written in written.flatMap { $0.version == version && $0.agreement.id == agreement.id ? $0 : nil } }
        var members: [Encoded] = []
        members.reserveCapacity(Member.all.count)
        for (index, member) in Member.all.enumerated() {
            members.append(try member.bytes(agreement, before.map { ($0.agreement, $0.members[index]) }))
        }
        // Written into the `Data` the file is written from, not into an array copied to it at the end
        // (the copy was a second file's worth of memory at every save).
        var out = Data(capacity: members.reduce(64) { $0 + $1.count + 24 })
        out.append(contentsOf: Array("{\n  \"agreement\" : {".utf8))
        var first = true
        var key: [UInt8] = []
        for (member, encoded) in zip(Member.all, members) {
            if encoded == .absent { continue }
            if !first { out.append(0x2C) }
            first = false
            out.append(0x0A)
            key.removeAll(keepingCapacity: true)
            key.append(contentsOf: Member.indentation(2))
            StoreJSONEncoder.writeString(member.key, into: &key)
            key.append(contentsOf: [0x20, 0x3A, 0x20])
            out.append(contentsOf: key)
            encoded.write(into: &out)
        }
        out.append(contentsOf: Array("\n  },\n  \"version\" : \(version)\n}\n".utf8))
        last.withLock { $0 = Written(version: version, agreement: agreement, members: members) }
        return out
    }

    /// One member of the agreement's object in the file: how to tell it unchanged, how to write it.
    struct Member: Sendable {
        let key: String
        /// The member's bytes, reusing the old agreement's (and its bytes) where they are equal.
        let bytes: @Sendable (Agreement, _ old: (Agreement, Encoded)?) throws -> Encoded

        /// A member written whole.
        static func value<V: Encodable & Equatable & Sendable>(_ key: String, _ get: @escaping @Sendable (Agreement) -> V) -> Member {
            Member(key: key) { agreement, old in
                let value = get(agreement)
                if case (let oldAgreement, .whole(let oldBytes))? = old, get(oldAgreement) == value { return .whole(oldBytes) }
                var out: [UInt8] = []
                try StoreJSONEncoder.write(value, into: &out, depth: 2)
                return .whole(out)
            }
        }

        /// A member left out when nil (as `encodeIfPresent` leaves it out).
        static func optional<V: Encodable & Equatable & Sendable>(_ key: String, _ get: @escaping @Sendable (Agreement) -> V?) -> Member {
            Member(key: key) { agreement, old in
                guard let value = get(agreement) else { return .absent }
                if case (let oldAgreement, .whole(let oldBytes))? = old, get(oldAgreement) == value { return .whole(oldBytes) }
                var out: [UInt8] = []
                try StoreJSONEncoder.write(value, into: &out, depth: 2)
                return .whole(out)
            }
        }

        /// A list, element by element: an element equal to the old one at its place — or, after
        /// one was added or removed, at its place shifted by the difference — is copied.
        static func list<E: Encodable & Equatable & Sendable>(_ key: String, _ get: @escaping @Sendable (Agreement) -> [E]) -> Member {
            Member(key: key) { agreement, old in
                let list = get(agreement)
                let oldList = old.map { get($0.0) } ?? []
                var oldElements: [[UInt8]] = []
                if case (_, .list(let elements))? = old { oldElements = elements }
                if old != nil, oldList == list, oldElements.count == list.count { return .list(oldElements) }
                let shift = oldList.count - list.count
                var elements: [[UInt8]] = []
                elements.reserveCapacity(list.count)
                for (index, element) in list.enumerated() {
                    if let reused = Self.reuse(element, at: index, from: oldList, oldElements) ?? Self.reuse(element, at: index + shift, from: oldList, oldElements) {
                        elements.append(reused)
                    } else {
                        var out: [UInt8] = []
                        try StoreJSONEncoder.write(element, into: &out, depth: 3)
                        elements.append(out)
                    }
                }
                return .list(elements)
            }
        }

        private static func reuse<E: Equatable>(_ element: E, at index: Int, from old: [E], _ bytes: [[UInt8]]) -> [UInt8]? {
            guard index >= 0, index < old.count, index < bytes.count, old[index] == element else { return nil }
            return bytes[index]
        }

        static func indentation(_ depth: Int) -> ArraySlice<UInt8> { StoreJSONEncoder.spaces[..<(2 * depth)] }

        /// The members of `Agreement`'s coding, in the byte order of their keys (as the file
        /// sorts them). `AgreementFileEncoderTests` holds the bytes to the whole encoding's, so a
        /// member added to the agreement and not here fails there.
        static let all: [Member] = [
            .value("about", \.about),
            .list("amendments", \.amendments),
            .optional("carriedFrom", \.carriedFrom),
            .list("checklist", \.checklist),
            .value("conditions", \.conditions),
            .list("conflicts", \.conflicts),
            .value("demo", \.demo),
            .list("goalAreas", \.goalAreas),
            .value("header", \.header),
            .value("id", \.id),
            .list("improvementPlans", \.improvementPlans),
            .value("phase", \.phase),
            .list("phaseChanges", \.phaseChanges),
            .list("reviews", \.reviews),
            .list("roleChanges", \.roleChanges),
            .value("schedule", \.schedule),
            .list("signOffs", \.signOffs),
            .optional("template", \.template),
        ]
    }
}
