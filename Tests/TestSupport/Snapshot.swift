import AgreementUI
import Foundation
import Testing

/// Snapshots stored in `__Snapshots__` beside the test file: a screen as its text lines
/// followed by one letter per cell for its role, or any text. A missing or different snapshot
/// fails the test; `RECORD_SNAPSHOTS=1` (re-)records instead.
public enum Snapshot {
    /// The letter of each role in the role map.
    public static let letters: [Role: Character] = [
        .normal: ".", .title: "T", .header: "H", .border: "-", .borderFocused: "=", .selection: "S",
        .selectionInactive: "s", .muted: "m", .phaseBlue: "B", .phaseOrange: "O", .phaseGreen: "G",
        .badgeBlue: "b", .badgeOrange: "o", .badgeGreen: "g", .badgeClosed: "c", .footerKey: "K",
        .footerText: "k", .status: "i", .warning: "W", .error: "E", .match: "M", .inert: "X", .met: "Y", .notMet: "Z",
    ]

    /// The text form of a screen: text, a separator, the role map.
    public static func render(_ screen: Screen) -> String {
        var out = screen.lines.map { $0 + "|" }
        out.append(String(repeating: "=", count: screen.width))
        for y in 0..<screen.height {
            var line = ""
            for x in 0..<screen.width { line.append(letters[screen[x, y].role] ?? "?") }
            out.append(line)
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Compares a screen with `__Snapshots__/<name>.txt` beside the calling test file.
    public static func assert(_ screen: Screen, named name: String, filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation) {
        assertText(render(screen), named: "\(name).txt", filePath: filePath, sourceLocation: sourceLocation)
    }

    /// Compares text with `__Snapshots__/<name>` beside the calling test file.
    public static func assertText(_ actual: String, named name: String, filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation) {
        var url = URL(fileURLWithPath: filePath)
        url.deleteLastPathComponent()
        let directory = url.path + "/__Snapshots__"
        let path = "\(directory)/\(name)"
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil {
            try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try? actual.write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
            Issue.record("snapshot \(name) is missing; record it with RECORD_SNAPSHOTS=1 and review it", sourceLocation: sourceLocation)
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
