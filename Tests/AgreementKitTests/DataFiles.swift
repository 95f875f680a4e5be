import AgreementKit
import Foundation

/// The files in data/wheels and data/guides, read from the package beside this test.
enum DataFiles {
    /// `{"version": 2, "wheel": {…}}`, the shape of a file in `wheels/`.
    struct WheelFile: Codable, Equatable {
        var version: Int
        var wheel: AnnualWheel
    }

    /// `{"guide": {…}, "version": 2}`, the shape of a file in `guides/`.
    struct GuideFile: Codable, Equatable {
        var version: Int
        var guide: ConversationGuide
    }

    static var root: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static func bytes(_ relativePath: String) throws -> Data {
        try Data(contentsOf: root.appendingPathComponent("data").appendingPathComponent(relativePath))
    }

    static func wheel(_ id: String) throws -> WheelFile {
        try JSONDecoder().decode(WheelFile.self, from: bytes("wheels/\(id).json"))
    }

    static func guide(_ id: String) throws -> GuideFile {
        try JSONDecoder().decode(GuideFile.self, from: bytes("guides/\(id).json"))
    }

    /// The store's one JSON style: sorted keys, pretty-printed, raw UTF-8, trailing newline.
    static func canonical<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(value)
        data.append(0x0A)
        return data
    }

    static let wheelIDs = ["bo-skule", "sula"]
    static let guideIDs = ["leiarsamtale-rektor"]
}
