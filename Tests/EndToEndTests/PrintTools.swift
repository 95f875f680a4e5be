import Foundation

/// Headless Chromium and poppler's `pdfinfo`/`pdftotext`, as the print copy test uses them
/// (`.ci/run` installs `chromium` and `poppler-utils`).
enum PrintTools {
    /// The path of a program on `PATH`, if there is one.
    static func find(_ names: [String]) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for name in names {
            for folder in path.split(separator: ":") where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return "\(folder)/\(name)"
            }
        }
        return nil
    }

    static let chromium = find(["chromium", "chromium-browser", "google-chrome"])
    static let pdfinfo = find(["pdfinfo"])
    static let pdftotext = find(["pdftotext"])
    static var available: Bool { chromium != nil && pdfinfo != nil && pdftotext != nil }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs a program to its end (killed after `seconds`) and returns its standard output.
    @discardableResult
    static func run(_ program: String?, _ arguments: [String], in folder: String, seconds: Double = 300) throws -> String {
        guard let program else { throw Failure(description: "program not found") }
        let out = folder + "/.out-\(UUID().uuidString)", err = out + ".err"
        guard FileManager.default.createFile(atPath: out, contents: nil), FileManager.default.createFile(atPath: err, contents: nil) else {
            throw Failure(description: "cannot create \(out)")
        }
        defer { try? FileManager.default.removeItem(atPath: out); try? FileManager.default.removeItem(atPath: err) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
        process.standardOutput = FileHandle(forWritingAtPath: out)
        process.standardError = FileHandle(forWritingAtPath: err)
        try process.run()
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw Failure(description: "\(program) took more than \(Int(seconds)) s")
        }
        let text = (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
        guard process.terminationStatus == 0 else {
            let message = (try? String(contentsOfFile: err, encoding: .utf8)) ?? ""
            throw Failure(description: "\(program) exited \(process.terminationStatus): \(message.suffix(2000))")
        }
        return text
    }

    /// Prints an HTML file to PDF as a user's "Print → Save as PDF" would, without the
    /// browser's own header and footer (the page brings its own).
    static func printToPDF(_ html: String, _ pdf: String, in folder: String) throws {
        try run(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                           "--user-data-dir=\(folder)/chromium-profile", "--print-to-pdf=\(pdf)",
                           URL(fileURLWithPath: html).absoluteString], in: folder)
    }

    /// The sizes of a PDF's pages in points, from `pdfinfo`.
    static func pageSizes(_ pdf: String, in folder: String) throws -> [(width: Double, height: Double)] {
        let info = try run(pdfinfo, [pdf], in: folder)
        let pages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) } ?? 0
        let sizes = try run(pdfinfo, ["-f", "1", "-l", String(pages), pdf], in: folder)
        return sizes.split(separator: "\n").filter { $0.hasPrefix("Page") && $0.contains(" size:") }.compactMap { line in
            let numbers = line.split(separator: ":").last?.split(separator: " ").compactMap { Double($0) } ?? []
            return numbers.count >= 2 ? (numbers[0], numbers[1]) : nil
        }
    }

    /// The text of a PDF in the order it was drawn (`pdftotext -raw`): a table cell's lines together.
    static func text(_ pdf: String, in folder: String) throws -> String {
        try run(pdftotext, ["-raw", "-enc", "UTF-8", pdf, "-"], in: folder)
    }
}
