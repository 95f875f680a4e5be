import AgreementKit
import Foundation

extension AgreementStore {
    /// Validates every file of the store strictly: syntax, duplicate keys, types, schema
    /// version, ids and links, private file permissions. Reads only; never writes.
    public func check() throws(StoreError) -> CheckReport {
        let names: [String]
        do { names = try fileSystem.list(root).sorted() } catch {
            throw StoreError(file: root, message: "kan ikke lese lageret: \(error.message)")
        }
        var report = CheckReport()
        let ids = Set(names.compactMap(StoreFiles.agreementID(fromFileName:)))
        for id in ids.sorted() {
            checkAgreement(id, into: &report)
        }
        for name in names where name.hasSuffix(StoreFiles.privateSuffix) && !name.hasPrefix(".") {
            let id = String(name.dropLast(StoreFiles.privateSuffix.count))
            if !ids.contains(id) {
                report.warnings.append(StoreError(file: "\(root)/\(name)", message: "privat fil uten avtale (\(StoreFiles.agreementFileName(id)) mangler)"))
            }
        }
        return report
    }

    private func checkAgreement(_ id: String, into report: inout CheckReport) {
        let file = path(of: id)
        guard let data = readForCheck(file, into: &report) else { return }
        let parsed = JSONLocator.parse(data)
        if let syntax = parsed.error {
            // Strict JSON: what Foundation's decoder would let through (trailing commas, raw
            // control characters in strings) is still reported.
            report.errors.append(StoreError(file: file, line: syntax.position.line, column: syntax.position.column, message: syntax.message))
            return
        }
        for duplicate in parsed.duplicates {
            report.errors.append(StoreError(file: file, line: duplicate.position.line, column: duplicate.position.column,
                                            message: "nøkkelen «\(duplicate.key)» står to ganger i samme objekt"))
        }
        var agreement: Agreement
        do {
            agreement = try decodeAgreement(data, file: file)
        } catch {
            report.errors.append(error)
            return
        }
        let root = parsed.root
        func locate(_ path: [PathComponent]) -> (Int?, Int?) {
            guard let root else { return (nil, nil) }
            let p = JSONLocator.position(of: ["agreement"] + path, in: root)
            return (p.line, p.column)
        }
        if agreement.id != id {
            let (l, c) = locate(["id"])
            report.errors.append(StoreError(file: file, line: l, column: c, message: "avtalens id «\(agreement.id)» stemmer ikke med filnavnet (\(id))"))
        }
        for issue in AgreementValidator.validate(agreement) {
            let (l, c) = locate(issue.path)
            let error = StoreError(file: file, line: l, column: c, problem: .validation(path: AgreementValidator.render(issue.path), issue.kind))
            if issue.severity == .error { report.errors.append(error) } else { report.warnings.append(error) }
        }
        let privateFile = privatePath(of: id)
        if fileSystem.exists(privateFile) {
            if let mode = fileSystem.mode(privateFile), mode & 0o077 != 0 {
                report.errors.append(StoreError(file: privateFile, message: "punkt 4 er lesbar for andre (modus \(String(mode, radix: 8))); skal være 600"))
            }
            if let privateData = readForCheck(privateFile, into: &report) {
                do {
                    let decoded = try FileDecoder(migration: migration).decode(PrivateFile.self, kind: .privateSection, from: privateData, file: privateFile, version: \.version)
                    if decoded.agreementID != id {
                        report.errors.append(StoreError(file: privateFile, line: 1, column: 1, message: "«agreementID» «\(decoded.agreementID)» stemmer ikke med filnavnet (\(id))"))
                    }
                    agreement.personalGoals = decoded.personalGoals
                } catch {
                    report.errors.append(error)
                }
            }
        }
        report.agreements.append(CheckReport.Counts(agreement))
    }

    private func readForCheck(_ file: String, into report: inout CheckReport) -> Data? {
        do { return try fileSystem.read(file) } catch {
            report.errors.append(StoreError(file: file, message: "kan ikke leses: \(error.message)"))
            return nil
        }
    }
}
