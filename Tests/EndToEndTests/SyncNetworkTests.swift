import AgreementKit
import Foundation
import Testing

/// `sync` with remotes that misbehave: one that does not answer is stopped after the sync's
/// time and named so; ssh never asks for a password (batch mode, a bounded connect) unless the
/// user chose an ssh of their own; a remote that is not a local folder and whose HEAD names no
/// commit is reported with the command to run there.
extension SyncTests {
    /// A folder with an `ssh` of the test's own, and the PATH that finds it first.
    static func fakeSSH(in world: World, script: String) throws -> (folder: String, path: String) {
        let folder = world.root + "/bin"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try ("#!/bin/sh\n" + script + "\n").write(toFile: folder + "/ssh", atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder + "/ssh")
        return (folder, folder + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"))
    }

    /// Anne's store, made with git and synced once, with `remote` as origin.
    func store(_ world: World, remote: String) throws -> String {
        let anne = world.root + "/anne"
        #expect(try world.run("anne", ["config", "set", "name", "Anne Leder"]).status == 0)
        #expect(try world.run("anne", ["init", "--sample", "--git", "--remote", remote, "--store", anne]).status == 0)
        return anne
    }

    @Test func aRemoteThatDoesNotAnswerIsStoppedAfterTheSyncsTimeAndNamedSo() throws {
        let world = try World()
        let anne = try store(world, remote: world.remote)
        #expect(try world.run("anne", ["sync", "--store", anne]).status == 0)
        #expect(try world.git(["-C", anne, "config", "remote.origin.uploadpack", "sleep 60; git-upload-pack"]).status == 0)
        let started = ContinuousClock.now
        let synced = try CommandRunner.run(["sync", "--store", anne], environment: world.environment("anne").merging(["LEDERAVTALE_SYNC_TIMEOUT": "2"]) { $1 })
        #expect(synced.status == 1)
        #expect((synced.stdout + synced.stderr).contains("henter tok for lang tid: git ble stoppet etter 2 sekunder"), "\(synced.stdout)\(synced.stderr)")
        #expect(ContinuousClock.now - started < .seconds(30), "sync gave up instead of waiting for the remote")
    }

    @Test func sshRunsInBatchModeWithAConnectTimeoutUnlessTheUserChoseTheirOwn() throws {
        let world = try World()
        let (folder, path) = try Self.fakeSSH(in: world, script: "echo \"$@\" >> \"$(dirname \"$0\")/ssh-args\"; exit 255")
        let anne = try store(world, remote: "ssh://nobody@example.invalid/store.git")
        let synced = try CommandRunner.run(["sync", "--store", anne], environment: world.environment("anne").merging(["PATH": path]) { $1 })
        #expect(synced.status == 1, "\(synced.stdout)\(synced.stderr)")
        let args = (try? String(contentsOfFile: folder + "/ssh-args", encoding: .utf8)) ?? ""
        #expect(args.contains("-o BatchMode=yes") && args.contains("-o ConnectTimeout=15"), "ssh was run as: \(args)")
        try FileManager.default.removeItem(atPath: folder + "/ssh-args")
        let own = try CommandRunner.run(["sync", "--store", anne],
                                        environment: world.environment("anne").merging(["PATH": path, "GIT_SSH_COMMAND": "ssh -o User=egen"]) { $1 })
        #expect(own.status == 1)
        let ownArgs = (try? String(contentsOfFile: folder + "/ssh-args", encoding: .utf8)) ?? ""
        #expect(ownArgs.contains("User=egen") && !ownArgs.contains("BatchMode"), "the user's own ssh is kept: \(ownArgs)")
    }

    @Test func aRemoteOverSSHWhoseHeadNamesNoCommitSaysWhatToRunThere() throws {
        let world = try World()
        let plain = world.root + "/plain.git"
        #expect(try world.git(["init", "-q", "--bare", plain]).status == 0)
        // ssh to this machine: the command git asks for, run here (git treats the remote as not local).
        let (_, path) = try Self.fakeSSH(in: world, script: "for last; do :; done; exec sh -c \"$last\"")
        let anne = try store(world, remote: "ssh://localhost\(plain)")
        let branch = try world.git(["-C", anne, "symbolic-ref", "--short", "HEAD"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let synced = try CommandRunner.run(["sync", "--store", anne], environment: world.environment("anne").merging(["PATH": path]) { $1 })
        #expect(synced.status == 1, "\(synced.stdout)\(synced.stderr)")
        #expect((synced.stdout + synced.stderr).contains("kjør «git symbolic-ref HEAD refs/heads/\(branch)» i fjernlageret"), "\(synced.stdout)\(synced.stderr)")
        #expect(try world.git(["--git-dir=\(plain)", "rev-parse", "--verify", "refs/heads/\(branch)"]).status == 0, "the push itself went through")
        #expect(try world.git(["--git-dir=\(plain)", "symbolic-ref", "HEAD"]).stdout.hasPrefix("refs/heads/master"), "a remote that is not local is not changed")
    }
}
