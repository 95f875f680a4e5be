import AgreementKit
@testable import AgreementStore
import Foundation
import Testing

/// Syncing from the app, with the real binary in tmux and the real git: the header counts what
/// is not on the remote, `S` brings the other person's change onto the screen and sends ours.
extension SyncTests {
    @Test func sInTheAppSyncsShowsTheOtherSidesChangeAndClearsTheCount() throws {
        let world = try World()
        let (anne, per) = try twoClones(world)
        let row = try AgreementStore(root: anne).load("hoeggen-skole-2011").goalAreas[1].rows[0].id
        try world.edit(per, as: Self.per) { agreement in
            #expect(agreement.set(.target(row), to: "Pers mål for frivilligheten") == nil)
        }
        #expect(try world.run("per", ["sync", "--store", per]).status == 0)
        try world.edit(anne, as: Self.anne) { agreement in
            _ = agreement.addLogEntry(LogEntry(id: "anne0002", date: LocalDate(iso: "2011-09-14")!, text: "Dugnad i skolegården"), to: row)
        }
        let tmux = try TmuxSession(command: [CommandRunner.binary, "hoeggen-skole-2011", "--store", anne], width: 120, height: 40,
                                   environment: world.environment("anne"))
        let opened = try tmux.waitFor("ikke synkronisert: 1 endring")
        #expect(!opened.contains("Pers mål"), "Per's change is not here before the sync")
        tmux.send(keys: "S")
        let synced = try tmux.waitFor("Synkronisert med origin")
        #expect(synced.contains("Pers mål for frivilligheten"), "the merged agreement is on the screen:\n\(synced)")
        #expect(synced.contains("hentet") && synced.contains("sendt"), "\(synced)")
        #expect(!synced.contains("ikke synkronisert"), "nothing left to send:\n\(synced)")
        tmux.send(keys: "q")
        #expect(try tmux.waitForExit() == 0)

        #expect(try world.run("per", ["sync", "--store", per]).status == 0)
        let perSees = try AgreementStore(root: per).load("hoeggen-skole-2011")
        #expect(perSees.goalAreas.flatMap(\.rows).flatMap(\.log).contains { $0.id == "anne0002" }, "Anne's log entry reached Per")
    }
}

/// A bare remote made with plain `git init --bare`, whose HEAD names `master` while the store
/// pushes `main`: after `sync`, a clone of it checks the store out.
extension SyncTests {
    @Test func aBareRemoteWhoseHeadNamesMasterIsLeftCloneable() throws {
        let world = try World()
        let remote = world.root + "/plain.git"
        #expect(try world.git(["init", "-q", "--bare", remote]).status == 0)
        #expect(try world.git(["--git-dir=\(remote)", "config", "init.defaultBranch"]).stdout.isEmpty)
        #expect(try world.git(["--git-dir=\(remote)", "symbolic-ref", "HEAD"]).stdout.hasPrefix("refs/heads/master"), "git's own default")
        let anne = world.root + "/anne"
        #expect(try world.run("anne", ["config", "set", "name", "Anne Leder"]).status == 0)
        #expect(try world.run("anne", ["init", "--sample", "--git", "--remote", remote, "--store", anne]).status == 0)
        let branch = try world.git(["-C", anne, "symbolic-ref", "--short", "HEAD"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(branch != "master", "the store pushes a branch the remote's HEAD does not name: \(branch)")
        let synced = try world.run("anne", ["sync", "--store", anne])
        #expect(synced.status == 0, "\(synced.stdout)\(synced.stderr)")
        #expect(try world.git(["--git-dir=\(remote)", "symbolic-ref", "HEAD"]).stdout.hasPrefix("refs/heads/\(branch)"))
        let clone = world.root + "/clone"
        let cloned = try world.git(["clone", "-q", remote, clone])
        #expect(cloned.status == 0 && !cloned.stderr.contains("nonexistent ref"), "\(cloned.stderr)")
        #expect(FileManager.default.fileExists(atPath: clone + "/hoeggen-skole-2011.json"), "the clone checked the store out")
    }
}
