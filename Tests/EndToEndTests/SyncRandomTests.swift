import AgreementKit
@testable import AgreementStore
import Foundation
import TestSupport
import Testing

/// Two clones of one store edited at once with random edits from the domain's operations, synced
/// both ways through a bare remote, round after round: no id either side kept is lost, and both
/// clones end byte-identical. Two rounds here; 1,000 with LEDERAVTALE_FULL=1, or as many as
/// LEDERAVTALE_SYNC_ROUNDS says.
extension SyncTests {
    static var randomRounds: Int {
        let environment = ProcessInfo.processInfo.environment
        return environment["LEDERAVTALE_SYNC_ROUNDS"].flatMap(Int.init) ?? (environment["LEDERAVTALE_FULL"] == "1" ? 1_000 : 2)
    }

    /// One line on standard error per round (rounds done, failed rounds, seconds so far), so a long
    /// run that is stopped early still gives an honest figure.
    static func reportProgress(round: Int, failed: [Int], started: Date) {
        let elapsed = Date().timeIntervalSince(started)
        let failures = failed.isEmpty ? "none" : failed.map(String.init).joined(separator: ",")
        let line = "sync-random: round \(round + 1)/\(randomRounds) done (seeds 2011/2013), failed rounds: \(failures), elapsed \(String(format: "%.1f", elapsed)) s\n"
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// The ids of the shared items of an agreement (section 4's personal goals stay on each machine).
    static func sharedIDs(_ a: Agreement) -> Set<String> {
        var out = Set(a.checklist.map(\.id.rawValue))
        for area in a.goalAreas {
            out.insert(area.id.rawValue)
            for row in area.rows {
                out.insert(row.id.rawValue)
                out.formUnion(row.measures.map(\.id.rawValue) + row.support.map(\.id.rawValue) + row.log.map(\.id.rawValue))
            }
        }
        out.formUnion(a.amendments.map(\.id.rawValue))
        return out
    }

    @Test func randomConcurrentEditsSyncedBothWaysLoseNothingAndEndIdentical() throws {
        let world = try World()
        let (anne, per) = try twoClones(world)
        let id = "hoeggen-skole-2011"
        var anneEdits = RandomEdits(seed: 2011, name: "Anne")
        var perEdits = RandomEdits(seed: 2013, name: "Per")
        let started = Date()
        var failedRounds: [Int] = []
        for round in 0..<Self.randomRounds {
            var roundOK = true
            let base = Self.sharedIDs(try AgreementStore(root: anne).load(id))
            var sides: [Set<String>] = []
            for (store, author, person) in [(anne, Self.anne, "anne"), (per, Self.per, "per")] {
                let files = AgreementStore(root: store, author: author)
                let before = try files.load(id)
                var agreement = before
                if person == "anne" { anneEdits.apply(anneEdits.int(1...4), to: &agreement) } else { perEdits.apply(perEdits.int(1...4), to: &agreement) }
                try files.save(agreement, previous: before)
                sides.append(Self.sharedIDs(agreement))
            }
            for person in ["anne", "per", "anne"] {
                let synced = try world.run(person, ["sync", "--store", person == "anne" ? anne : per])
                roundOK = roundOK && !synced.stdout.contains("konfliktmarkører") && (synced.status == 0 || synced.stdout.contains("konflikt"))
                #expect(!synced.stdout.contains("konfliktmarkører"), "round \(round): git was left a file: \(synced.stdout)")
                #expect(synced.status == 0 || synced.stdout.contains("konflikt"), "round \(round): \(synced.stdout)\(synced.stderr)")
            }
            let merged = Self.sharedIDs(try AgreementStore(root: anne).load(id))
            let kept = sides[0].subtracting(base).union(sides[1].subtracting(base)).union(sides[0].intersection(sides[1]))
            roundOK = roundOK && kept.isSubset(of: merged)
            #expect(kept.isSubset(of: merged), "round \(round): lost \(kept.subtracting(merged).sorted())")
            for file in ["\(id).json", "\(id)/history.json"] {
                let (a, b) = (FileManager.default.contents(atPath: "\(anne)/\(file)"), FileManager.default.contents(atPath: "\(per)/\(file)"))
                roundOK = roundOK && a != nil && a == b
                #expect(a != nil && a == b, "round \(round): \(file) differs between the clones")
            }
            if !roundOK { failedRounds.append(round) }
            Self.reportProgress(round: round, failed: failedRounds, started: started)
        }
    }
}
