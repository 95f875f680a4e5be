import AgreementKit
@testable import AgreementStore
import Foundation
import Testing

/// Hostile files, as SQLite's malformed-file and fuzz tests feed them: mutated copies of both
/// samples (10,000 with LEDERAVTALE_FULL=1, 1,000 in CI, seeded) and crafted cases. Each one must
/// load (and then survive save → load) or be refused with a `StoreError` naming the file, and
/// the line and column of a syntax error; reading never rewrites a file, and nothing crashes.
///
/// Replay: `LEDERAVTALE_FUZZ_SEED=<seed>` changes the run; a failure names its case and seed, and
/// `LEDERAVTALE_FUZZ_CASE=<n>` runs that one case alone. After a crash,
/// `$TMPDIR/lederavtale-fuzz-current-case-<worker>.txt` name the cases that were running.
@Suite("Hostile files: fuzzed and crafted")
struct FuzzTests {
    /// The version line every file of this build carries.
    static let currentVersionLine = "\"version\" : \(SchemaMigration.currentVersion)"
    static let environment = ProcessInfo.processInfo.environment
    static var full: Bool { environment["LEDERAVTALE_FULL"] == "1" }
    static let samples = ["hoeggen-skole-2011", "eide-barneskole-2013"]

    /// The sample files, the private ones with a personal goal so that they are worth mutating.
    static func sampleFiles(_ id: String) -> (public: [UInt8], private: [UInt8]) {
        let embedded = SampleCatalog.embeddedBytes(id)!
        let privateText = """
        {
          "agreementID" : "\(id)",
          "leaderAssessment" : [
            {
              "contactComment" : "Godt arbeid med budsjettet",
              "criterion" : "Budsjett/regnskap",
              "selfComment" : "",
              "selfRating" : "asAgreed"
            }
          ],
          "personalGoals" : [
            {
              "id" : "p2k4m6q8",
              "text" : "Bli tydeligere på delegering – «økt tillit»"
            }
          ],
          "version" : \(SchemaMigration.currentVersion)
        }

        """
        return ([UInt8](embedded.public), Array(privateText.utf8))
    }

    struct Tally {
        var cases = 0, loaded = 0, refused = 0, refusedWithPosition = 0, rewrites = 0
        var failures: [String] = []
        var mutations: [String: Int] = [:]

        mutating func add(_ other: Tally) {
            cases += other.cases; loaded += other.loaded; refused += other.refused
            refusedWithPosition += other.refusedWithPosition; rewrites += other.rewrites
            failures += other.failures
            mutations.merge(other.mutations, uniquingKeysWith: +)
        }
    }

    @Test func mutatedSamplesLoadOrAreRefusedAndAreNeverRewritten() async throws {
        let total = Self.full ? 10_000 : 1_000
        let seed = Self.environment["LEDERAVTALE_FUZZ_SEED"].flatMap { UInt64($0) } ?? 2011
        let only = Self.environment["LEDERAVTALE_FUZZ_CASE"].flatMap { Int($0) }
        let cases = only.map { [$0] } ?? Array(0..<total)
        let started = ContinuousClock.now
        let workers = 2
        let tally = await withTaskGroup(of: Tally.self) { group in
            for worker in 0..<workers {
                let mine = cases.enumerated().filter { $0.offset % workers == worker }.map(\.element)
                group.addTask { Self.fuzz(mine, seed: seed, worker: worker) }
            }
            var sum = Tally()
            for await part in group { sum.add(part) }
            return sum
        }
        let seconds = (ContinuousClock.now - started).fuzzSeconds
        print("fuzz: \(tally.cases) mutated files (seed \(seed)): \(tally.loaded) loaded and round-tripped, \(tally.refused) refused "
            + "(\(tally.refusedWithPosition) with line and column), 0 crashes, \(tally.rewrites) rewrites, \(tally.failures.count) failures, "
            + String(format: "%.1f s", seconds))
        #expect(tally.cases == cases.count)
        #expect(tally.failures.isEmpty, "\(tally.failures.count) failures:\n\(tally.failures.prefix(15).joined(separator: "\n"))")
    }

    /// Runs the given cases in one folder.
    static func fuzz(_ cases: [Int], seed: UInt64, worker: Int) -> Tally {
        let harness = FuzzHarness(worker: worker)
        var tally = Tally()
        for n in cases {
            let caseSeed = seed &* 1_000_003 &+ UInt64(n)
            var mutator = FuzzMutator(seed: caseSeed)
            let id = samples[n % samples.count]
            let files = sampleFiles(id)
            // One case in six damages the private file instead of the public one.
            let damagePrivate = mutator.chance(16)
            let (bytes, done) = mutator.mutate(damagePrivate ? files.private : files.public)
            for what in done { tally.mutations[String(what.prefix { $0 != " " }), default: 0] += 1 }
            let label = "case \(n) (seed \(seed), LEDERAVTALE_FUZZ_CASE=\(n)): \(id)\(damagePrivate ? ".private" : "").json, \(done.joined(separator: "; "))"
            let report = harness.run(id: id, publicBytes: Data(damagePrivate ? files.public : bytes),
                                     privateBytes: Data(damagePrivate ? bytes : files.private), label: label)
            tally.cases += 1
            tally.rewrites += report.rewrites
            switch report.outcome {
            case .loaded: tally.loaded += 1
            case .refused(let error):
                tally.refused += 1
                if error.line != nil && error.column != nil { tally.refusedWithPosition += 1 }
            case nil: break
            }
            if !report.problems.isEmpty {
                let kept = NSTemporaryDirectory() + "lederavtale-fuzz-failure-\(seed)-\(n).json"
                try? Data(bytes).write(to: URL(fileURLWithPath: kept))
                tally.failures.append("\(label) [input kept in \(kept)]: \(report.problems.joined(separator: "; "))")
            }
        }
        return tally
    }

    // MARK: Crafted cases

    /// A crafted file: what it is and what must happen.
    struct Crafted: CustomTestStringConvertible, Sendable {
        enum Expect: Sendable {
            case loads
            case refused(containing: String)
            case either
        }

        var name: String
        var id = FuzzTests.hoeggen
        var file: @Sendable () -> [UInt8]
        var expect: Expect
        var damagesPrivate = false
        var testDescription: String { name }
    }

    static let hoeggen = "hoeggen-skole-2011"

    /// The Hoeggen file with `old` replaced by `new` (the first time only unless `all`).
    static func edited(_ old: String, _ new: String, all: Bool = false) -> @Sendable () -> [UInt8] {
        {
            let text = String(decoding: sampleFiles(hoeggen).public, as: UTF8.self)
            guard let range = text.range(of: old) else { return Array("<\(old) not in the sample>".utf8) }
            return Array((all ? text.replacingOccurrences(of: old, with: new) : text.replacingCharacters(in: range, with: new)).utf8)
        }
    }

    static let crafted: [Crafted] = [
        Crafted(name: "empty file", file: { [] }, expect: .refused(containing: "unexpectedEnd")),
        Crafted(name: "only white space", file: { Array(" \n\t\n".utf8) }, expect: .refused(containing: "unexpectedEnd")),
        Crafted(name: "truncated after the first brace", file: { Array("{".utf8) }, expect: .refused(containing: "unexpectedEnd")),
        Crafted(name: "truncated in the middle", file: { Array(sampleFiles(hoeggen).public.prefix(20_000)) }, expect: .refused(containing: "")),
        Crafted(name: "truncated one byte short", file: { Array(sampleFiles(hoeggen).public.dropLast(2)) }, expect: .refused(containing: "unexpectedEnd")),
        Crafted(name: "10,000 [ unclosed", file: { Array(repeating: UInt8(ascii: "["), count: 10_000) }, expect: .refused(containing: "tooDeep")),
        Crafted(name: "10,000 [ closed", file: { Array(repeating: UInt8(ascii: "["), count: 10_000) + Array(repeating: UInt8(ascii: "]"), count: 10_000) }, expect: .refused(containing: "")),
        Crafted(name: "10,000 {\"a\": deep", file: { Array((String(repeating: "{\"a\":", count: 10_000) + "1" + String(repeating: "}", count: 10_000)).utf8) }, expect: .refused(containing: "tooDeep")),
        Crafted(name: "10,000 [ as the agreement", file: { Array(("{\"version\": 2, \"agreement\": " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "}").utf8) }, expect: .refused(containing: "")),
        Crafted(name: "10,000 [ in the version 1 path", file: { Array(("{\"version\": 1, \"agreement\": " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "}").utf8) }, expect: .refused(containing: "")),
        Crafted(name: "replacement character in a text", file: edited("Frivillighet", "Frivillig\u{FFFD}het"), expect: .loads),
        Crafted(name: "invalid UTF-8 byte 0xFF", file: {
            var bytes = sampleFiles(hoeggen).public
            let text = String(decoding: bytes, as: UTF8.self)
            let offset = text.utf8.distance(from: text.startIndex, to: text.range(of: "Frivillighet")!.lowerBound)
            bytes[offset + 3] = 0xFF
            return bytes
        }, expect: .refused(containing: "invalidUTF8")),
        Crafted(name: "overlong UTF-8 (C0 80)", file: { Array("{\"version\": 2, \"agreement\": \"".utf8) + [0xC0, 0x80] + Array("\"}".utf8) }, expect: .refused(containing: "invalidUTF8")),
        Crafted(name: "UTF-16 surrogate as UTF-8 (ED A0 80)", file: { Array("{\"version\": 2, \"agreement\": \"".utf8) + [0xED, 0xA0, 0x80] + Array("\"}".utf8) }, expect: .refused(containing: "invalidUTF8")),
        Crafted(name: "UTF-8 byte-order mark", file: { [0xEF, 0xBB, 0xBF] + sampleFiles(hoeggen).public }, expect: .refused(containing: "byteOrderMark")),
        Crafted(name: "UTF-16 file", file: { [0xFF, 0xFE] + Array(String(decoding: sampleFiles(hoeggen).public, as: UTF8.self).utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } }, expect: .refused(containing: "")),
        Crafted(name: "NUL byte between tokens", file: edited("\"phase\" : ", "\"phase\" : \u{0}"), expect: .refused(containing: "")),
        Crafted(name: "NUL byte inside a text", file: edited("Frivillighet", "Frivillig\u{0}het"), expect: .refused(containing: "controlCharacter")),
        Crafted(name: "escaped NUL inside a text", file: edited("Frivillighet", "Frivillig\\u0000het"), expect: .loads),
        Crafted(name: "lone surrogate escape", file: edited("Frivillighet", "Frivillig\\ud800het"), expect: .either),
        Crafted(name: "escape sequences in a text", file: edited("Frivillighet", "\\u001b[2J\\u001b]0;pwned\\u0007Frivillighet"), expect: .loads),
        Crafted(name: "NUL bytes only", file: { [UInt8](repeating: 0, count: 4096) }, expect: .refused(containing: "")),
        Crafted(name: "year as a string", file: edited("\"year\" : 2011", "\"year\" : \"2011\""), expect: .refused(containing: "typeMismatch")),
        Crafted(name: "year as Int.max", file: edited("\"year\" : 2011", "\"year\" : 9223372036854775807"), expect: .either),
        Crafted(name: "year as Int.min", file: edited("\"year\" : 2011", "\"year\" : -9223372036854775808"), expect: .either),
        Crafted(name: "year Int.min with log entries", id: "eide-barneskole-2013", file: { Self.eide("\"year\" : 2013", "\"year\" : -9223372036854775808") }, expect: .either),
        Crafted(name: "year Int.max with log entries", id: "eide-barneskole-2013", file: { Self.eide("\"year\" : 2013", "\"year\" : 9223372036854775807") }, expect: .either),
        Crafted(name: "year beyond Int", file: edited("\"year\" : 2011", "\"year\" : 99999999999999999999999"), expect: .refused(containing: "numberOutOfRange")),
        Crafted(name: "year 1e400", file: edited("\"year\" : 2011", "\"year\" : 1e400"), expect: .refused(containing: "numberOutOfRange(\"1e400\")")),
        Crafted(name: "year 2011.5", file: edited("\"year\" : 2011", "\"year\" : 2011.5"), expect: .refused(containing: "")),
        Crafted(name: "goal areas as an object", file: edited("\"goalAreas\" : [", "\"goalAreas\" : {\"x\": 1}, \"ignored\" : ["), expect: .refused(containing: "")),
        Crafted(name: "a list where a text is", file: edited("\"unit\" : \"Hoeggen skole\"", "\"unit\" : [\"Hoeggen skole\"]"), expect: .refused(containing: "typeMismatch")),
        Crafted(name: "null where a text is", file: edited("\"unit\" : \"Hoeggen skole\"", "\"unit\" : null"), expect: .refused(containing: "valueMissing")),
        Crafted(name: "duplicate item ids", file: edited("\"id\" : \"h79wpaav\"", "\"id\" : \"hs4xex2q\""), expect: .loads),
        Crafted(name: "duplicate key with two values", file: edited("\"phase\" : \"followUp\"", "\"phase\" : \"agreement\",\n    \"phase\" : \"followUp\""), expect: .refused(containing: "duplicateKey(\"phase\")")),
        Crafted(name: "duplicate version key", file: edited(Self.currentVersionLine, "\"version\" : 99,\n  " + Self.currentVersionLine), expect: .refused(containing: "duplicateKey(\"version\")")),
        Crafted(name: "future schema version", file: edited(Self.currentVersionLine, "\"version\" : \(SchemaMigration.currentVersion + 1)"), expect: .refused(containing: "newerVersion(found: \(SchemaMigration.currentVersion + 1),")),
        Crafted(name: "far future schema version", file: edited(Self.currentVersionLine, "\"version\" : 9223372036854775807"), expect: .refused(containing: "newerVersion")),
        Crafted(name: "schema version 0", file: edited(Self.currentVersionLine, "\"version\" : 0"), expect: .refused(containing: "versionUnknown(0)")),
        Crafted(name: "schema version -1", file: edited(Self.currentVersionLine, "\"version\" : -1"), expect: .refused(containing: "versionUnknown(-1)")),
        Crafted(name: "schema version 2.5", file: edited(Self.currentVersionLine, "\"version\" : 2.5"), expect: .refused(containing: "version")),
        Crafted(name: "schema version as a string", file: edited(Self.currentVersionLine, "\"version\" : \"2\""), expect: .refused(containing: "versionNotInteger")),
        Crafted(name: "schema version 1 with a year-2 record", file: edited(Self.currentVersionLine, "\"version\" : 1"), expect: .loads),
        Crafted(name: "schema version 1, truncated record", file: {
            let text = String(decoding: edited(Self.currentVersionLine, "\"version\" : 1")(), as: UTF8.self)
            return Array(text.replacingOccurrences(of: "\"year\" : 2011", with: "\"year\" : \"x\"").utf8)
        }, expect: .refused(containing: "")),
        Crafted(name: "missing version", file: edited(",\n  " + Self.currentVersionLine, ""), expect: .refused(containing: "version")),
        Crafted(name: "impossible date 2011-02-30", file: { Self.withLogDate("2011-02-30") }, expect: .refused(containing: "2011-02-30")),
        Crafted(name: "impossible date 2011-13-01", file: { Self.withLogDate("2011-13-01") }, expect: .refused(containing: "")),
        Crafted(name: "date 2011-00-00", file: { Self.withLogDate("2011-00-00") }, expect: .refused(containing: "")),
        Crafted(name: "date with a huge year", file: { Self.withLogDate("9223372036854775807-01-01") }, expect: .either),
        Crafted(name: "date with a time", file: { Self.withLogDate("2011-03-14T10:00:00Z") }, expect: .refused(containing: "")),
        Crafted(name: "leap day 2012-02-29", file: { Self.withLogDate("2012-02-29") }, expect: .loads),
        Crafted(name: "id that does not match the file name", file: edited("\"id\" : \"hoeggen-skole-2011\"", "\"id\" : \"other-2011\""), expect: .refused(containing: "idMismatch")),
        Crafted(name: "top level list", file: { Array("[{\"version\": 2}]".utf8) }, expect: .refused(containing: "notAnObject")),
        Crafted(name: "top level string", file: { Array("\"version\"".utf8) }, expect: .refused(containing: "notAnObject")),
        Crafted(name: "two documents", file: { sampleFiles(hoeggen).public + sampleFiles(hoeggen).public }, expect: .refused(containing: "textAfterDocument")),
        Crafted(name: "comment", file: { Array("// lederavtale\n".utf8) + sampleFiles(hoeggen).public }, expect: .refused(containing: "")),
        Crafted(name: "trailing comma in an object", file: edited(Self.currentVersionLine, Self.currentVersionLine + ","), expect: .refused(containing: "trailingComma")),
        Crafted(name: "trailing comma in a list", file: edited("kontaktpersonen sin vurdering.\"\n", "kontaktpersonen sin vurdering.\",\n"), expect: .refused(containing: "trailingComma")),
        Crafted(name: "two commas in a list", file: edited("kontaktpersonen sin vurdering.\"\n", "kontaktpersonen sin vurdering.\",,\n"), expect: .refused(containing: "")),
        Crafted(name: "CRLF line ends", file: edited("\n", "\r\n", all: true), expect: .loads),
        Crafted(name: "private file truncated", file: { Array(sampleFiles(hoeggen).private.prefix(30)) }, expect: .refused(containing: ""), damagesPrivate: true),
        Crafted(name: "private file for another agreement", file: { Array(String(decoding: sampleFiles(hoeggen).private, as: UTF8.self).replacingOccurrences(of: "hoeggen-skole-2011", with: "eide-barneskole-2013").utf8) }, expect: .refused(containing: "privateIDMismatch"), damagesPrivate: true),
        Crafted(name: "private file of a future version", file: { Array(String(decoding: sampleFiles(hoeggen).private, as: UTF8.self).replacingOccurrences(of: Self.currentVersionLine, with: "\"version\" : 99").utf8) }, expect: .refused(containing: "newerVersion(found: 99,"), damagesPrivate: true),
        Crafted(name: "private file empty", file: { [] }, expect: .refused(containing: ""), damagesPrivate: true),
    ]

    /// The Eide file (it has log entries) with `old` replaced by `new`.
    static func eide(_ old: String, _ new: String) -> [UInt8] {
        Array(String(decoding: sampleFiles("eide-barneskole-2013").public, as: UTF8.self).replacingOccurrences(of: old, with: new).utf8)
    }

    /// The Hoeggen sample with one log entry, dated `date`.
    static func withLogDate(_ date: String) -> [UInt8] {
        let text = String(decoding: sampleFiles(hoeggen).public, as: UTF8.self)
        let entry = "\"log\" : [\n              {\n                \"date\" : \"\(date)\",\n                \"id\" : \"lg2k4m6q\",\n                \"text\" : \"Møte med FAU\"\n              }\n            ],"
        guard let range = text.range(of: "\"log\" : [\n\n            ],") else { return Array("<no empty log in the sample>".utf8) }
        return Array(text.replacingCharacters(in: range, with: entry).utf8)
    }

    @Test(arguments: crafted)
    func craftedFile(_ crafted: Crafted) throws {
        let bytes = crafted.file()
        let files = Self.sampleFiles(crafted.id)
        let harness = FuzzHarness()
        let report = harness.run(id: crafted.id, publicBytes: Data(crafted.damagesPrivate ? files.public : bytes),
                                 privateBytes: Data(crafted.damagesPrivate ? bytes : files.private), label: "crafted: \(crafted.name)")
        #expect(report.problems.isEmpty, "\(crafted.name): \(report.problems.joined(separator: "; "))")
        switch (crafted.expect, report.outcome) {
        case (.loads, .loaded?), (.either, _): break
        case (.refused(let text), .refused(let error)?):
            // The typed problem as Swift prints it: "newerVersion(found: 3, supported: 2)".
            #expect(text.isEmpty || "\(error.problem)".contains(text), "\(crafted.name): \(error.problem) at \(error.location)")
        default:
            Issue.record("\(crafted.name): expected \(crafted.expect), got \(String(describing: report.outcome))")
        }
    }

    @Test func aGoodFileWithALogEntryLoads() throws {
        // Control: the crafted date helper and the harness accept a good file.
        let harness = FuzzHarness()
        let report = harness.run(id: Self.hoeggen, publicBytes: Data(Self.withLogDate("2011-03-14")), privateBytes: Data(Self.sampleFiles(Self.hoeggen).private), label: "control")
        #expect(report.problems.isEmpty, "\(report.problems)")
        #expect(report.outcome == .loaded)
    }

    @Test func aDirectoryNamedLikeAnAgreementIsReportedNotFollowed() throws {
        let folder = TemporaryFolder()
        let store = AgreementStore(root: folder.path)
        try store.save(try #require(SampleCatalog.agreements().first))
        try FileManager.default.createDirectory(atPath: "\(folder.path)/x.json", withIntermediateDirectories: false)
        try FileManager.default.createDirectory(atPath: "\(folder.path)/y.private.json", withIntermediateDirectories: false)
        let error = try #require(throws: StoreError.self) { try store.load("x") }
        #expect(error.file == store.path(of: "x"), "\(error)")
        let listed = try store.list()
        #expect(listed.summaries.map(\.id) == [SampleCatalog.ids[0]])
        #expect(listed.problems.map(\.file) == [store.path(of: "x")], "\(listed.problems)")
        let report = try store.check()
        #expect(!report.isClean)
        #expect(report.errors.contains { $0.file == store.path(of: "x") }, "\(report.errors)")
        var isDirectory: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: "\(folder.path)/x.json", isDirectory: &isDirectory) && isDirectory.boolValue)
        print("fuzz: a directory named x.json: refused by load, reported by list and check, left alone; 0 failures")
    }

    @Test func hostileNeighboursNeverBlockCrashOrGetRewritten() throws {
        // Beside a mutated agreement, every kind of entry that is not an agreement file: a FIFO,
        // a link to /dev/zero, a 17 MB file, a link loop, a folder, and FIFOs where the index, a
        // journal, a draft and a lock belong. Each case must finish promptly (nothing blocks on a
        // FIFO, nothing reads without limit) and report the neighbours, never touch them.
        let folder = TemporaryFolder()
        let store = AgreementStore(root: folder.path)
        let path = { (name: String) in "\(folder.path)/\(name)" }
        #expect(mkfifo(path("fifo-2011.json"), 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: path("zero-2011.json"), withDestinationPath: "/dev/zero")
        #expect(FileManager.default.createFile(atPath: path("huge-2011.json"), contents: Data()))
        #expect(truncate(path("huge-2011.json"), off_t(17 * 1024 * 1024)) == 0)
        try FileManager.default.createSymbolicLink(atPath: path("loop-2011.json"), withDestinationPath: path("loop-2011.json"))
        try FileManager.default.createDirectory(atPath: path("dir-2011.json"), withIntermediateDirectories: false)
        for name in [".index.json", ".hoeggen-skole-2011.journal.json", ".hoeggen-skole-2011.draft.json", ".hoeggen-skole-2011.lock", "fifo-2011.private.json"] {
            #expect(mkfifo(path(name), 0o644) == 0, "\(name)")
        }
        let neighbours = 5
        let files = Self.sampleFiles(Self.hoeggen)
        let total = Self.full ? 1_000 : 100
        var loaded = 0, refused = 0, failures: [String] = []
        let started = ContinuousClock.now
        for n in 0..<total {
            var mutator = FuzzMutator(seed: 0xF1F0 &+ UInt64(n))
            let (bytes, done) = n == 0 ? (files.public, []) : mutator.mutate(files.public)
            try Data(bytes).write(to: URL(fileURLWithPath: store.path(of: Self.hoeggen)))
            let caseStarted = ContinuousClock.now
            do { _ = try store.load(Self.hoeggen); loaded += 1 } catch { refused += 1 }
            let listed = try store.list()
            let report = try store.check()
            if ContinuousClock.now - caseStarted > .seconds(5) { failures.append("case \(n) took \(ContinuousClock.now - caseStarted): \(done)") }
            if listed.problems.count < neighbours { failures.append("case \(n): list reports \(listed.problems.count) problems, not the \(neighbours) neighbours") }
            if report.errors.count < neighbours { failures.append("case \(n): check reports \(report.errors.count) errors") }
            _ = store.draft(for: Self.hoeggen)
        }
        var info = stat()
        for name in ["fifo-2011.json", ".index.json", ".hoeggen-skole-2011.journal.json", ".hoeggen-skole-2011.draft.json", "fifo-2011.private.json"] {
            #expect(lstat(path(name), &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO, "\(name) is still a FIFO")
        }
        let seconds = (ContinuousClock.now - started).fuzzSeconds
        print("fuzz: \(total) mutated files beside \(neighbours) hostile neighbours and 5 planted FIFOs: \(loaded) loaded, \(refused) refused, "
            + "0 blocked, \(failures.count) failures, " + String(format: "%.1f s", seconds))
        #expect(failures.isEmpty, "\(failures.prefix(10).joined(separator: "\n"))")
    }

    @Test func tenMegabyteTextsLoadWithinBoundedMemory() throws {
        let bound = 500 * 1024 * 1024
        let big = String(repeating: "Frivillighet og læring. ", count: 10 * 1024 * 1024 / 24)
        let harness = FuzzHarness()
        let files = Self.sampleFiles(Self.hoeggen)
        // A 10 MB text in a log entry: loads, saves, loads again.
        let good = Self.edited("\"Frivillighet\"", "\"\(big)\"")()
        let loaded = harness.run(id: Self.hoeggen, publicBytes: Data(good), privateBytes: Data(files.private), label: "10 MB text")
        #expect(loaded.problems.isEmpty, "\(loaded.problems)")
        #expect(loaded.outcome == .loaded)
        // The same text without its closing quote: refused, with a position.
        let bad = Self.edited("\"Frivillighet\"", "\"\(big)")()
        let refused = harness.run(id: Self.hoeggen, publicBytes: Data(bad), privateBytes: Data(files.private), label: "10 MB text, unterminated")
        #expect(refused.problems.isEmpty, "\(refused.problems)")
        guard case .refused(let error)? = refused.outcome else { Issue.record("not refused: \(String(describing: refused.outcome))"); return }
        #expect(error.line != nil && error.column != nil, "\(error)")
        // A 10 MB string of escapes, and one of 10 MB of digits where a number is.
        let escapes = Self.edited("\"Frivillighet\"", "\"" + String(repeating: "\\u00e6", count: 10 * 1024 * 1024 / 6) + "\"")()
        let escaped = harness.run(id: Self.hoeggen, publicBytes: Data(escapes), privateBytes: Data(files.private), label: "10 MB of escapes")
        #expect(escaped.problems.isEmpty, "\(escaped.problems)")
        let digits = Self.edited("\"year\" : 2011", "\"year\" : " + String(repeating: "9", count: 10 * 1024 * 1024))()
        let number = harness.run(id: Self.hoeggen, publicBytes: Data(digits), privateBytes: Data(files.private), label: "10 MB number")
        #expect(number.problems.isEmpty, "\(number.problems)")
        let peak = try #require(peakResidentBytes())
        print("fuzz: 10 MB text loaded and round-tripped, 10 MB unterminated text, escapes and number refused or loaded; peak memory (VmHWM) \(peak / 1024 / 1024) MB of \(bound / 1024 / 1024) MB allowed; 0 failures")
        #expect(peak < bound, "VmHWM \(peak / 1024 / 1024) MB")
    }
}

extension Duration {
    var fuzzSeconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
