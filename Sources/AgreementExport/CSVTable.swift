import CSV
import Foundation

/// Writes rows with CSV.swift's writer (it does the quoting): UTF-8 with a byte order mark so
/// Excel reads æ, ø and å, CRLF between records as RFC 4180 says, every field made inert and
/// kept from being read as a formula (`FormulaGuard`). Line breaks stay inside quoted fields.
enum CSVTable {
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    static func data(header: [String], rows: [[String]], separator: CSVSeparator) throws(ExportError) -> Data {
        do {
            let writer = try CSVWriter(stream: OutputStream.toMemory(), delimiter: String(separator.character), newline: .crlf)
            try writer.write(row: header)
            for row in rows { try writer.write(row: row.map(field)) }
            writer.stream.close()
            guard let written = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else {
                throw ExportError.encodingFailed("CSV")
            }
            return Data(byteOrderMark) + written + Data("\r\n".utf8)
        } catch let error as ExportError {
            throw error
        } catch {
            throw ExportError.encodingFailed("CSV: \(error)")
        }
    }

    /// One field as written: no formula, nothing a terminal would act on.
    static func field(_ text: String) -> String {
        SafeText.inert(FormulaGuard.neutralized(text))
    }
}
