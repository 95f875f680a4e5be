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
    /// What the last write held: the agreement, and each member's bytes (nil when left out),
    /// in the order of `Member.all`; for list members the bytes of each element too.
    private struct Written: Sendable {
        var version: Int
        var agreement: Agreement
        var members: [[UInt8]?]
        var elements: [[[UInt8]]]
    }

    private let last = Mutex<Written?>(nil)

    /// The public file of `agreement` (already its public record) under schema `version`.
    func encode(_ agreement: Agreement, version: Int) throws -> Data {
        let before = last.withLock { written in written.flatMap { $0.version == version && $0.agreement.id == agreement.id ? $0 : nil } }
        var members: [[UInt8]?] = []
        var elements: [[[UInt8]]] = []
        members.reserveCapacity(Member.all.count)
        elements.reserveCapacity(Member.all.count)
        for (index, member) in Member.all.enumerated() {
            let old = before.map { ($0.agreement, $0.members[index], $0.elements[index]) }
            let (bytes, parts) = try member.bytes(agreement, old)
            members.append(bytes)
            elements.append(parts)
        }
        // Written into the `Data` the file is written from, not into an array copied to it at the end
        // (the copy was a second file's worth of memory at every save).
        var out = Data(capacity: members.reduce(64) { $0 + ($1?.count ?? 0) + 24 })
        out.append(contentsOf: Array("{\n  \"agreement\" : {".utf8))
        var first = true
        var key: [UInt8] = []
        for (member, bytes) in zip(Member.all, members) {
            guard let bytes else { continue }
            if !first { out.append(0x2C) }
            first = false
            out.append(0x0A)
            key.removeAll(keepingCapacity: true)
            key.append(contentsOf: Member.indentation(2))
            StoreJSONEncoder.writeString(member.key, into: &key)
            key.append(contentsOf: [0x20, 0x3A, 0x20])
            out.append(contentsOf: key)
            out.append(contentsOf: bytes)
        }
        out.append(contentsOf: Array("\n  },\n  \"version\" : \(version)\n}\n".utf8))
        last.withLock { $0 = Written(version: version, agreement: agreement, members: members, elements: elements) }
        return out
    }

    /// One member of the agreement's object in the file: how to tell it unchanged, how to write it.
    struct Member: Sendable {
        let key: String
        /// The member's bytes at depth 2 (nil when it is left out) and, for a list, each element's
        /// at depth 3; reusing the old agreement's where they are equal.
        let bytes: @Sendable (Agreement, _ old: (Agreement, [UInt8]?, [[UInt8]])?) throws -> ([UInt8]?, [[UInt8]])

        /// A member written whole.
        static func value<V: Encodable & Equatable & Sendable>(_ key: String, _ get: @escaping @Sendable (Agreement) -> V) -> Member {
            Member(key: key) { agreement, old in
                let value = get(agreement)
                if case (let oldAgreement, let oldBytes?, _)? = old, get(oldAgreement) == value { return (oldBytes, []) }
                var out: [UInt8] = []
                try StoreJSONEncoder.write(value, into: &out, depth: 2)
                return (out, [])
            }
        }

        /// A member left out when nil (as `encodeIfPresent` leaves it out).
        static func optional<V: Encodable & Equatable & Sendable>(_ key: String, _ get: @escaping @Sendable (Agreement) -> V?) -> Member {
            Member(key: key) { agreement, old in
                guard let value = get(agreement) else { return (nil, []) }
                if case (let oldAgreement, let oldBytes?, _)? = old, get(oldAgreement) == value { return (oldBytes, []) }
                var out: [UInt8] = []
                try StoreJSONEncoder.write(value, into: &out, depth: 2)
                return (out, [])
            }
        }

        /// A list, element by element: an element equal to the old one at its place — or, after
        /// one was added or removed, at its place shifted by the difference — is copied.
        static func list<E: Encodable & Equatable & Sendable>(_ key: String, _ get: @escaping @Sendable (Agreement) -> [E]) -> Member {
            Member(key: key) { agreement, old in
                let list = get(agreement)
                let oldList = old.map { get($0.0) } ?? []
                if case (_, let oldBytes?, let oldElements)? = old, oldList == list { return (oldBytes, oldElements) }
                let oldElements = old?.2 ?? []
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
                var out: [UInt8] = [0x5B]
                if elements.isEmpty {
                    // An empty list over two lines, the inner one empty, as JSONEncoder writes it.
                    out.append(0x0A)
                    out.append(0x0A)
                    out.append(contentsOf: indentation(2))
                } else {
                    for (index, element) in elements.enumerated() {
                        if index > 0 { out.append(0x2C) }
                        out.append(0x0A)
                        out.append(contentsOf: indentation(3))
                        out.append(contentsOf: element)
                    }
                    out.append(0x0A)
                    out.append(contentsOf: indentation(2))
                }
                out.append(0x5D)
                return (out, elements)
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
