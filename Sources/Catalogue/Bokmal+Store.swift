import AgreementStore

extension Bokmal {
    public func storeProblem(_ problem: StoreError.Problem) -> String {
        switch problem {
        case .text(let text): text
        case .validation(let path, let kind): "\(path): \(validation(kind))"
        }
    }
}
