import AgreementKit
import Foundation

extension AgreementStore {
    /// Validates every file of `templates/` as strictly as agreements: syntax, duplicate keys,
    /// types, version, the name against the file name, ids and texts. Reads only.
    func checkTemplates(into report: inout CheckReport) {
        guard let names = try? fileSystem.list(templatesPath) else { return }
        for name in names.sorted() {
            guard let template = TemplateFiles.name(fromFileName: name) else { continue }
            let file = templatePath(template)
            let data: Data
            do { data = try fileSystem.read(file) } catch {
                report.errors.append(StoreError(file: file, problem: .unreadable(error)))
                continue
            }
            let parsed = JSONLocator.parse(data)
            if let syntax = parsed.error {
                report.errors.append(StoreError(file: file, line: syntax.position.line, column: syntax.position.column, problem: .syntax(syntax.problem)))
                continue
            }
            for duplicate in parsed.duplicates {
                report.errors.append(StoreError(file: file, line: duplicate.position.line, column: duplicate.position.column, problem: .duplicateKey(duplicate.key)))
            }
            let decoded: Template
            do {
                decoded = try FileDecoder(migration: TemplateFile.migration, strict: false)
                    .decode(TemplateFile.self, kind: .template, from: data, file: file, version: \.version).template
            } catch {
                report.errors.append(error)
                continue
            }
            func located(_ path: [PathComponent], _ kind: ValidationIssue.Kind) -> StoreError {
                let p = parsed.root.map { JSONLocator.position(of: ["template"] + path, in: $0) }
                return StoreError(file: file, line: p?.line, column: p?.column, problem: .validation(path: AgreementValidator.render(["template"] + path), kind))
            }
            var clean = parsed.duplicates.isEmpty
            if decoded.name != template {
                report.errors.append(located(["name"], .templateNameMismatch(found: decoded.name, file: template)))
                clean = false
            }
            for issue in TemplateValidator.validate(decoded) {
                if issue.severity == .error { report.errors.append(located(issue.path, issue.kind)); clean = false } else {
                    report.warnings.append(located(issue.path, issue.kind))
                }
            }
            if clean { report.templates.append(CheckReport.TemplateCounts(decoded)) }
        }
    }
}

extension CheckReport {
    /// What `check` says of one good template.
    public struct TemplateCounts: Equatable, Sendable {
        public var name: String
        public var municipality: String
        public var year: Int
        public var commonGoalAreas: Int
        public var serviceAreas: Int
        public var tasks: Int

        public init(_ template: Template) {
            name = template.name
            municipality = template.municipality
            year = template.year
            commonGoalAreas = template.commonGoalAreas.count
            serviceAreas = template.serviceAreas.count
            tasks = template.checklist.count
        }
    }
}
