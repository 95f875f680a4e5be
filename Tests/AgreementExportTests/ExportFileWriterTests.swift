import AgreementExport
import Foundation
import Testing

@Suite("Writing export files")
struct ExportFileWriterTests {
    private let folder: String = {
        let path = NSTemporaryDirectory() + "lederavtale-export-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()

    private func mode(_ path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int
    }

    @Test func writesWithTheExactModeAndNeverOverwritesUnlessAsked() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/avtale.html"
        try ExportFileWriter.write(Data("første".utf8), to: path, mode: 0o600, overwrite: false)
        #expect(mode(path) == 0o600)
        #expect(throws: ExportError.fileExists(path)) {
            try ExportFileWriter.write(Data("andre".utf8), to: path, mode: 0o644, overwrite: false)
        }
        #expect(FileManager.default.contents(atPath: path) == Data("første".utf8))
        try ExportFileWriter.write(Data("tredje".utf8), to: path, mode: 0o644, overwrite: true)
        #expect(FileManager.default.contents(atPath: path) == Data("tredje".utf8))
        #expect(mode(path) == 0o644)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["avtale.html"])
    }

    @Test func aLinkOrFolderInTheWayIsNotFollowed() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createSymbolicLink(atPath: folder + "/lenke.md", withDestinationPath: folder + "/mål.md")
        #expect(throws: ExportError.fileExists(folder + "/lenke.md")) {
            try ExportFileWriter.write(Data("x".utf8), to: folder + "/lenke.md", mode: 0o600, overwrite: false)
        }
        #expect(!FileManager.default.fileExists(atPath: folder + "/mål.md"))
    }

    @Test func aMissingFolderIsAFailureNamingThePath() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/finnes-ikke/avtale.md"
        do {
            try ExportFileWriter.write(Data("x".utf8), to: path, mode: 0o644, overwrite: false)
            Issue.record("expected a failure")
        } catch {
            #expect(error.description.contains("finnes-ikke"))
        }
    }

    @Test func absolutePaths() {
        #expect(ExportFileWriter.absolutePath("a.md", currentDirectory: "/home/kari") == "/home/kari/a.md")
        #expect(ExportFileWriter.absolutePath("./ut/../a.md", currentDirectory: "/home/kari") == "/home/kari/a.md")
        #expect(ExportFileWriter.absolutePath("/tmp/a.md", currentDirectory: "/home/kari") == "/tmp/a.md")
    }
}
