/// The run of a JSON string's bytes that needs no escape: no quote, no backslash, no control
/// character. Read eight bytes at a time, since text is nearly all such runs — the scanner
/// skips them when it reads a string, the writer copies them whole.
enum PlainRun {
    /// Where the run from `start` ends: the first quote, backslash or byte below 0x20 at or after
    /// `start`, or `bytes.count` when there is none.
    static func end(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return start }
        let n = bytes.count
        var k = start
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        while k + 8 <= n {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + k).loadUnaligned(as: UInt64.self))
            // A byte of 0x80 and above is never one of them; for the others, the high bit of
            // `x - 0x01…` under `~x` marks a zero byte of x (Mycroft's test): below 0x20 is a
            // zero after clearing the top three bits' worth by subtracting 0x20. A borrow may
            // mark a later byte too; the bytes of a marked word are then looked at one by one.
            let quote = word ^ (ones &* 0x22), backslash = word ^ (ones &* 0x5C)
            let special = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((word &- ones &* 0x20) & ~word)
            if special & highs != 0 { break }
            k += 8
        }
        while k < n {
            let b = base[k]
            if b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || b < 0x20 { return k }
            k += 1
        }
        return n
    }
}
