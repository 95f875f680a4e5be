import AgreementKit
@testable import AgreementStore
import Foundation

/// Runs one hostile file through the store the way a user's commands would — `load`, `list`,
/// `check` — and says what went wrong: a refusal without file, line and column; a file that was
/// changed by reading it; a load that does not survive `save` → `load`; `list` or `check`
/// disagreeing with `load`. A crash ends the test process; `FuzzHarness.witness` then names the
/// case that was running.
struct FuzzHarness {
    enum Outcome: Equatable {
        /// Loaded, saved, loaded again: equal.
        case loaded
        /// Refused with a `StoreError`.
        case refused(StoreError)
    }

    struct Report {
        var outcome: Outcome?
        var problems: [String] = []
        var rewrites = 0
    }

    let folder = TemporaryFolder()
    var store: AgreementStore { AgreementStore(root: folder.path) }
    /// The file that names the case being run, so that a crash can be traced to its input:
    /// `$TMPDIR/lederavtale-fuzz-current-case-<worker>.txt`.
    let witness: String

    init(worker: Int = 0) {
        witness = NSTemporaryDirectory() + "lederavtale-fuzz-current-case-\(worker).txt"
    }

    /// Writes the files, reads them every way, checks the answers.
    func run(id: String, publicBytes: Data?, privateBytes: Data?, label: String) -> Report {
        var report = Report()
        let store = store
        for name in folder.names() { try? FileManager.default.removeItem(atPath: "\(folder.path)/\(name)") }
        if let publicBytes { write(publicBytes, to: store.path(of: id), mode: 0o644) }
        if let privateBytes { write(privateBytes, to: store.privatePath(of: id), mode: 0o600) }
        try? Data("\(label)\nfolder: \(folder.path)\n".utf8).write(to: URL(fileURLWithPath: witness))
        let before = snapshot()

        var loaded: Agreement?
        var loadError: StoreError?
        do { loaded = try store.load(id) } catch { loadError = error }

        var listed: ListResult?
        do { listed = try store.list() } catch { report.problems.append("list threw \(error)") }
        var checked: CheckReport?
        do { checked = try store.check() } catch { report.problems.append("check threw \(error)") }

        // Reading never writes: every file is as it was (the index is the store's own cache).
        let after = snapshot()
        if after != before {
            report.rewrites += 1
            let changed = Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }.sorted()
            report.problems.append("load/list/check changed \(changed)")
        }

        if let error = loadError {
            report.outcome = .refused(error)
            let publicFile = store.path(of: id), privateFile = store.privatePath(of: id)
            if error.file != publicFile && error.file != privateFile {
                report.problems.append("the error names \(error.file), not the file: \(error)")
            }
            let bad = error.file == privateFile ? privateBytes : publicBytes
            if let bad, JSONLocator.parse(bad).strictProblem != nil, error.line == nil || error.column == nil {
                report.problems.append("a syntax error without line and column: \(error)")
            }
            if let bad, let line = error.line, let column = error.column {
                let lines = bad.split(separator: 0x0A, omittingEmptySubsequences: false)
                if line < 1 || line > lines.count {
                    report.problems.append("line \(line) of a file of \(lines.count) lines: \(error)")
                } else if column < 1 || column > String(decoding: lines[line - 1], as: UTF8.self).count + 2 {
                    report.problems.append("column \(column) of a line of \(lines[line - 1].count) bytes: \(error)")
                }
            }
            if error.file == publicFile, let listed {
                if listed.summaries.contains(where: { $0.id == id }) { report.problems.append("list shows the agreement that load refuses: \(error)") }
                if !listed.problems.contains(where: { $0.file == publicFile }) {
                    report.problems.append("list does not report the file load refuses (shows \(listed.summaries.map(\.id))): \(error)")
                }
            }
            if let checked, checked.isClean { report.problems.append("check finds nothing wrong with a file load refuses: \(error)") }
        } else if let loaded {
            // One parser, one verdict: what loads is strict JSON without a duplicate key.
            for (name, bytes) in [("public", publicBytes), ("private", privateBytes)] {
                if let bytes, let (position, problem) = JSONLocator.parse(bytes).strictProblem {
                    report.problems.append("the \(name) file loads, but is not strict JSON: \(position.line):\(position.column): \(problem)")
                }
            }
            if let listed, !listed.summaries.contains(where: { $0.id == id }) {
                report.problems.append("list does not show the agreement that loads: \(listed.problems)")
            }
            // What loads must survive save → load, and a second save gives the same bytes.
            do {
                try store.save(loaded)
                let first = (folder.bytes(StoreFiles.agreementFileName(id)), folder.bytes(StoreFiles.privateFileName(id)))
                let again = try store.load(id)
                if again != loaded { report.problems.append("save → load gives another agreement: \(Self.difference(loaded, again))") }
                try store.save(again)
                if folder.bytes(StoreFiles.agreementFileName(id)) != first.0 || folder.bytes(StoreFiles.privateFileName(id)) != first.1 {
                    report.problems.append("saving what was loaded gives other bytes the second time")
                }
                report.outcome = .loaded
            } catch {
                report.problems.append("it loads, but save → load fails: \(error)")
            }
        } else {
            report.problems.append("load neither returned nor threw")
        }
        return report
    }

    private func write(_ data: Data, to path: String, mode: mode_t) {
        _ = FileManager.default.createFile(atPath: path, contents: data)
        chmod(path, mode)
    }

    /// Every file of the folder but the index, by name.
    private func snapshot() -> [String: Data] {
        var files: [String: Data] = [:]
        for name in folder.names() where name != StoreIndex.fileName {
            files[name] = folder.bytes(name) ?? Data("<unreadable>".utf8)
        }
        return files
    }

    /// The first field that differs, in words (for failure messages).
    static func difference(_ a: Agreement, _ b: Agreement) -> String {
        let mirrorA = Mirror(reflecting: a), mirrorB = Mirror(reflecting: b)
        for (childA, childB) in zip(mirrorA.children, mirrorB.children) where "\(childA.value)" != "\(childB.value)" {
            return "\(childA.label ?? "?"): \(String("\(childA.value)".prefix(300))) ≠ \(String("\(childB.value)".prefix(300)))"
        }
        return "no field differs in its description"
    }
}

/// The process's peak resident memory (VmHWM) in bytes, from /proc/self/status.
func peakResidentBytes() -> Int? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return nil }
    let kilobytes = line.split(separator: " ").compactMap { Int($0) }.first
    return kilobytes.map { $0 * 1024 }
}
