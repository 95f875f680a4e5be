import AgreementUI
import Foundation
import Testing

/// A small snapshot helper: a screen is stored as its text lines followed by one letter per
/// cell for its role. A missing snapshot is recorded; `RECORD_SNAPSHOTS=1` re-records all.
enum Snapshot {
    static let directory: String = {
        var url = URL(fileURLWithPath: #filePath)
        url.deleteLastPathComponent()
        return url.path + "/__Snapshots__"
    }()

    /// The letter of each role in the role map.
    static let letters: [Role: Character] = [
        .normal: ".", .title: "T", .header: "H", .border: "-", .borderFocused: "=", .selection: "S",
        .selectionInactive: "s", .muted: "m", .phaseBlue: "B", .phaseOrange: "O", .phaseGreen: "G",
        .badgeBlue: "b", .badgeOrange: "o", .badgeGreen: "g", .badgeClosed: "c", .footerKey: "K",
        .footerText: "k", .status: "i", .warning: "W", .error: "E", .match: "M", .inert: "X",
    ]

    /// The text form of a screen: text, a separator, the role map.
    static func render(_ screen: Screen) -> String {
        var out = screen.lines.map { $0 + "|" }
        out.append(String(repeating: "=", count: screen.width))
        for y in 0..<screen.height {
            var line = ""
            for x in 0..<screen.width { line.append(letters[screen[x, y].role] ?? "?") }
            out.append(line)
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func assert(_ screen: Screen, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let actual = render(screen)
        let path = "\(directory)/\(name).txt"
        let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil
        guard !record, let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
            try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try? actual.write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        if actual != expected {
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, e.count)
            let got = first < a.count ? String(a[first]) : "<none>"
            let want = first < e.count ? String(e[first]) : "<none>"
            Issue.record("snapshot \(name) differs at line \(first + 1):\n  expected: \(want)\n  actual:   \(got)\n(RECORD_SNAPSHOTS=1 re-records)", sourceLocation: sourceLocation)
        }
    }
}
