import AgreementKit
import Foundation

extension AgreementStore {
    /// Validates every file of the store strictly: syntax, duplicate keys, types, schema
    /// version, ids and links, private file permissions, and lists the locks. Reads only; never
    /// writes. Its verdict on a file is the verdict of `load` and `list`: what they refuse, it
    /// reports as an error (it says more: every duplicate key, and the content behind them).
    public func check() throws(StoreError) -> CheckReport {
        let names: [String]
        do { names = try fileSystem.list(root).sorted() } catch {
            throw StoreError(file: root, problem: error.reason == .notFound ? .storeMissing : .storeUnusable(error))
        }
        var report = CheckReport()
        let plans = checkPlans(into: &report)
        let ids = Set(names.compactMap(StoreFiles.agreementID(fromFileName:)))
        for id in ids.sorted() {
            checkAgreement(id, plans: plans, into: &report)
        }
        for name in names where name.hasSuffix(StoreFiles.privateSuffix) && !name.hasPrefix(".") {
            let id = String(name.dropLast(StoreFiles.privateSuffix.count))
            if !ids.contains(id) {
                report.warnings.append(StoreError(file: "\(root)/\(name)", problem: .privateWithoutAgreement(agreementFile: StoreFiles.agreementFileName(id))))
            }
        }
        if names.contains(StoreFacts.fileName) {
            do { _ = try facts() } catch { report.errors.append(error) }
        }
        checkWheelsGuidesAndConversations(ids: ids.sorted(), into: &report)
        checkTemplates(into: &report)
        report.locks = AgreementLock.locks(in: root, fileSystem: fileSystem)
        return report
    }

    private func checkAgreement(_ id: String, plans: [ActionPlan], into report: inout CheckReport) {
        let file = path(of: id)
        guard let data = readForCheck(file, into: &report) else { return }
        let parsed = JSONLocator.parse(data)
        if let syntax = parsed.error {
            report.errors.append(StoreError(file: file, line: syntax.position.line, column: syntax.position.column, problem: .syntax(syntax.problem)))
            return
        }
        for duplicate in parsed.duplicates {
            report.errors.append(StoreError(file: file, line: duplicate.position.line, column: duplicate.position.column, problem: .duplicateKey(duplicate.key)))
        }
        var agreement: Agreement
        do {
            agreement = try FileDecoder(migration: migration, strict: false)
                .decode(AgreementFile.self, kind: .agreement, from: data, file: file, version: \.version).agreement
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
            report.errors.append(StoreError(file: file, line: l, column: c, problem: .idMismatch(found: agreement.id, expected: id)))
        }
        for issue in AgreementValidator.validate(agreement) {
            let (l, c) = locate(issue.path)
            let error = StoreError(file: file, line: l, column: c, problem: .validation(path: AgreementValidator.render(issue.path), issue.kind))
            if issue.severity == .error { report.errors.append(error) } else { report.warnings.append(error) }
        }
        for (path, problem) in Self.planLinkProblems(agreement, plans: plans) {
            let (l, c) = locate(path)
            report.warnings.append(StoreError(file: file, line: l, column: c, problem: problem))
        }
        let privateFile = privatePath(of: id)
        if (try? fileSystem.info(privateFile, followingLinks: false)) != nil {
            if let mode = fileSystem.mode(privateFile), mode & 0o077 != 0 {
                report.errors.append(StoreError(file: privateFile, problem: .privateExposed(mode: mode)))
            }
            if let privateData = readForCheck(privateFile, into: &report) {
                do {
                    let decoded = try FileDecoder(migration: migration).decode(PrivateFile.self, kind: .privateSection, from: privateData, file: privateFile, version: \.version)
                    if decoded.agreementID != id {
                        report.errors.append(StoreError(file: privateFile, line: 1, column: 1, problem: .privateIDMismatch(found: decoded.agreementID, expected: id)))
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
            report.errors.append(StoreError(file: file, problem: .unreadable(error)))
            return nil
        }
    }
}
