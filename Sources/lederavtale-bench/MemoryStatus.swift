import Foundation

/// This process's memory from /proc/self/status: peak (VmHWM) and current (VmRSS) resident size.
enum MemoryStatus {
    /// The value of a `Vm…:` line in kB, or nil where /proc is missing.
    static func kilobytes(_ field: String) -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix(field + ":") {
            return Int(line.dropFirst(field.count + 1).split(whereSeparator: { $0 == " " || $0 == "\t" }).first ?? "")
        }
        return nil
    }

    static var peakKilobytes: Int? { kilobytes("VmHWM") }
    static var currentKilobytes: Int? { kilobytes("VmRSS") }
}
