import AgreementKit
import Foundation

/// The municipal templates of a store: `templates/<name>.json`, written through the one atomic
/// writer and read as strictly as agreements.
extension AgreementStore {
    /// The templates folder.
    public var templatesPath: String { "\(root)/\(TemplateFiles.folder)" }

    /// The path of a template's file.
    public func templatePath(_ name: String) -> String { "\(templatesPath)/\(name).json" }

    /// The names of the templates, sorted; none when there is no templates folder.
    public func templateNames() -> [String] {
        ((try? fileSystem.list(templatesPath)) ?? []).compactMap(TemplateFiles.name(fromFileName:)).sorted()
    }

    /// A template by name; an unknown name is `.templateNotFound` with the names there are.
    public func loadTemplate(_ name: String) throws(StartProblem) -> StoredTemplate {
        let file = templatePath(name)
        let data: Data
        do { data = try fileSystem.read(file) } catch {
            if error.reason == .notFound { throw .templateNotFound(name, known: templateNames()) }
            throw .store(StoreError(file: file, problem: .unreadable(error)))
        }
        do {
            let template = try decodeTemplate(data, file: file)
            return StoredTemplate(template: template, stamp: fileSystem.stamp(file))
        } catch {
            throw .store(error)
        }
    }

    /// Every readable template, and the problems of those that are not.
    public func templates() -> (templates: [StoredTemplate], problems: [StoreError]) {
        var found: [StoredTemplate] = []
        var problems: [StoreError] = []
        for name in templateNames() {
            do { found.append(try loadTemplate(name)) } catch {
                if case .store(let error) = error { problems.append(error) }
            }
        }
        return (found, problems)
    }

    /// The newest template (the one last written) for a municipality and year, if any.
    public func newestTemplate(municipality: String, year: Int) -> StoredTemplate? {
        templates().templates.filter { $0.template.isFor(municipality: municipality, year: year) }
            .max { ($0.stamp?.modifiedNanoseconds ?? 0, $0.template.name) < ($1.stamp?.modifiedNanoseconds ?? 0, $1.template.name) }
    }

    /// Writes a template atomically (`replacing` an existing one, or refusing to).
    public func saveTemplate(_ template: Template, replacing: Bool) throws(StartProblem) {
        let file = templatePath(template.name)
        do {
            try fileSystem.createDirectory(templatesPath)
            let data = try StoreCoding.encode(TemplateFile(version: TemplateFile.currentVersion, template: template))
            try fileSystem.write(data, to: file, options: replacing ? .agreementFile : .newFile(permissions: 0o644))
        } catch let error as FileSystemError {
            if error.reason == .exists { throw .templateExists(template.name) }
            throw .store(StoreError(file: error.path, problem: .saveFailed(error)))
        } catch {
            throw .store(StoreError(file: file, problem: .encodingFailed(detail: "\(error)")))
        }
    }

    /// The bytes of a template's file, as `saveTemplate` writes them.
    public static func encodeTemplate(_ template: Template) throws -> Data {
        try StoreCoding.encode(TemplateFile(version: TemplateFile.currentVersion, template: template))
    }

    func decodeTemplate(_ data: Data, file: String) throws(StoreError) -> Template {
        let template = try FileDecoder(migration: TemplateFile.migration)
            .decode(TemplateFile.self, kind: .template, from: data, file: file, version: \.version).template
        let expected = (file as NSString).lastPathComponent.replacingOccurrences(of: ".json", with: "")
        if template.name != expected {
            throw StoreError(file: file, line: 1, column: 1, problem: .validation(path: "template.name", .templateNameMismatch(found: template.name, file: expected)))
        }
        return template
    }
}
