import AgreementKit
import Catalogue
import Foundation

/// Turns an agreement into an export document. With `isPublic` nothing of section 4 is in it,
/// in any format: the renderers only ever see the agreement's public copy.
public enum AgreementExporter {
    public static func export(_ agreement: Agreement, as format: ExportFormat, isPublic: Bool,
                              separator: CSVSeparator = .semicolon, words: any Wording) throws(ExportError) -> ExportDocument {
        let source = isPublic ? agreement.publicCopy : agreement
        let data: Data
        switch format {
        case .markdown: data = Data(MarkdownExport(agreement: source, isPublic: isPublic, words: words).render().utf8)
        case .html: data = Data(HTMLExport(agreement: source, isPublic: isPublic, words: words).render().utf8)
        case .csv: data = try CSVExport.data(source, separator: separator, words: words)
        case .json: data = JSONText.escapingUnsafe(try isPublic ? JSONExport.publicFile(source) : JSONExport.full(source))
        }
        return ExportDocument(data: data, format: format, containsPersonalGoals: !isPublic && format.carriesPersonalGoals)
    }

    /// The file name proposed for an export: `hoeggen-skole-2011.html`, `…-offentlig.md` when public.
    public static func suggestedFileName(for agreement: Agreement, format: ExportFormat, isPublic: Bool, words: any Wording) -> String {
        "\(agreement.id)\(isPublic ? "-" + words.export(.publicFileSuffix) : "").\(format.fileExtension)"
    }
}
