import AgreementKit
import Foundation

/// The sample agreements from `data/`, built into the binary so it runs from anywhere.
public enum SampleCatalog {
    /// The embedded sample files: (id, public file, private file).
    static let files: [(id: String, public: [UInt8], private: [UInt8]?)] = [
        ("hoeggen-skole-2011", PackageResources.hoeggen_skole_2011_json, PackageResources.hoeggen_skole_2011_private_json),
        ("eide-barneskole-2013", PackageResources.eide_barneskole_2013_json, PackageResources.eide_barneskole_2013_private_json),
    ]

    /// The embedded sample templates: (name, file).
    static let templateFiles: [(name: String, bytes: [UInt8])] = [
        ("trondheim-2011", PackageResources.trondheim_2011_json),
    ]

    /// The names of the sample templates.
    public static var templateNames: [String] { templateFiles.map(\.name) }

    /// Every sample template, decoded.
    public static func templates() throws(StoreError) -> [Template] {
        var result: [Template] = []
        let decoder = FileDecoder(migration: TemplateFile.migration)
        for file in templateFiles {
            result.append(try decoder.decode(TemplateFile.self, kind: .template, from: Data(file.bytes), file: "data/templates/\(file.name).json", version: \.version).template)
        }
        return result
    }

    /// The embedded bytes of a sample template.
    public static func embeddedTemplate(_ name: String) -> Data? {
        templateFiles.first { $0.name == name }.map { Data($0.bytes) }
    }

    /// The ids of the samples.
    public static var ids: [String] { files.map(\.id) }

    /// Every sample agreement, decoded with its private section.
    public static func agreements() throws(StoreError) -> [Agreement] {
        var result: [Agreement] = []
        let decoder = FileDecoder(migration: .standard)
        for file in files {
            var agreement = try decoder.decode(AgreementFile.self, kind: .agreement, from: Data(file.public), file: "data/\(file.id).json", version: \.version).agreement
            if let privateBytes = file.private {
                agreement.personalGoals = try decoder.decode(PrivateFile.self, kind: .privateSection, from: Data(privateBytes), file: "data/\(file.id).private.json", version: \.version).personalGoals
            }
            result.append(agreement)
        }
        return result
    }

    /// The embedded bytes of a sample's files, for tests that compare them with a saved copy.
    public static func embeddedBytes(_ id: String) -> (public: Data, private: Data?)? {
        files.first { $0.id == id }.map { (Data($0.public), $0.private.map { Data($0) }) }
    }
}

extension AgreementStore {
    /// Creates the store if needed (and checks that it can be written), then writes every sample
    /// into it, and the sample templates into `templates/`; an agreement or template already
    /// there is left alone. Returns the ids written (templates as `templates/<name>`).
    @discardableResult
    public func installSamples() throws(StoreError) -> [String] {
        try create()
        var written: [String] = []
        for agreement in try SampleCatalog.agreements() where !fileSystem.exists(path(of: agreement.id)) {
            try save(agreement)
            written.append(agreement.id)
        }
        for template in try SampleCatalog.templates() where !fileSystem.exists(templatePath(template.name)) {
            do { try saveTemplate(template, replacing: false) } catch {
                if case .store(let error) = error { throw error }
                continue
            }
            written.append("\(TemplateFiles.folder)/\(template.name)")
        }
        return written
    }
}
