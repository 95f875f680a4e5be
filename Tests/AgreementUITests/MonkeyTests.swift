import AgreementKit
import AgreementStore
@testable import AgreementUI
import Catalogue
import Foundation
import TestSupport
import Testing

/// A monkey at the keyboard: random keys (100,000 with LEDERAVTALE_FULL=1, 10,000 in CI, seeded)
/// through `AppState.update`, from the Hoeggen sample in every phase, read-only, and from the
/// picker, with random resizes (1×1 to 300×100). Each episode has a screen it aims for (main
/// screen, detail, meeting at mid-year or year-end, phase dialog, help, forms, picker) and
/// returns to it when a key took it elsewhere, so the keys are spent across every context.
/// Effects are "performed" at once against a pretend disk: `.save` answers `.saved` (sometimes
/// `.saveFailed` or `.saveConflict`), `.open` answers `.opened`, `.quit` is noted.
///
/// After every message: the state is valid (`MonkeyInvariants.problems(in:)`: every cursor names
/// an item that exists), what was saved last is what the state holds when it says it is saved,
/// and the screen is exactly its size with no control character and no half character.
///
/// Replay a failure: the message names aim, episode and step;
/// `LEDERAVTALE_MONKEY_AIM=<aim> LEDERAVTALE_MONKEY_EPISODE=<n>` runs that episode alone and
/// prints every step.
@Suite("Monkey: random keys through update and render")
struct MonkeyTests {
    static let environment = ProcessInfo.processInfo.environment
    static var full: Bool { environment["LEDERAVTALE_FULL"] == "1" }
    /// Keys per episode: every aim gets two episodes in every run, however many screens there are.
    static func episodeLength(total: Int) -> Int { max(100, total / (2 * Monkey.Aim.allCases.count)) }

    @Test func randomKeysKeepTheStateValidAndTheScreenClean() async throws {
        let total = Self.full ? 100_000 : 10_000
        let seed = Self.environment["LEDERAVTALE_MONKEY_SEED"].flatMap { UInt64($0) } ?? 1_024
        var jobs: [(Monkey.Aim, Int)] = []
        if let aim = Self.environment["LEDERAVTALE_MONKEY_AIM"].flatMap(Monkey.Aim.init(rawValue:)),
           let episode = Self.environment["LEDERAVTALE_MONKEY_EPISODE"].flatMap({ Int($0) }) {
            jobs = [(aim, episode)]
        } else {
            let episodes = (total + Self.episodeLength(total: total) - 1) / Self.episodeLength(total: total)
            jobs = (0..<episodes).map { (Monkey.Aim.allCases[$0 % Monkey.Aim.allCases.count], $0) }
        }
        let verbose = jobs.count == 1
        let started = ContinuousClock.now
        let workers = 2
        let tally = await withTaskGroup(of: MonkeyTally.self) { group in
            for worker in 0..<workers {
                let mine = jobs.enumerated().filter { $0.offset % workers == worker }.map(\.element)
                group.addTask {
                    var tally = MonkeyTally()
                    for (aim, episode) in mine {
                        var monkey = Monkey(aim: aim, episode: episode, seed: seed, verbose: verbose)
                        monkey.run(keys: Self.episodeLength(total: total))
                        tally.add(monkey.tally)
                    }
                    return tally
                }
            }
            var sum = MonkeyTally()
            for await part in group { sum.add(part) }
            return sum
        }
        let elapsed = ContinuousClock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let contexts = tally.contexts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        print("monkey: \(tally.keys) keys in \(tally.episodes) episodes (seed \(seed)), \(tally.resizes) resizes, \(tally.messages) replies, "
            + "\(tally.saves) saves, \(tally.lockChecks) lock checks, \(tally.languageSwitches) language switches, \(tally.quits) quits, \(tally.renders) screens rendered; keys by context: \(contexts); "
            + "\(tally.failures.count) failures, " + String(format: "%.1f s", seconds))
        #expect(tally.failures.isEmpty, "\(tally.failures.count) failures:\n\(tally.failures.prefix(10).joined(separator: "\n\n"))")
        if jobs.count > 1 {
            // Next year's review needs an agreement at year-end and `p N`, and last year's log a
            // carried row, which the samples have not: their keys are tested in YearStartUpdateTests.
            for context in KeyContext.allCases where ![.search, .nextYear, .previousLog].contains(context) {
                #expect(tally.contexts[context.rawValue, default: 0] >= tally.keys / 400, "too few keys in \(context): \(contexts)")
            }
        }
    }
}

/// What the monkey counted.
struct MonkeyTally: Sendable {
    var keys = 0, messages = 0, resizes = 0, saves = 0, quits = 0, renders = 0, episodes = 0, lockChecks = 0, languageSwitches = 0
    var contexts: [String: Int] = [:]
    var failures: [String] = []

    mutating func add(_ other: MonkeyTally) {
        keys += other.keys; messages += other.messages; resizes += other.resizes; saves += other.saves
        quits += other.quits; renders += other.renders; episodes += other.episodes; lockChecks += other.lockChecks
        languageSwitches += other.languageSwitches
        contexts.merge(other.contexts, uniquingKeysWith: +)
        failures += other.failures
    }
}
