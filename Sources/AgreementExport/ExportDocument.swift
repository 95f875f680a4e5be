import Foundation

/// An export ready to be written: its bytes and whether they hold section 4.
public struct ExportDocument: Equatable, Sendable {
    public var data: Data
    public var format: ExportFormat
    /// True when the document carries section 4 (personal goals): written with mode 0600.
    public var containsPersonalGoals: Bool

    public init(data: Data, format: ExportFormat, containsPersonalGoals: Bool) {
        self.data = data
        self.format = format
        self.containsPersonalGoals = containsPersonalGoals
    }

    /// The file mode to write it with: 0600 when it holds section 4, else 0644.
    public var fileMode: UInt32 { containsPersonalGoals ? 0o600 : 0o644 }

    /// The document as text (every format is UTF-8).
    public var text: String { String(decoding: data, as: UTF8.self) }
}
