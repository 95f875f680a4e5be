import AgreementKit

extension Bokmal {
    public func conflictKind(_ kind: FieldConflict.Kind) -> String {
        switch kind {
        case .bothChanged: "konflikt: endret ulikt på begge sider"
        case .changedAndRemoved: "konflikt: slettet på den ene siden og endret på den andre"
        case .amendmentCandidate: "endret etter signering: bekreft som endring i avtalen eller ta tilbake"
        }
    }
}
