import AgreementKit
import AgreementStore
import Catalogue
import Foundation
import Testing

/// The store's typed problems, locks and drafts in bokmål: every case worded, the words a user
/// acts on present, the file the user chose named.
@Suite("Words for the store's problems, locks and drafts (bokmål)")
struct StoreWordingTests {
    let words = Language.nb.words

    static let fileSystemError = FileSystemError(path: "/x/a.json", code: ENOSPC)

    static let problems: [StoreError.Problem] = [
        .notFound(id: "hoegen", suggestions: ["hoeggen-skole-2011"]), .notFound(id: "x", suggestions: []),
        .ambiguous(prefix: "hoeg", candidates: ["hoeggen-skole-2011", "hoeggen-skole-2012"]), .storeMissing,
        .storeUnusable(fileSystemError), .cannotCreateStore(fileSystemError), .storeNotWritable(fileSystemError),
        .unreadable(fileSystemError), .syntax(.trailingComma), .duplicateKey("phase"), .notAnObject(found: .array),
        .versionMissing, .versionNotInteger, .versionUnknown(0), .newerVersion(found: 3, supported: 2), .noMigration(from: 1, at: 1),
        .migrationFailed(from: 1, detail: "x"), .typeMismatch(path: "a.b", expected: .integer, found: .string),
        .valueMissing(path: "a", expected: .string), .keyMissing(path: "a", key: "phase"), .invalidValue(path: "a", value: "later"),
        .invalidDate(path: "a", value: "2011-02-30"), .numberNotRepresentable(path: "a"), .undecodable(path: "a", detail: "x"),
        .idMismatch(found: "a", expected: "b"), .privateIDMismatch(found: "a", expected: "b"), .privateWithoutAgreement(agreementFile: "a.json"),
        .privateExposed(mode: 0o644), .privateModeFixed(from: 0o644), .validation(path: "a", .unitWithoutName), .changedOnDisk,
        .saveFailed(fileSystemError), .draftFailed(fileSystemError), .rollForwardFailed(fileSystemError), .writeFailed(fileSystemError),
        .encodingFailed(detail: "x"), .lockFailed(fileSystemError), .lockChanged(LockInfo(host: "vm", pid: 1, since: "2011-03-14T10:42:00+01:00")),
    ]

    @Test func everyProblemIsWorded() {
        for problem in Self.problems { #expect(!words.storeProblem(problem).isEmpty, "\(problem)") }
        #expect(Set(Self.problems.map(words.storeProblem)).count == Self.problems.count, "no two problems read alike")
    }

    @Test func theWordsAUserActsOn() {
        #expect(words.storeProblem(.notFound(id: "hoegen", suggestions: ["hoeggen-skole-2011"])) == "fant ingen avtale «hoegen» — mente du: hoeggen-skole-2011?")
        #expect(words.storeProblem(.saveFailed(Self.fileSystemError)) == "kunne ikke lagre: disken er full (No space left on device)")
        #expect(words.fileSystemProblem(FileSystemError(path: "/a", reason: .readOnlyFile)).contains("skrivebeskyttet"))
        #expect(words.fileSystemProblem(FileSystemError(path: "/a", code: ELOOP)).contains("løkke av symbolske lenker"))
        #expect(words.fileSystemProblem(FileSystemError(path: "/a", reason: .tooLarge(limit: 16 * 1024 * 1024))).contains("16 MB"))
        #expect(words.fileSystemProblem(FileSystemError(path: "/a", reason: .notRegularFile(.fifo))).contains("FIFO"))
        #expect(words.storeProblem(.syntax(.numberOutOfRange("1e400"))).contains("1e400"))
        #expect(words.storeError(StoreError(file: "/s/a.json", line: 3, column: 14, problem: .duplicateKey("phase")))
            == "/s/a.json:3:14: nøkkelen «phase» står to ganger i samme objekt (én av verdiene ville gått tapt)")
    }

    @Test func aLockHolderIsNamedWithItsAgeAndState() throws {
        let holder = LockInfo(host: "vm", pid: 15745, since: "2011-03-14T10:42:00+01:00")
        let now = try #require(holder.sinceDate).addingTimeInterval(2 * 3600 + 5 * 60)
        #expect(words.lockHolder(holder, state: .otherHost, now: now) == "vm, prosess 15745, siden 14.03.2011 10:42 (2 t 5 min) – på en annen maskin; kan ikke sjekkes herfra")
        #expect(words.heldElsewhere(holder, state: .live, now: now).hasPrefix("skrivebeskyttet – åpen i en annen økt (vm, prosess 15745, siden 14.03.2011 10:42, 2 t 5 min)"))
        #expect(words.lockTakeOverQuestion(holder).hasPrefix("Ta over låsen fra vm, prosess 15745, siden 14.03.2011 10:42?"))
        #expect(words.lockTakeOverLabel == "Ta over låsen")
        #expect(words.duration(seconds: 30) == "under 1 min")
        #expect(words.duration(seconds: 3 * 86_400) == "3 døgn")
    }
}
