import Foundation

/// Brings files written by older versions of lederavtale up to the current schema.
///
/// Each step takes the JSON object of one version to the next; loading an old file runs the
/// steps in order and the file is rewritten in the new version only when the user next saves.
public struct SchemaMigration: Sendable {
    /// The schema version this build writes: one past the last step.
    public static let currentVersion = (standardSteps.keys.max() ?? 0) + 1

    /// Which kind of store file a step is migrating.
    public enum FileKind: Sendable {
        case agreement
        case privateSection
        /// An action plan in `plans/`, with its own version (1).
        case plan
        /// A municipal template in `templates/` (its own versions, from 1).
        case template
    }

    /// A step from `from` to `from + 1`, on the file's JSON object.
    public typealias Step = @Sendable (inout [String: Any], FileKind) throws -> Void

    /// The steps, keyed by the version they start from. Version 1 is the first schema.
    public var steps: [Int: Step]
    public var currentVersion: Int

    public init(steps: [Int: Step] = SchemaMigration.standardSteps, currentVersion: Int = SchemaMigration.currentVersion) {
        self.steps = steps
        self.currentVersion = currentVersion
    }

    public static let standard = SchemaMigration()

    /// Every step, keyed by the version it starts from; each lives in its own file
    /// (`SchemaMigration+V<n>.swift`) and touches only its own keys, so steps compose.
    public static let standardSteps: [Int: Step] = [
        1: toVersion2,
        2: toVersion3,
        3: toVersion4,
        4: toVersion5,
        5: toVersion6,
        6: toVersion7,
        7: toVersion8,
        8: toVersion9,
    ]

    /// Version 1 → 2: the year's record — sign-offs, phase changes, amendments, reviews and
    /// improvement plans — starts empty.
    static let toVersion2: Step = { object, kind in
        guard kind == .agreement, var agreement = object["agreement"] as? [String: Any] else { return }
        for key in ["signOffs", "phaseChanges", "amendments", "reviews", "improvementPlans"] where agreement[key] == nil {
            agreement[key] = [Any]()
        }
        object["agreement"] = agreement
    }

    /// The data migrated from `version` to the current version.
    func migrate(_ data: Data, from version: Int, kind: FileKind, file: String) throws(StoreError) -> Data {
        guard var object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            throw StoreError(file: file, line: 1, column: 1, problem: .notAnObject(found: .other("?")))
        }
        var v = version
        while v < currentVersion {
            guard let step = steps[v] else {
                throw StoreError(file: file, line: 1, column: 1, problem: .noMigration(from: version, at: v))
            }
            do { try step(&object, kind) } catch {
                throw StoreError(file: file, line: 1, column: 1, problem: .migrationFailed(from: v, detail: "\(error)"))
            }
            v += 1
            object["version"] = v
        }
        do {
            return try JSONSerialization.data(withJSONObject: object)
        } catch {
            throw StoreError(file: file, problem: .migrationFailed(from: version, detail: "\(error)"))
        }
    }
}
