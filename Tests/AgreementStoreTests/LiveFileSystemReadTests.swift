import AgreementKit
@testable import AgreementStore
import Foundation
import Testing

/// Reading a file: its buffer is sized from what fstat says (4 to 64 kB, not zeroed), so every
/// size around the edges of one read, files larger than one buffer, and files whose size fstat
/// does not know must all come back byte for byte.
@Suite("Reading a file whole and in pieces")
struct LiveFileSystemReadTests {
    @Test(arguments: [0, 1, 4_095, 4_096, 4_097, 65_535, 65_536, 65_537, 200_003])
    func everySizeComesBackByteForByte(size: Int) throws {
        let folder = NSTemporaryDirectory() + "lederavtale-read-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var generator = SplitMix64(seed: UInt64(size) &+ 0x5EAD)
        let bytes = (0..<size).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        let path = folder + "/file"
        try Data(bytes).write(to: URL(fileURLWithPath: path))

        let fileSystem = LiveFileSystem()
        #expect(try fileSystem.read(path, limit: size) == Data(bytes), "read whole, \(size) bytes")
        var pieces: [UInt8] = []
        var count = 0
        try fileSystem.read(path, limit: size) { piece in
            pieces.append(contentsOf: piece)
            count += 1
        }
        #expect(pieces == bytes, "read in \(count) pieces, \(size) bytes")
        #expect(count == (size + 65_535) / 65_536, "\(size) bytes in \(count) reads")
        if size > 0 {
            #expect(throws: FileSystemError(path: path, reason: .tooLarge(limit: size - 1))) { try fileSystem.read(path, limit: size - 1) }
        }
    }

    /// /proc's files are regular with a size of 0: read to their end all the same.
    @Test func aFileWhoseSizeIsNotKnownIsReadToItsEnd() throws {
        let status = try LiveFileSystem().read("/proc/self/status", limit: 1 << 20)
        let text = String(decoding: status, as: UTF8.self)
        #expect(text.contains("VmHWM:") && text.hasSuffix("\n"), "\(text.prefix(200))")
    }
}
