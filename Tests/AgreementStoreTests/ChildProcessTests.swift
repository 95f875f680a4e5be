@testable import AgreementStore
import Foundation
import Testing

/// The way git is started (posix_spawn and waitpid): output, errors and the exit code caught,
/// a program that runs too long stopped, and nothing of ours handed to the child.
@Suite("Starting a program: git's runner")
struct ChildProcessTests {
    private func shell(_ script: String, timeout: Int? = nil) throws -> ChildProcess.Ending {
        try ChildProcess.run("/bin/sh", ["-c", script], environment: ["PATH": "/usr/bin:/bin", "GREETING": "hei"], timeout: timeout)
    }

    @Test func outputErrorsAndTheExitCodeAreCaught() throws {
        let ending = try shell("echo ut; echo \"$GREETING æøå\" >&2; exit 3")
        #expect(ending.status == 3)
        #expect(String(decoding: ending.output, as: UTF8.self) == "ut\n")
        #expect(String(decoding: ending.error, as: UTF8.self) == "hei æøå\n", "exactly the environment given")
        #expect(!ending.timedOut)
    }

    @Test func aLargeOutputNeverBlocksTheChild() throws {
        let ending = try shell("head -c 1000000 /dev/zero", timeout: 20)
        #expect(ending.status == 0)
        #expect(ending.output.count == 1_000_000)
    }

    @Test func aSignalThatEndsItIsReportedAs128PlusItsNumber() throws {
        #expect(try shell("kill -TERM $$").status == 128 + 15)
    }

    @Test func aProgramThatRunsPastItsTimeIsStopped() throws {
        let start = Date()
        let ending = try shell("echo begynt; exec sleep 30", timeout: 1)
        #expect(ending.timedOut)
        #expect(String(decoding: ending.output, as: UTF8.self) == "begynt\n", "what it wrote before is kept")
        #expect(Date().timeIntervalSince(start) < 10)
    }

    @Test func theChildGetsNoDescriptorOfOursAndStandardInputIsEmpty() throws {
        let folder = TemporaryFolder()
        let descriptor = open(folder.path + "/lås", O_CREAT | O_RDWR, 0o600)
        #expect(descriptor > 2)
        defer { close(descriptor) }
        let ending = try shell("ls /proc/$$/fd; cat")
        let open = String(decoding: ending.output, as: UTF8.self).split(separator: "\n").compactMap { Int32($0) }
        #expect(!open.contains(descriptor), "the open file \(descriptor) was passed on: \(open)")
        #expect(ending.status == 0)
    }

    @Test func aProgramThatCannotStartIsSaid() {
        #expect(throws: ChildProcessError.self) {
            try ChildProcess.run("/ingen/slik/git", [], environment: [:], timeout: nil)
        }
    }
}
