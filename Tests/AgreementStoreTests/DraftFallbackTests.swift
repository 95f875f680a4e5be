import AgreementKit
@testable import AgreementStore
import Foundation
import Testing

/// A draft goes to the store; when the store cannot be written (the very failure that made the
/// save fail), to the state folder, then /tmp, 0600 everywhere — and it is found again.
@Suite("Drafts when the store cannot be written")
struct DraftFallbackTests {
    @Test func aDraftFallsBackToTheStateFolderAndIsFoundThere() throws {
        let folder = TemporaryFolder(), state = TemporaryFolder()
        let fs = FailingFileSystemTests.FlakyFileSystem()
        fs.failing = ENOSPC
        fs.failingUnder = folder.path
        let store = AgreementStore(root: folder.path, fileSystem: fs)
        let environment = ["XDG_STATE_HOME": state.path, "HOME": "/nonexistent"]
        let location = try store.keepDraft(Data("{\"text\":\"halvferdig\"}".utf8), for: "x-2011", environment: environment)
        #expect(location.isFallback)
        #expect(location.path.hasPrefix("\(state.path)/lederavtale/drafts/"))
        #expect(fs.mode(location.path) == 0o600)
        #expect(fs.mode("\(state.path)/lederavtale/drafts") == 0o700)
        let found = try #require(store.findDraft(for: "x-2011", environment: environment))
        #expect(found.location == location)
        #expect(String(decoding: found.data, as: UTF8.self).contains("halvferdig"))
        // Another store's agreement of the same id does not see it.
        #expect(AgreementStore(root: folder.path + "-other").findDraft(for: "x-2011", environment: environment) == nil)
        store.removeDraft(for: "x-2011", environment: environment)
        #expect(store.findDraft(for: "x-2011", environment: environment) == nil)
    }

    @Test func thenToAPrivateFolderInTmp() throws {
        let folder = TemporaryFolder()
        let fs = FailingFileSystemTests.FlakyFileSystem()
        fs.failing = EROFS
        fs.failingUnder = folder.path
        let store = AgreementStore(root: folder.path, fileSystem: fs)
        let environment = ["XDG_STATE_HOME": "/proc/lederavtale-cannot-write-here"]
        let location = try store.keepDraft(Data("{}".utf8), for: "y-2011", environment: environment)
        defer { store.removeDraft(for: "y-2011", environment: environment) }
        #expect(location.path.hasPrefix("/tmp/lederavtale-\(getuid())/"))
        #expect(fs.mode(location.path) == 0o600)
        #expect(fs.mode("/tmp/lederavtale-\(getuid())") == 0o700)
    }

    @Test func theStoreComesFirstWhenItCanBeWritten() throws {
        let folder = TemporaryFolder()
        let store = AgreementStore(root: folder.path)
        let location = try store.keepDraft(Data("{}".utf8), for: "z-2011", environment: [:])
        #expect(location == DraftLocation(path: store.draftPath(of: "z-2011"), isFallback: false))
        #expect(store.draft(for: "z-2011") == Data("{}".utf8))
    }
}
