import AgreementKit
import Foundation

/// The sample agreements from `data/`, built into the binary so it runs from anywhere.
public enum SampleCatalog {
    /// The embedded sample files: (id, public file, private file).
    static let files: [(id: String, public: [UInt8], private: [UInt8]?)] = [
        ("hoeggen-skole-2011", PackageResources.hoeggen_skole_2011_json, PackageResources.hoeggen_skole_2011_private_json),
        ("eide-barneskole-2013", PackageResources.eide_barneskole_2013_json, PackageResources.eide_barneskole_2013_private_json),
    ]

    /// The built-in annual wheels, transcribed from the reference examples: (id, bytes of the file).
    static let wheelFiles: [(id: String, bytes: [UInt8])] = [
        ("bo-skule", PackageResources.bo_skule_json),
        ("sula", PackageResources.sula_json),
    ]

    /// The built-in conversation guides: (id, bytes of the file).
    static let guideFiles: [(id: String, bytes: [UInt8])] = [
        ("leiarsamtale-rektor", PackageResources.leiarsamtale_rektor_json),
    ]

    /// The ids of the built-in wheels and guides.
    public static var wheelIDs: [String] { wheelFiles.map(\.id) }
    public static var guideIDs: [String] { guideFiles.map(\.id) }
    /// The built-in action plans: (id, file), written into `plans/` as they are.
    static let planFiles: [(id: String, bytes: [UInt8])] = [
        ("kuo-2018-2021", PackageResources.kuo_2018_2021_json),
    ]

    /// The built-in action plans, decoded (for tests and tools).
    public static func plans() throws(StoreError) -> [ActionPlan] {
        var plans: [ActionPlan] = []
        for (id, bytes) in planFiles {
            plans.append(try FileDecoder(migration: PlanFile.migration).decode(PlanFile.self, kind: .plan, from: Data(bytes), file: "data/plans/\(id).json", version: \.version).plan)
        }
        return plans
    }

    /// The ids of the built-in action plans.
    public static var planIDs: [String] { planFiles.map(\.id) }
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
                let section = try decoder.decode(PrivateFile.self, kind: .privateSection, from: Data(privateBytes), file: "data/\(file.id).private.json", version: \.version)
                agreement.personalGoals = section.personalGoals
                agreement.leaderAssessment = section.leaderAssessment
            }
            result.append(agreement)
        }
        return result
    }

    /// The built-in annual wheels, decoded (for tests and the bench).
    public static func wheels() throws(StoreError) -> [AnnualWheel] {
        let decoder = FileDecoder(migration: WheelFile.migration)
        var result: [AnnualWheel] = []
        for file in wheelFiles {
            result.append(try decoder.decode(WheelFile.self, kind: .agreement, from: Data(file.bytes), file: "data/wheels/\(file.id).json", version: \.version).wheel)
        }
        return result
    }

    /// The built-in conversation guides, decoded.
    public static func guides() throws(StoreError) -> [ConversationGuide] {
        let decoder = FileDecoder(migration: GuideFile.migration)
        var result: [ConversationGuide] = []
        for file in guideFiles {
            result.append(try decoder.decode(GuideFile.self, kind: .agreement, from: Data(file.bytes), file: "data/guides/\(file.id).json", version: \.version).guide)
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
    /// into it, and the `demo` agreements after them (the demo municipality, generated by the
    /// caller), and the sample templates into `templates/`; an agreement or template already
    /// there is left alone. Returns the ids written (templates as `templates/<name>`).
    @discardableResult
    public func installSamples(demo: [Agreement] = []) throws(StoreError) -> [String] {
        try create()
        try installSamplePlans()
        var written: [String] = []
        for agreement in try SampleCatalog.agreements() + demo where !fileSystem.exists(path(of: agreement.id)) {
            try save(agreement)
            written.append(agreement.id)
        }
        try installWheelsAndGuides()
        // The samples tell the story of autumn 2011: deadlines are reckoned from then.
        if !fileSystem.exists(factsPath) { try writeFacts(StoreFacts(asOf: StoreFacts.sampleAsOf)) }
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
