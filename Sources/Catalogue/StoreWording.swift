import AgreementStore

/// The words for problems with the store's files.
public protocol StoreWording: Sendable {
    /// The problem alone.
    func storeProblem(_ problem: StoreError.Problem) -> String
}

extension StoreWording {
    /// The whole error as compilers print it: `file:line:column: problem`.
    public func storeError(_ error: StoreError) -> String {
        "\(error.location): \(storeProblem(error.problem))"
    }
}
