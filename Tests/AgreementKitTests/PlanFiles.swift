import AgreementKit
import Foundation

/// Reads and writes action-plan files in `data/plans/` the way the store writes its files.
enum PlanFiles {
    /// The shape of a plan file: `{"plan": {…}, "version": 1}`.
    struct File: Codable, Equatable {
        var plan: ActionPlan
        var version: Int
    }

    static let currentVersion = 1

    /// The package root, found from this file's path.
    static func packageRoot(filePath: String = #filePath) -> URL {
        URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static func url(_ name: String) -> URL {
        packageRoot().appendingPathComponent("data/plans/\(name)")
    }

    /// Sorted keys, pretty-printed, raw UTF-8, trailing newline: the store's one JSON style.
    static func encode(_ plan: ActionPlan) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(File(plan: plan, version: currentVersion))
        data.append(0x0A)
        return data
    }

    static func decode(_ data: Data) throws -> File {
        try JSONDecoder().decode(File.self, from: data)
    }
}
