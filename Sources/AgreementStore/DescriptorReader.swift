#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads an open file to its end through one buffer sized for it: the file's size and a byte more
/// (its end is then seen in the same read), between 4 and 64 kB, and not zeroed first. A history,
/// a private file or git's answer of a few hundred bytes no longer costs 64 kB of zeroed memory
/// (16 pages touched) each time it is read.
enum DescriptorReader {
    /// The buffer for a file of `size` bytes (as fstat gave it; 0 when unknown).
    static func bufferSize(forFileOf size: Int) -> Int { min(64 * 1024, max(4 * 1024, size + 1)) }

    /// Reads `descriptor` from where it stands to its end, each piece to `piece`, which returns
    /// false to stop there. False when a read failed (`errno` says why), after the pieces before it.
    static func read(_ descriptor: Int32, expecting size: Int, _ piece: (UnsafeRawBufferPointer) -> Bool) -> Bool {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: bufferSize(forFileOf: size), alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let count = Glibc.read(descriptor, buffer.baseAddress, buffer.count)
            if count < 0 {
                if errno == EINTR { continue }
                return false
            }
            if count == 0 || !piece(UnsafeRawBufferPointer(rebasing: buffer[0..<count])) { return true }
        }
    }
}
