import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The real binary against hostile machines and stores: a full standard output, devices and
/// FIFOs, huge files and link loops, duplicate keys, read-only folders — and the command line in
/// bokmål, ids by prefix, the format by the file's extension, the config file.
@Suite("The real binary on hostile machines and stores")
struct HostileCommandLineTests {
    static let id = "hoeggen-skole-2011"

    private func sampleStore() throws -> String {
        let root = NSTemporaryDirectory() + "lederavtale-hostile-" + UUID().uuidString
        let result = try CommandRunner.run(["init", "--sample", "--store", root])
        #expect(result.status == 0, "\(result.stderr)")
        return root
    }

    private func remove(_ path: String) { try? FileManager.default.removeItem(atPath: path) }

    @Test func everyCommandReportsAFullStandardOutputAndExits1() throws {
        let root = try sampleStore()
        let config = NSTemporaryDirectory() + "lederavtale-config-" + UUID().uuidString
        defer { remove(root); remove(config) }
        let commands: [[String]] = [
            ["list", "--store", root], ["check", "--store", root], ["export", "hoeg", "--store", root],
            ["export", "hoeg", "--format", "json", "--store", root], ["export", "hoeg", "--format", "html", "--public", "--store", root],
            ["log", "hoeg", "--store", root], ["log", "hoeg", "--format", "csv", "--store", root], ["config", "show"], ["--help"],
            ["init", "--store", root + "-ny"],
        ]
        defer { remove(root + "-ny") }
        for arguments in commands {
            let result = try CommandRunner.run(arguments, environment: ["XDG_CONFIG_HOME": config], outputFile: "/dev/full")
            #expect(result.status == 1, "\(arguments): \(result.status) \(result.stderr)")
            #expect(result.stderr.contains("lederavtale: kunne ikke skrive utdata: disken er full"), "\(arguments): \(result.stderr)")
            #expect(!result.stderr.contains("Fatal error"), "\(arguments)")
        }
    }

    @Test func aFullStandardErrorIsNoCrash() throws {
        let root = try sampleStore()
        defer { remove(root) }
        // No terminal: the refusal goes to standard error, which is full. Foundation's old
        // FileHandle.write trapped here (SIGILL, 132).
        let refused = try CommandRunner.run(["hoeg", "--store", root], errorFile: "/dev/full")
        #expect(refused.status == 2, "the refusal's own exit code, not a crash: \(refused.status)")
        let usage = try CommandRunner.run(["list", "--no-such-option", "--store", root], errorFile: "/dev/full")
        #expect(usage.status == 2, "\(usage.status)")
    }

    @Test func exportToADeviceWritesThroughItAndNeverReplacesIt() throws {
        let root = try sampleStore()
        defer { remove(root) }
        let full = try CommandRunner.run(["export", "hoeg", "--format", "md", "--output", "/dev/full", "--force", "--store", root])
        #expect(full.status == 1)
        #expect(full.stderr.contains("/dev/full: kunne ikke skrive: disken er full"), "\(full.stderr)")
        var info = stat()
        #expect(stat("/dev/full", &info) == 0 && (info.st_mode & S_IFMT) == S_IFCHR, "/dev/full is still a device")
        let null = try CommandRunner.run(["export", "hoeg", "--format", "md", "--output", "/dev/null", "--force", "--store", root])
        #expect(null.status == 0, "\(null.stderr)")
        #expect(stat("/dev/null", &info) == 0 && (info.st_mode & S_IFMT) == S_IFCHR)
        let fifo = root + "/../" + UUID().uuidString + ".md"
        #expect(mkfifo(fifo, 0o644) == 0)
        defer { remove(fifo) }
        let noReader = try CommandRunner.run(["export", "hoeg", "--output", fifo, "--force", "--store", root])
        #expect(noReader.status == 1, "a FIFO nobody reads is refused at once")
        #expect(noReader.stderr.contains("ingen leser"), "\(noReader.stderr)")
    }

    @Test func theFormatFollowsTheExtension() throws {
        let root = try sampleStore()
        let folder = root + "-ut"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { remove(root); remove(folder) }
        let docx = try CommandRunner.run(["export", "hoeg", "--output", folder + "/avtale.docx", "--store", root])
        #expect(docx.status == 2)
        #expect(docx.stderr.contains(".md (markdown), .html, .csv eller .json"), "\(docx.stderr)")
        let mismatch = try CommandRunner.run(["export", "hoeg", "--format", "csv", "--output", folder + "/avtale.html", "--store", root])
        #expect(mismatch.status == 2)
        #expect(mismatch.stderr.contains("--format csv passer ikke"), "\(mismatch.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
        let markdown = try CommandRunner.run(["export", "hoeg", "--public", "--output", folder + "/avtale.md", "--store", root])
        #expect(markdown.status == 0, "\(markdown.stderr)")
        #expect(try String(contentsOfFile: folder + "/avtale.md", encoding: .utf8).hasPrefix("# "))
        let md = try CommandRunner.run(["export", "hoeg", "--public", "--format", "md", "--store", root])
        #expect(md.status == 0 && md.stdout.hasPrefix("# "), "\(md.stderr)")
        let csv = try CommandRunner.run(["export", "hoeg", "--output", folder + "/rader.CSV", "--store", root])
        #expect(csv.status == 0 && FileManager.default.contents(atPath: folder + "/rader.CSV")?.prefix(3) == Data([0xEF, 0xBB, 0xBF]))
    }

    @Test func entriesThatAreNotFilesAreReportedAndNeverHang() throws {
        let root = try sampleStore()
        defer { remove(root) }
        #expect(mkfifo(root + "/fifo-2011.json", 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: root + "/null-2011.json", withDestinationPath: "/dev/zero")
        #expect(FileManager.default.createFile(atPath: root + "/huge-2011.json", contents: Data()))
        #expect(truncate(root + "/huge-2011.json", 17 * 1024 * 1024) == 0)
        let started = ContinuousClock.now
        let check = try CommandRunner.run(["check", "--store", root])
        #expect(check.status == 1)
        #expect(check.stdout.contains("\(root)/fifo-2011.json: kan ikke leses: er et navngitt rør (FIFO)"), "\(check.stdout)")
        #expect(check.stdout.contains("\(root)/null-2011.json: kan ikke leses: er en enhet (device)"), "\(check.stdout)")
        #expect(check.stdout.contains("\(root)/huge-2011.json: kan ikke leses: filen er større enn grensen på 16 MB"), "\(check.stdout)")
        #expect(check.stdout.contains("totalt: 20 avtaler"))
        let list = try CommandRunner.run(["list", "--store", root])
        #expect(list.status == 1)
        #expect(list.stdout.split(separator: "\n").count == 20, "the samples and the demo agreements still list")
        #expect(list.stderr.split(separator: "\n").count == 3, "\(list.stderr)")
        let export = try CommandRunner.run(["export", "fifo", "--store", root])
        #expect(export.status == 1 && export.stderr.contains("FIFO"), "\(export.stderr)")
        #expect(ContinuousClock.now - started < .seconds(20), "nothing blocked")
    }

    @Test func aSymlinkLoopAsTheStoreIsNamed() throws {
        let folder = NSTemporaryDirectory() + "lederavtale-loop-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { remove(folder) }
        try FileManager.default.createSymbolicLink(atPath: folder + "/a", withDestinationPath: folder + "/b")
        try FileManager.default.createSymbolicLink(atPath: folder + "/b", withDestinationPath: folder + "/a")
        for command in ["check", "list"] {
            let result = try CommandRunner.run([command, "--store", folder + "/a"])
            #expect(result.status == 1)
            #expect(result.stderr.contains("løkke av symbolske lenker"), "\(command): \(result.stderr)")
            #expect(!result.stderr.contains("finnes ikke"), "\(command)")
        }
    }

    @Test func initVerifiesWhatItMade() throws {
        let folder = NSTemporaryDirectory() + "lederavtale-init-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { remove(folder) }
        #expect(FileManager.default.createFile(atPath: folder + "/fil", contents: Data("x".utf8)))
        let onFile = try CommandRunner.run(["init", "--store", folder + "/fil"])
        #expect(onFile.status == 1)
        #expect(onFile.stderr.contains("kan ikke opprette lageret: er ikke en mappe"), "\(onFile.stderr)")
        #expect(!onFile.stdout.contains("lager:"))
        let below = try CommandRunner.run(["init", "--sample", "--store", folder + "/fil/under"])
        #expect(below.status == 1, "\(below.stdout)")
    }

    @Test(.enabled(if: EditingEndToEndTests.canMount, "needs root to mount a read-only tmpfs"))
    func initOnAReadOnlyFolderFailsClearly() throws {
        let mountPoint = NSTemporaryDirectory() + "lederavtale-ro-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
        defer {
            _ = try? CommandRunner.system(["/bin/umount", mountPoint])
            remove(mountPoint)
        }
        #expect(try CommandRunner.system(["/bin/mount", "-t", "tmpfs", "-o", "size=1m,ro", "tmpfs", mountPoint]) == 0)
        let result = try CommandRunner.run(["init", "--sample", "--store", mountPoint])
        #expect(result.status == 1)
        #expect(result.stderr.contains("skrivebeskyttet"), "\(result.stderr)")
        #expect(!result.stdout.contains("lager:"))
    }

    @Test func aDuplicateKeyIsRefusedByEveryReaderAtTheSamePlace() throws {
        let root = try sampleStore()
        defer { remove(root) }
        let path = root + "/\(Self.id).json"
        let text = try String(contentsOfFile: path, encoding: .utf8)
            .replacingOccurrences(of: "\"phase\" : \"followUp\"", with: "\"phase\" : \"agreement\",\n    \"phase\" : \"followUp\"")
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = (lines.firstIndex { $0.contains("\"phase\" : \"followUp\"") } ?? 0) + 1
        let location = "\(path):\(line):5: nøkkelen «phase» står to ganger"
        let check = try CommandRunner.run(["check", "--store", root])
        #expect(check.status == 1 && check.stdout.contains(location), "\(check.stdout)")
        let list = try CommandRunner.run(["list", "--store", root])
        #expect(list.status == 1 && list.stderr.contains(location), "\(list.stderr)")
        #expect(!list.stdout.contains(Self.id))
        for command in ["export", "log"] {
            let result = try CommandRunner.run([command, Self.id, "--store", root])
            #expect(result.status == 1 && result.stderr.contains(location), "\(command): \(result.stderr)")
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text, "never rewritten")
    }

    @Test func idsByUniquePrefixAndTheClosestWhenNoneMatches() throws {
        let root = try sampleStore()
        defer { remove(root) }
        let export = try CommandRunner.run(["export", "hoeg", "--public", "--store", root])
        #expect(export.status == 0 && export.stdout.contains("Hoeggen skole"), "\(export.stderr)")
        let log = try CommandRunner.run(["log", "eide", "--store", root])
        #expect(log.status == 0, "\(log.stderr)")
        let typo = try CommandRunner.run(["export", "hoegen-skole", "--store", root])
        #expect(typo.status == 1)
        #expect(typo.stderr == "lederavtale: fant ingen avtale «hoegen-skole» — mente du: hoeggen-skole-2011?\n", "\(typo.stderr)")
        let text = try String(contentsOfFile: root + "/\(Self.id).json", encoding: .utf8)
            .replacingOccurrences(of: "\"id\" : \"hoeggen-skole-2011\"", with: "\"id\" : \"hoeggen-skole-2012\"")
        try text.write(toFile: root + "/hoeggen-skole-2012.json", atomically: true, encoding: .utf8)
        let ambiguous = try CommandRunner.run(["log", "hoeg", "--store", root])
        #expect(ambiguous.status == 1)
        #expect(ambiguous.stderr.contains("«hoeg» — mente du: hoeggen-skole-2011, hoeggen-skole-2012?"), "\(ambiguous.stderr)")
        let exact = try CommandRunner.run(["log", "hoeggen-skole-2012", "--store", root])
        #expect(exact.status == 0, "\(exact.stderr)")
    }

    @Test func helpAndUsageErrorsAreInBokmaal() throws {
        for arguments in [["--help"], ["-h"], ["export", "--help"], ["init", "--help"], ["config", "--help"], ["help", "log"], ["config", "set", "--help"],
                          ["help", "help"], ["help", "--help"], ["help", "config", "set"]] {
            let result = try CommandRunner.run(arguments)
            #expect(result.status == 0, "\(arguments)")
            for english in ["Show help information", "Show subcommand help", "<subcommand", "USAGE:", "OPTIONS:", "ARGUMENTS:", "SUBCOMMANDS:", "OVERVIEW:", "for detailed help", "(default"] {
                #expect(!result.stdout.contains(english), "\(arguments): «\(english)» in\n\(result.stdout)")
            }
            #expect(result.stdout.contains("BRUK:"), "\(arguments)")
            #expect(result.stdout.contains("Vis denne hjelpen.") || arguments == ["help", "help"], "\(arguments)")
        }
        let initHelp = try CommandRunner.run(["init", "--help"])
        #expect(!initHelp.stdout.contains("data/"))
        #expect(initHelp.stdout.contains("Oppretter mappen") && initHelp.stdout.contains("Hoeggen skole 2011"))
        let nosuch = try CommandRunner.run(["help", "nosuch"])
        #expect(nosuch.status == 2)
        #expect(nosuch.stderr.hasPrefix("lederavtale: ukjent kommando «nosuch»; kommandoene er open, init"), "\(nosuch.stderr)")
        let errors: [([String], String)] = [
            (["list", "--nope"], "lederavtale: ukjent valg «--nope»; mente du «--store»?"),
            (["list", "--sample"], "lederavtale: ukjent valg «--sample»\n"),
            (["export", "x", "--public=ja"], "lederavtale: uventet argument «ja»\n"),
            (["export"], "lederavtale: nevn én avtale, eller bruk --all for alle"),
            (["export", "x", "--format", "pdf"], "lederavtale: «pdf» er ikke en gyldig verdi for --format <format>; bruk markdown, md, html, csv eller json"),
            // Six allowed values: the library lists them one per line, worded all the same.
            (["overview", "--format", "xml"], "lederavtale: «xml» er ikke en gyldig verdi for --format <format>; bruk table, csv, json, markdown, md eller html"),
            (["log", "x", "--from"], "lederavtale: mangler en verdi etter --from <dato>"),
            (["check", "a", "b"], "lederavtale: uventede argumenter: «a» «b»"),
        ]
        for (arguments, expected) in errors {
            let result = try CommandRunner.run(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.hasPrefix(expected), "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains("Bruk: lederavtale"), "\(arguments): \(result.stderr)")
            #expect(!result.stderr.contains("Error:") && !result.stderr.contains("Usage:") && !result.stderr.contains("See '"), "\(arguments): \(result.stderr)")
            for english in ["Unknown", "option", "does not", "Missing", "invalid", "Unexpected", "specified"] {
                #expect(!result.stderr.contains(english), "\(arguments): «\(english)» in \(result.stderr)")
            }
        }
    }

    @Test func theConfigFileHoldsNameRoleLanguageAndTheme() throws {
        let config = NSTemporaryDirectory() + "lederavtale-config-" + UUID().uuidString
        defer { remove(config) }
        let environment = ["XDG_CONFIG_HOME": config]
        for (key, value) in [("name", "Kari Nordmann"), ("role", "kontaktperson"), ("language", "nb"), ("theme", "mono")] {
            let set = try CommandRunner.run(["config", "set", key, value], environment: environment)
            #expect(set.status == 0, "\(key): \(set.stderr)")
        }
        let show = try CommandRunner.run(["config", "show"], environment: environment)
        #expect(show.status == 0)
        #expect(show.stdout == """
            navn (name): Kari Nordmann
            rolle (role): kontaktperson
            språk (language): nb
            tema (theme): mono
            fil: \(config)/lederavtale/config.json

            """, "\(show.stdout)")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: config + "/lederavtale/config.json"))) as? [String: Any]
        #expect(object?["version"] as? Int == 1 && object?["role"] as? String == "contactPerson")
        for (arguments, status) in [(["config", "set", "farge", "blå"], 2), (["config", "set", "role", "sjef"], 2),
                                    (["config", "set", "language", "sv"], 2), (["config", "set", "theme", "neon"], 2)] {
            let result = try CommandRunner.run(arguments, environment: environment)
            #expect(result.status == Int32(status), "\(arguments): \(result.stderr)")
        }
        try "{\"version\": 1,}".write(toFile: config + "/lederavtale/config.json", atomically: true, encoding: .utf8)
        let broken = try CommandRunner.run(["config", "show"], environment: environment)
        #expect(broken.status == 1 && broken.stderr.contains("config.json:1:15:"), "\(broken.stderr)")
    }

    @Test func checkListsTheLocksOfTheStore() throws {
        let root = try sampleStore()
        defer { remove(root) }
        try #"{"host":"annen-maskin","pid":15745,"since":"2011-03-14T10:42:00+01:00"}"#.write(toFile: root + "/.\(Self.id).lock", atomically: true, encoding: .utf8)
        let check = try CommandRunner.run(["check", "--store", root])
        #expect(check.status == 0, "a lock is not an error")
        #expect(check.stdout.contains("lås på \(Self.id): annen-maskin, prosess 15745, siden 14.03.2011 10:42"), "\(check.stdout)")
        #expect(check.stdout.contains("på en annen maskin; kan ikke sjekkes herfra"))
    }
}
