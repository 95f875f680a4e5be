import Foundation

extension StoreSync {
    /// Leaves the remote cloneable after a push: a bare repository made with `git init --bare`
    /// names `master` as its HEAD while we push another branch (`main`), and `git clone` of it
    /// then checks nothing out. A local bare remote whose HEAD names no commit is pointed at the
    /// branch just pushed; any other remote whose HEAD names nothing is reported with the command
    /// to run where it lives.
    func keepRemoteCloneable(_ remote: String, branch: String, in repository: StoreRepository) throws(SyncFailure) {
        if let folder = localBareRepository(remote, in: repository) {
            let dir = "--git-dir=\(folder)"
            guard !repository.run([dir, "rev-parse", "-q", "--verify", "HEAD^{commit}"]).succeeded else { return }
            let pointed = repository.run([dir, "symbolic-ref", "HEAD", "refs/heads/\(branch)"])
            guard pointed.succeeded else { throw SyncFailure(.remoteHeadDangling(remote: remote, branch: branch)) }
            return
        }
        // `ls-remote --symref` prints nothing for a HEAD that names no commit.
        let head = repository.run(["ls-remote", "--symref", remote, "HEAD"])
        if head.succeeded, head.text.isEmpty { throw SyncFailure(.remoteHeadDangling(remote: remote, branch: branch)) }
    }

    /// The folder of a remote that is a bare repository on this machine (a path or a `file://`
    /// URL), or nil.
    private func localBareRepository(_ remote: String, in repository: StoreRepository) -> String? {
        let url = repository.run(["remote", "get-url", remote])
        guard url.succeeded else { return nil }
        var path = url.text
        if path.hasPrefix("file://") { path.removeFirst("file://".count) }
        if path.contains("://") || (!path.hasPrefix("/") && !path.hasPrefix(".") && path.contains(":")) { return nil }
        if !path.hasPrefix("/") { path = repository.store.root + "/" + path }
        let folder = URL(fileURLWithPath: path).standardizedFileURL.path
        let bare = repository.run(["--git-dir=\(folder)", "rev-parse", "--is-bare-repository"])
        return bare.succeeded && bare.text == "true" ? folder : nil
    }
}
