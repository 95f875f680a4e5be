#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The strings many entries of the index repeat (municipality, unit, leader, goal titles), each
/// kept once and found by its bytes: a value met again is neither made into a `String` nor hashed
/// as one, only hashed as bytes (FNV-1a) and compared with the one kept. Reading 2,000 entries
/// looks up 18,000 such values; as `[String: String]` that was 7 % of `lederavtale overview`.
struct SharedStrings {
    private struct Slot {
        var hash: UInt64
        var text: String
    }

    /// Open addressing, a power of two in size, at most half full.
    private var slots: [Slot?] = Array(repeating: nil, count: 64)
    private var count = 0

    /// The kept string with these bytes (a string with no escapes as the scanner found it), kept
    /// now if it is new. Bytes that are not UTF-8 give their repaired string, not kept.
    mutating func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let hash = Self.hash(bytes)
        let mask = slots.count - 1
        var k = Int(truncatingIfNeeded: hash) & mask
        while let slot = slots[k] {
            if slot.hash == hash && Self.equal(slot.text, bytes) { return slot.text }
            k = (k + 1) & mask
        }
        guard let text = String(validating: bytes, as: UTF8.self) else { return String(decoding: bytes, as: UTF8.self) }
        slots[k] = Slot(hash: hash, text: text)
        count += 1
        if count * 2 > slots.count { grow() }
        return text
    }

    /// The kept string equal to `text` (one read with escapes), kept now if it is new.
    mutating func string(_ text: String) -> String {
        var text = text
        return text.withUTF8 { string($0) }
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: nil, count: old.count * 2)
        let mask = slots.count - 1
        for case let slot? in old {
            var k = Int(truncatingIfNeeded: slot.hash) & mask
            while slots[k] != nil { k = (k + 1) & mask }
            slots[k] = slot
        }
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    private static func equal(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var text = text
        return text.withUTF8 { kept in
            kept.count == bytes.count && (kept.isEmpty || memcmp(kept.baseAddress!, bytes.baseAddress!, kept.count) == 0)
        }
    }
}
