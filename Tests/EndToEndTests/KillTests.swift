import AgreementKit
@testable import AgreementStore
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Crash safety, as SQLite tests it: a process that saves in a loop is killed with SIGKILL at a
/// random moment, a thousand times (LEDERAVTALE_FULL=1) or a hundred (CI), on one store.
///
/// After every kill: every `.json` file in the store parses; the agreement on disk is the last
/// save the child reported or the one after it (its sequence number ∈ {last, last + 1}); the
/// private file is there, mode 0600, and carries the number that save gave it (every fifth save
/// changes section 4; a known issue, see `tornSaves`, when the kill falls between the two renames
/// of such a save); leftover
/// temporary files `.*.tmp-<random>` are never taken for agreements by `ids`, `list` or `check`.
@Suite("Crash safety: SIGKILL while saving")
struct KillTests {
    static let id = "hoeggen-skole-2011"
    static var full: Bool { ProcessInfo.processInfo.environment["LEDERAVTALE_FULL"] == "1" }

    @Test func killedWhileSavingLeavesTheLastOrTheNextSave() throws {
        let kills = Self.full ? 1_000 : 100
        let seed: UInt64 = 0x4B49_4C4C
        var random = KillRandom(seed: seed)
        let folder = NSTemporaryDirectory() + "lederavtale-kill-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let initialised = try CommandRunner.run(["init", "--sample", "--store", folder])
        try #require(initialised.status == 0, "init failed: \(initialised.stderr)")
        let store = AgreementStore(root: folder)
        // The samples and the demo municipality, as `init --sample` left them.
        let expectedIDs = try store.ids()
        try #require(expectedIDs.contains(Self.id) && expectedIDs.count == 20, "\(expectedIDs)")
        let started = ContinuousClock.now
        // Symlinks planted at the temporary names the old writer used (`.<name>.tmp-<pid>`, for
        // every pid up to 4,000 and each file a save writes), all pointing at a file of someone
        // else's: the writer never follows one.
        let victim = folder + "-victim"
        try Data("someone else's file".utf8).write(to: URL(fileURLWithPath: victim))
        defer { try? FileManager.default.removeItem(atPath: victim) }
        var planted = Set<String>()
        for file in ["\(Self.id).json", "\(Self.id).private.json", ".\(Self.id).journal.json"] {
            for pid in 1...4_000 {
                let name = ".\(file).tmp-\(pid)"
                if (try? FileManager.default.createSymbolicLink(atPath: "\(folder)/\(name)", withDestinationPath: victim)) != nil { planted.insert(name) }
            }
        }

        var (onDisk, privateOnDisk) = try Self.numbers(in: store)
        var failures: [String] = []
        var killedMidLoop = 0, killedBeforeFirstSave = 0, saves = 0, done = 0
        var tornSaves: [String] = []
        var temporaryFilesSeen = Set<String>()

        for kill in 0..<kills {
            let delay = Int(random.next() % 30_001)  // 0–30 ms
            let context = "kill \(kill) of \(kills) (seed \(seed), delay \(delay) µs\(kill % 2 == 1 ? " after the first save" : ""))"
            let child = try Child.spawn([CommandRunner.binary, "save-loop", "--store", folder, "--id", Self.id])
            // Every other kill counts its delay from the first reported save, so that at least half
            // land in the middle of the loop however slowly the machine starts a process.
            if kill % 2 == 1 { child.waitForOutput(timeout: .seconds(5)) }
            usleep(useconds_t(delay))
            let ended = child.kill()
            done += 1
            let printed = child.output.split(separator: "\n").compactMap { Int($0) }
            if ended.exitedOnItsOwn {
                failures.append("\(context): the child ended on its own with status \(ended.status) before SIGKILL: \(child.errorOutput)")
                break
            }
            // The numbers continue from the file the child read, one by one.
            if printed != Array((onDisk + 1)..<(onDisk + 1 + printed.count)) {
                failures.append("\(context): the child printed \(printed.prefix(5))… after \(onDisk) on disk")
            }
            let last = printed.last ?? onDisk
            saves += printed.count
            if printed.isEmpty { killedBeforeFirstSave += 1 } else { killedMidLoop += 1 }

            // Every .json file parses; temporary files are not agreements.
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for name in names where name.hasSuffix(".json") {
                let data = FileManager.default.contents(atPath: "\(folder)/\(name)") ?? Data()
                if (try? JSONSerialization.jsonObject(with: data)) == nil {
                    failures.append("\(context): \(name) does not parse (\(data.count) bytes)")
                }
            }
            let temporary = names.filter { $0.hasPrefix(".") && $0.contains(".tmp-") && !planted.contains($0) }
            temporaryFilesSeen.formUnion(temporary)
            let ids = try store.ids()
            if ids != expectedIDs {
                failures.append("\(context): ids() gives \(ids), with \(temporary) in the folder")
            }

            // The agreement is the last reported save or the next one; the private file is intact.
            do {
                let numbers = try Self.numbers(in: store)
                if numbers.public != last && numbers.public != last + 1 {
                    failures.append("\(context): on disk #\(numbers.public), last reported #\(last)")
                }
                // Section 4 carries the last multiple of 5 (see SaveLoopCommand). The private file is
                // renamed after the public one: before the interrupted save it was as the last
                // reported save (or this child's start) left it. A kill between the two renames of
                // a save that changes both leaves the public file new and the private one old.
                let privateBefore = printed.isEmpty ? privateOnDisk : Self.privateNumber(for: last)
                let privateText = numbers.private.map { "#\($0)" } ?? "none"
                if numbers.public == last + 1 && numbers.private != Self.privateNumber(for: last + 1) && numbers.private == privateBefore {
                    tornSaves.append("\(context): public file #\(numbers.public), private file \(privateText)")
                } else if numbers.private != (numbers.public == last ? privateBefore : Self.privateNumber(for: last + 1)) {
                    failures.append("\(context): private file \(privateText), public file #\(numbers.public), last reported #\(last)")
                }
                privateOnDisk = numbers.private
                onDisk = numbers.public
            } catch {
                failures.append("\(context): the agreement does not load: \(error)")
                break
            }
            if let mode = Self.mode(store.privatePath(of: Self.id)), mode != 0o600 {
                failures.append("\(context): the private file has mode \(String(mode, radix: 8))")
            }
            if failures.count > 20 { break }
        }

        // The whole store, through the real commands: clean, every agreement, no temporary file taken for one.
        let check = try CommandRunner.run(["check", "--store", folder])
        if check.status != 0 { failures.append("check exits \(check.status):\n\(check.stdout)\(check.stderr)") }
        if !check.stdout.contains("totalt: 20 avtaler") { failures.append("check does not count 20 agreements (the samples and the demo):\n\(check.stdout)") }
        let list = try CommandRunner.run(["list", "--store", folder])
        if list.status != 0 { failures.append("list exits \(list.status): \(list.stderr)") }
        if list.stdout.contains(".tmp-") || check.stdout.contains(".tmp-") {
            failures.append("a temporary file shows in list or check:\n\(list.stdout)\n\(check.stdout)")
        }
        // The next interactive start cleans them up once they are a minute old (a save in progress
        // elsewhere is younger): aged here by an hour, every one is removed.
        let leftBehind = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.contains(".tmp-") && !planted.contains($0) }
        let removed = store.removeStaleTemporaryFiles(now: Date().addingTimeInterval(3600))
        if Set(removed) != Set(leftBehind) {
            failures.append("removeStaleTemporaryFiles removed \(removed.count) of \(leftBehind.count) temporary files: left \(Set(leftBehind).subtracting(removed).sorted().prefix(5))")
        }
        // A hand-made leftover that looks like an agreement file is not one either.
        _ = FileManager.default.createFile(atPath: "\(folder)/.\(Self.id).json.tmp-handmade", contents: Data("{\"version\": 2, \"agreem".utf8))
        _ = FileManager.default.createFile(atPath: "\(folder)/.\(Self.id).private.json.tmp-handmade", contents: Data())
        if try store.ids() != expectedIDs { failures.append("a truncated temporary file is taken for an agreement") }
        let report = try store.check()
        if !report.isClean { failures.append("check finds errors with leftover temporary files: \(report.errors)") }
        let listed = try store.list()
        if listed.summaries.map(\.id).sorted() != expectedIDs || !listed.problems.isEmpty {
            failures.append("list with leftover temporary files: \(listed.summaries.map(\.id)) \(listed.problems)")
        }

        if (try? String(contentsOfFile: victim, encoding: .utf8)) != "someone else's file" {
            failures.append("a planted symlink was followed: the victim file changed")
        }
        let stillLinks = planted.filter { (try? FileManager.default.destinationOfSymbolicLink(atPath: "\(folder)/\($0)")) == victim }
        if stillLinks.count != planted.count { failures.append("\(planted.count - stillLinks.count) planted links were replaced or removed") }

        let seconds = Double((ContinuousClock.now - started).components.attoseconds) / 1e18 + Double((ContinuousClock.now - started).components.seconds)
        print("kill: \(done) of \(kills) kills (\(killedMidLoop) after at least one save, \(killedBeforeFirstSave) before the first), \(saves) saves reported, "
            + "\(temporaryFilesSeen.count) temporary files left by killed children (\(removed.count) cleaned up by removeStaleTemporaryFiles), "
            + "\(tornSaves.count) torn saves (public file new, private file old), \(planted.count) planted symlinks never followed, "
            + "\(failures.count) failures, \(String(format: "%.1f", seconds)) s")
        #expect(failures.isEmpty, "\(failures.count) failures:\n\(failures.prefix(20).joined(separator: "\n"))")
        // Known issue: `AgreementStore.save` renames the public file, then the private file (now only
        // when section 4 changed). A kill between the two renames of a save that changes both
        // (deleting a personal goal after Inngåelse records an amendment in the public file) leaves
        // the new public file beside the old private one: neither the last reported save nor the next.
        // A save that changes both files goes through a journal that `load` rolls forward.
        #expect(tornSaves.isEmpty, "\(tornSaves.count) of \(kills) kills left a torn save, e.g. \(tornSaves.first ?? "")")
    }

    /// The number section 4 carries after save N (as SaveLoopCommand writes it).
    static func privateNumber(for sequence: Int) -> Int? {
        sequence >= 5 ? sequence - sequence % 5 : nil
    }

    /// The sequence numbers in the public file (log) and the private file (section 4).
    static func numbers(in store: AgreementStore) throws -> (public: Int, private: Int?) {
        let agreement = try store.load(id)
        let marker = "save-loop #"
        func number(_ text: String) -> Int? { text.hasPrefix(marker) ? Int(text.dropFirst(marker.count)) : nil }
        let logged = agreement.goalAreas.flatMap(\.rows).flatMap(\.log).compactMap { number($0.text) }.max() ?? 0
        return (logged, agreement.personalGoals.compactMap { number($0.text) }.max())
    }

    static func mode(_ path: String) -> UInt32? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return UInt32(info.st_mode) & 0o7777
    }
}

/// SplitMix64, seeded: the delays of a run can be replayed.
private struct KillRandom {
    var generator: SplitMix64
    init(seed: UInt64) { generator = SplitMix64(seed: seed) }
    mutating func next() -> UInt64 { generator.next() }
}

/// A child process started with posix_spawn: a clean signal mask and default signal actions (not
/// Foundation's `Process`, whose child inherits the test thread's blocked signals on Linux), its
/// standard output and error into unlinked temporary files, no other descriptor inherited.
private final class Child {
    let pid: pid_t
    private let outputFile: Int32
    private let errorFile: Int32
    private var reaped = false

    private init(pid: pid_t, outputFile: Int32, errorFile: Int32) {
        self.pid = pid
        self.outputFile = outputFile
        self.errorFile = errorFile
    }

    deinit {
        if !reaped { _ = kill() }
        close(outputFile)
        close(errorFile)
    }

    static func spawn(_ arguments: [String]) throws -> Child {
        let output = try temporaryFile(), error = try temporaryFile()
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
        let pid: pid_t
        do {
            pid = try ChildProcess.start(arguments, environment: environment, output: output, error: error, searchPath: false)
        } catch let failure {
            close(output)
            close(error)
            throw SpawnFailure(description: "\(failure)")
        }
        return Child(pid: pid, outputFile: output, errorFile: error)
    }


    /// Sends SIGKILL (if it still runs) and reaps it.
    func kill() -> (status: Int32, exitedOnItsOwn: Bool) {
        guard !reaped else { return (0, false) }
        Glibc.kill(pid, SIGKILL)
        var status: Int32 = 0
        var waited: pid_t
        repeat { waited = waitpid(pid, &status, 0) } while waited == -1 && errno == EINTR
        reaped = true
        let signalled = (status & 0x7F) != 0
        return (signalled ? 128 + (status & 0x7F) : (status >> 8) & 0xFF, !signalled || (status & 0x7F) != SIGKILL)
    }

    /// Waits until the child has written something to standard output (or the time is up).
    func waitForOutput(timeout: Duration) {
        let deadline = ContinuousClock.now + timeout
        var info = stat()
        while ContinuousClock.now < deadline {
            if fstat(outputFile, &info) == 0, info.st_size > 0 { return }
            usleep(100)
        }
    }

    var output: String { Self.contents(outputFile) }
    var errorOutput: String { Self.contents(errorFile) }

    private static func temporaryFile() throws -> Int32 {
        let path = NSTemporaryDirectory() + "/kill-test-\(UUID().uuidString)"
        let fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw SpawnFailure(description: "no temporary file: \(String(cString: strerror(errno)))") }
        unlink(path)
        return fd
    }

    private static func contents(_ fd: Int32) -> String {
        var data = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65536)
        lseek(fd, 0, SEEK_SET)
        while true {
            let count = read(fd, &buffer, buffer.count)
            if count > 0 { data += buffer[0..<count] } else if count == -1 && errno == EINTR { continue } else { break }
        }
        return String(decoding: data, as: UTF8.self)
    }
}

private struct SpawnFailure: Error, CustomStringConvertible {
    var description: String
}
