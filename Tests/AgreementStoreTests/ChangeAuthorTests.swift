import AgreementKit
import AgreementStore
import Foundation
import Testing

/// An author found lazily: once, whoever asks first — the session's `prepare` after its first frame,
/// or a save.
@Suite("ChangeAuthor")
struct ChangeAuthorTests {
    /// Counts the lookups, from any thread.
    final class Lookups: @unchecked Sendable {
        private let lock = NSLock()
        private var made = 0
        func note() {
            lock.lock()
            made += 1
            lock.unlock()
        }
        var count: Int {
            lock.lock()
            defer { lock.unlock() }
            return made
        }
    }

    @Test func prepareFindsTheAuthorAndTheSavesAfterItAskNothing() {
        let lookups = Lookups()
        let author = ChangeAuthor(lazily: {
            lookups.note()
            return ("Gunn Git", .leader)
        })
        #expect(lookups.count == 0, "nothing is looked up before it is needed or prepared")
        author.prepare()
        #expect(lookups.count == 1, "prepare looks the author up")
        let stamp = author.stamp()
        #expect(stamp.person == "Gunn Git" && stamp.party == .leader)
        author.prepare()
        #expect(author.person == "Gunn Git")
        #expect(lookups.count == 1, "the saves and a second prepare ask nothing more")
    }

    @Test func withoutPrepareTheFirstSaveFindsTheAuthorOnce() {
        let lookups = Lookups()
        let author = ChangeAuthor(lazily: {
            lookups.note()
            return ("Kari Nordmann", nil)
        })
        #expect(author.stamp().person == "Kari Nordmann")
        #expect(author.stamp().person == "Kari Nordmann")
        #expect(lookups.count == 1)
    }

    @Test func threadsAskingAtOnceShareOneLookup() async {
        let lookups = Lookups()
        let author = ChangeAuthor(lazily: {
            lookups.note()
            return ("Per Kontakt", .contactPerson)
        })
        await withTaskGroup(of: String.self) { group in
            for _ in 0..<8 { group.addTask { author.person } }
            for await person in group { #expect(person == "Per Kontakt") }
        }
        #expect(lookups.count == 1)
    }

    @Test func aKnownAuthorNeedsNoPreparing() {
        let author = ChangeAuthor(person: "Per Kontakt", party: .contactPerson)
        author.prepare()
        #expect(author.person == "Per Kontakt" && author.party == .contactPerson)
    }
}
