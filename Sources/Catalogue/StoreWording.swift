import AgreementStore
import Foundation

/// The words for problems with the store's files, for locks and for drafts.
public protocol StoreWording: Sendable {
    /// The problem alone: "kunne ikke lagre: disken er full (No space left on device)".
    func storeProblem(_ problem: StoreError.Problem) -> String
    /// Why a file operation failed: "disken er full (No space left on device)".
    func fileSystemProblem(_ error: FileSystemError) -> String
    /// Why a file is not strict JSON: "forventet «,» eller «}»".
    func syntaxProblem(_ problem: JSONSyntaxProblem) -> String
    /// A kind of JSON value in a sentence: "et heltall".
    func valueKind(_ kind: JSONValueKind) -> String
    /// A length of time: "2 t 5 min".
    func duration(seconds: Int) -> String
    /// Who holds a lock and whether they still do, for `check` and the status line:
    /// "vm, prosess 15745, siden 14.03.2011 10:42 (2 t 5 min) – i bruk".
    func lockHolder(_ holder: LockInfo, state: LockState, now: Date) -> String
    /// A read-only session's status line: who has the agreement open, since when.
    func heldElsewhere(_ holder: LockInfo, state: LockState, now: Date) -> String
    /// The footer label of the key that takes a lock over: "Ta over låsen".
    var lockTakeOverLabel: String { get }
    /// The confirmation before taking a lock over: "Ta over låsen fra vm, prosess 15745, siden …? (j/n)".
    func lockTakeOverQuestion(_ holder: LockInfo) -> String
    /// The lock's holder has quit or died (a read-only session watching it): offer to take over.
    var lockReleased: String { get }
    /// A lock that could not be read in `check`.
    var lockUnreadable: String { get }
    /// Where a draft went when the store could not be written (said as the session ends).
    func draftKeptElsewhere(_ path: String) -> String
    /// A draft from an interrupted session found outside the store (said at start).
    func draftFoundElsewhere(_ path: String) -> String
}

extension StoreWording {
    /// The whole error as compilers print it: `file:line:column: problem`.
    public func storeError(_ error: StoreError) -> String {
        "\(error.location): \(storeProblem(error.problem))"
    }

    /// A file system error with its path: "/x/a.md: disken er full (…)".
    public func fileSystemError(_ error: FileSystemError) -> String {
        "\(error.path): \(fileSystemProblem(error))"
    }
}
