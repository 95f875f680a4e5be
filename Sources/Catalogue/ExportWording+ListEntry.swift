import AgreementKit

extension ExportWording {
    /// A measure or support entry as one plain line: an item with its bullet (a tick when the
    /// measure is carried out), a heading or an instruction as it stands, an indicator with its label.
    public func listEntry(_ text: String, kind: ListEntryKind?, done: Bool = false) -> String {
        switch kind {
        case nil: (done ? "✓ " : "• ") + text
        case .heading?, .instruction?: text
        case .indicator?: indicator(text)
        }
    }

    /// The lines of a row's measures, as `listEntry` writes each.
    public func measureLines(_ measures: [Measure]) -> [String] {
        measures.map { listEntry($0.text, kind: $0.kind, done: $0.done != nil) }
    }

    /// The lines of a row's support, as `listEntry` writes each.
    public func supportLines(_ support: [SupportItem]) -> [String] {
        support.map { listEntry($0.text, kind: $0.kind) }
    }
}
