import AgreementKit
@testable import AgreementStore
import Foundation
import Testing

/// Syncing beside the interface, with the real binary in tmux and a remote that takes its time
/// (git's upload-pack starts after a pause): keys keep working while git waits, a log entry
/// written meanwhile is saved and not lost by the merge, and a second sync sends it.
extension SyncTests {
    @Test func keysWorkWhileASlowRemoteSyncsAndAnEntryWrittenMeanwhileIsKept() throws {
        let world = try World()
        let (anne, per) = try twoClones(world)
        let row = try AgreementStore(root: anne).load("hoeggen-skole-2011").goalAreas[1].rows[0].id
        try world.edit(per, as: Self.per) { agreement in
            #expect(agreement.set(.target(row), to: "Pers mål for frivilligheten") == nil)
        }
        #expect(try world.run("per", ["sync", "--store", per]).status == 0)
        // Anne's remote answers a fetch only after four seconds.
        #expect(try world.git(["-C", anne, "config", "remote.origin.uploadpack", "sleep 4; git-upload-pack"]).status == 0)
        let tmux = try TmuxSession(command: [CommandRunner.binary, "hoeggen-skole-2011", "--store", anne], width: 120, height: 40,
                                   environment: world.environment("anne"))
        try tmux.waitFor("Hoeggen skole")
        tmux.send(keys: "S")
        try tmux.waitFor("Synkroniserer …")
        let entry = "Skrevet mens git hentet – skal ikke gå tapt"
        tmux.send(keys: "l")
        let form = try tmux.waitFor("Ny loggføring")
        #expect(form.contains("Synkroniserer …"), "the form opened while the sync runs:\n\(form)")
        tmux.type(entry)
        tmux.send(keys: "Enter")
        let saved = try tmux.waitUntil("the entry saved while the sync runs") { $0.contains("skal ikke gå tapt") && !$0.contains("Ny loggføring") }
        #expect(saved.contains("Synkroniserer …"), "saved before git was done:\n\(saved)")
        let first = try tmux.waitUntil("the first sync's answer", timeout: .seconds(30)) { $0.contains("endret mens git arbeidet") }
        #expect(first.contains("skal ikke gå tapt"), "the entry stays on the screen:\n\(first)")
        #expect(!first.contains("Synkroniserer …"), "the header no longer says a sync runs:\n\(first)")
        let onDisk = try AgreementStore(root: anne).load("hoeggen-skole-2011")
        #expect(onDisk.goalAreas.flatMap(\.rows).flatMap(\.log).contains { $0.text == entry }, "the entry is in the file")
        tmux.send(keys: "S")
        let second = try tmux.waitUntil("the second sync's answer", timeout: .seconds(30)) {
            $0.contains("Synkronisert med origin") && !$0.contains("endret mens git arbeidet")
        }
        #expect(second.contains("Pers mål for frivilligheten") && second.contains("skal ikke gå tapt"), "both changes on the screen:\n\(second)")
        tmux.send(keys: "q")
        #expect(try tmux.waitForExit() == 0)

        #expect(try world.run("per", ["sync", "--store", per]).status == 0)
        let perSees = try AgreementStore(root: per).load("hoeggen-skole-2011")
        #expect(perSees.goalAreas.flatMap(\.rows).flatMap(\.log).contains { $0.text == entry }, "Anne's entry written during the sync reached Per")
    }
}
