import AgreementKit
import Catalogue
import Foundation

/// The wheel as CSV for spreadsheets and scripts: one entry per line under stable column names
/// (`date;agreement;kind;status;title;who;source;uid`), dates in ISO, kinds and statuses as ids.
public enum WheelCSV {
    /// The column names; they do not change with the language.
    public static let header = ["date", "agreement", "kind", "status", "title", "who", "source", "uid"]

    public static func data(_ listing: WheelListing, separator: CSVSeparator, words: any Wording) throws(ExportError) -> Data {
        let rows = listing.lines.map { line -> [String] in
            let entry = line.entry
            let kind: String
            if case .followUp = entry.source { kind = "followUp" } else { kind = entry.kind.rawValue }
            let status: String = switch entry.status {
            case .done: "done"
            case .information: "information"
            case .open: entry.isOverdue(on: listing.reference) ? "overdue" : "open"
            }
            return [entry.date.iso, line.agreementID, kind, status, words.deadlineTitle(entry.source, inSentence: false),
                    WheelListing.who(entry, words: words), WheelListing.source(entry, words: words), line.uid]
        }
        return try CSVTable.data(header: header, rows: rows, separator: separator)
    }
}
