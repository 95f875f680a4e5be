import AgreementKit
import Foundation

/// The sample agreements from `data/`, built into the binary so it runs from anywhere.
public enum SampleCatalog {
    /// The embedded sample files: (id, public file, private file).
    static let files: [(id: String, public: [UInt8], private: [UInt8]?)] = [
        ("hoeggen-skole-2011", PackageResources.hoeggen_skole_2011_json, PackageResources.hoeggen_skole_2011_private_json),
        ("eide-barneskole-2013", PackageResources.eide_barneskole_2013_json, PackageResources.eide_barneskole_2013_private_json),
    ]

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
    /// into it; an agreement already there is left alone. Returns the ids written.
    @discardableResult
    public func installSamples() throws(StoreError) -> [String] {
        try create()
        try installSamplePlans()
        var written: [String] = []
        for agreement in try SampleCatalog.agreements() where !fileSystem.exists(path(of: agreement.id)) {
            try save(agreement)
            written.append(agreement.id)
        }
        return written
    }
}
