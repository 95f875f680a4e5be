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
        checkHistory(id, into: &report)
        if let line = Self.conflictMarkerLine(data) {
            report.errors.append(StoreError(file: file, line: line, column: 1, problem: .gitConflictMarkers))
            return
        }
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
        for (i, conflict) in agreement.conflicts.enumerated() {
            let (l, c) = locate(["conflicts", .index(i)])
            let field = FieldRef(path: conflict.path)
            report.warnings.append(StoreError(file: file, line: l, column: c, problem: .recordedConflict(
                path: conflict.path.description, field: field, place: field.map(agreement.place(of:)) ?? .unknown, kind: conflict.kind)))
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

    /// The history files of an agreement, read as strictly as the agreement.
    private func checkHistory(_ id: String, into report: inout CheckReport) {
        for isPrivate in [false, true] {
            let file = historyPath(of: id, private: isPrivate)
            guard fileSystem.exists(file) else { continue }
            if isPrivate, let mode = fileSystem.mode(file), mode & 0o077 != 0 {
                report.errors.append(StoreError(file: file, problem: .privateExposed(mode: mode)))
            }
            guard let data = readForCheck(file, into: &report) else { continue }
            if let line = Self.conflictMarkerLine(data) {
                report.errors.append(StoreError(file: file, line: line, column: 1, problem: .gitConflictMarkers))
                continue
            }
            do { _ = try readHistory(file) } catch { report.errors.append(error) }
        }
    }

    /// The line of the first of git's conflict markers in a file (`<<<<<<< `, `=======`,
    /// `>>>>>>> ` at the start of a line), if it has one.
    static func conflictMarkerLine(_ data: Data) -> Int? {
        var line = 1
        var atStart = true
        let bytes = [UInt8](data)
        for i in bytes.indices {
            if atStart, bytes[i] == UInt8(ascii: "<") || bytes[i] == UInt8(ascii: ">") || bytes[i] == UInt8(ascii: "=") {
                let marker = bytes[i]
                let run = bytes[i...].prefix(while: { $0 == marker }).count
                if run == 7, i + 7 == bytes.count || [UInt8(ascii: " "), UInt8(ascii: "\n")].contains(bytes[i + 7]) { return line }
            }
            atStart = bytes[i] == UInt8(ascii: "\n")
            if atStart { line += 1 }
        }
        return nil
    }

    private func readForCheck(_ file: String, into report: inout CheckReport) -> Data? {
        do { return try fileSystem.read(file) } catch {
            report.errors.append(StoreError(file: file, problem: .unreadable(error)))
            return nil
        }
    }
}
