import AgreementKit
import Foundation

/// A file in `wheels/`: `{"version": 2, "wheel": {…}}`; version 2 added `variants`.
struct WheelFile: Codable {
    static let currentVersion = 2
    static let migration = SchemaMigration(steps: [1: SchemaMigration.addingVariants(under: "wheel")], currentVersion: currentVersion)
    var version: Int
    var wheel: AnnualWheel
}

/// A file in `guides/`: `{"guide": {…}, "version": 2}`; version 2 added `variants`.
struct GuideFile: Codable {
    static let currentVersion = 2
    static let migration = SchemaMigration(steps: [1: SchemaMigration.addingVariants(under: "guide")], currentVersion: currentVersion)
    var version: Int
    var guide: ConversationGuide
}

extension AgreementStore {
    /// The folder of the store's annual wheels, `wheels/<id>.json`.
    public var wheelsFolder: String { "\(root)/wheels" }
    /// The folder of the store's conversation guides, `guides/<id>.json`.
    public var guidesFolder: String { "\(root)/guides" }

    /// Every annual wheel of the store, read strictly and validated; a wheel with an error is
    /// reported (file:line:column) and left out, the others still apply.
    public func wheels() -> LoadedFiles<AnnualWheel> {
        let decoder = FileDecoder(migration: WheelFile.migration)
        let reader = DocumentReader<AnnualWheel>(
            fileSystem: fileSystem, rootKey: "wheel",
            decode: { (data, file) throws(StoreError) in try decoder.decode(WheelFile.self, kind: .agreement, from: data, file: file, version: \.version).wheel },
            name: { ("id", $0.id) },
            validate: { wheel in
                WheelValidator.validate(wheel).map { issue in
                    .init(path: issue.path, problem: .wheel(path: AgreementValidator.render(issue.path), issue.kind), isError: issue.severity == .error)
                }
            })
        return reader.read(folder: wheelsFolder)
    }

    /// Every conversation guide of the store, read strictly and validated.
    public func guides() -> LoadedFiles<ConversationGuide> {
        let decoder = FileDecoder(migration: GuideFile.migration)
        let reader = DocumentReader<ConversationGuide>(
            fileSystem: fileSystem, rootKey: "guide",
            decode: { (data, file) throws(StoreError) in try decoder.decode(GuideFile.self, kind: .agreement, from: data, file: file, version: \.version).guide },
            name: { ("id", $0.id) },
            validate: { guide in
                GuideValidator.validate(guide).map { issue in
                    .init(path: issue.path, problem: .guide(path: AgreementValidator.render(issue.path), issue.kind), isError: issue.severity == .error)
                }
            })
        return reader.read(folder: guidesFolder)
    }

    /// Writes the built-in wheels and guides into the store; a file already there is left alone.
    /// Returns the paths written, relative to the store.
    @discardableResult
    public func installWheelsAndGuides() throws(StoreError) -> [String] {
        var written: [String] = []
        for (folder, files) in [("wheels", SampleCatalog.wheelFiles), ("guides", SampleCatalog.guideFiles)] {
            let directory = "\(root)/\(folder)"
            for file in files {
                let path = "\(directory)/\(file.id).json"
                guard !fileSystem.exists(path) else { continue }
                do {
                    try fileSystem.createDirectory(directory)
                    try fileSystem.write(Data(file.bytes), to: path, options: .agreementFile)
                } catch {
                    throw StoreError(file: error.path, problem: .writeFailed(error))
                }
                written.append("\(folder)/\(file.id).json")
            }
        }
        return written
    }
}
