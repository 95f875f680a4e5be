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

    /// Both ways of keeping our descriptors from the child: glibc's close-from where it can be looked
    /// up (a dynamic build), our descriptors marked close-on-exec where not (the static release).
    @Test(arguments: [true, false])
    func theChildGetsNoDescriptorOfOursAndStandardInputIsEmpty(closingFrom: Bool) throws {
        let folder = TemporaryFolder()
        let descriptor = open(folder.path + "/lås", O_CREAT | O_RDWR, 0o600)
        #expect(descriptor > 2)
        defer { close(descriptor) }
        let output = open(folder.path + "/ut", O_CREAT | O_RDWR, 0o600)
        defer { close(output) }
        let pid = try ChildProcess.start(["/bin/sh", "-c", "ls /proc/$$/fd; cat"], environment: [:], output: output, error: output,
                                         closingFrom: closingFrom)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        #expect(status == 0)
        let listed = (try? String(contentsOfFile: folder.path + "/ut", encoding: .utf8)) ?? ""
        let open = listed.split(separator: "\n").compactMap { Int32($0) }
        #expect(!open.contains(descriptor), "the open file \(descriptor) was passed on: \(open)")
        #expect(open.allSatisfy { $0 <= 2 || $0 > 9 }, "only standard input, output and error (and the shell's own, 10 and up): \(open)")
    }

    @Test func aProgramThatCannotStartIsSaid() {
        #expect(throws: ChildProcessError.self) {
            try ChildProcess.run("/ingen/slik/git", [], environment: [:], timeout: nil)
        }
    }
}
