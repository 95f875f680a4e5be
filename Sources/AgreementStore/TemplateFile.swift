import AgreementKit

/// The content of `templates/<name>.json`: its own schema version (2; version 2 added
/// `variants`) and the template.
struct TemplateFile: Codable {
    static let currentVersion = 2
    /// Templates count their own versions; a newer file is refused with its version.
    static let migration = SchemaMigration(steps: [1: SchemaMigration.addingVariants(under: "template")], currentVersion: currentVersion)

    var version: Int
    var template: Template
}

/// The names of the template files of a store: `templates/<name>.json`.
public enum TemplateFiles {
    public static let folder = "templates"

    /// The template name of a file name, or nil for anything else (hidden and temporary files).
    public static func name(fromFileName file: String) -> String? {
        guard !file.hasPrefix("."), file.hasSuffix(".json") else { return nil }
        return String(file.dropLast(".json".count))
    }
}

/// A template as read from the store, with its file's stamp (the newest is the one last written).
public struct StoredTemplate: Equatable, Sendable {
    public var template: Template
    public var stamp: FileStamp?

    public init(template: Template, stamp: FileStamp?) {
        self.template = template
        self.stamp = stamp
    }
}
