import AgreementKit

extension AppState {
    /// The full-screen detail: ↑/↓ move between fields, Enter edits the focused one.
    mutating func detailCommand(_ command: Command) -> [Effect] {
        guard case .detail(_, let field) = overlay else { return [] }
        let fields = DetailContent.of(self).fields
        var target = field
        switch command {
        case .moveUp: target = field - 1
        case .moveDown: target = field + 1
        case .pageUp: target = field - 5
        case .pageDown: target = field + 5
        case .moveFirst: target = 0
        case .moveLast: target = fields.count - 1
        case .editField:
            if fields.indices.contains(field), let ref = fields[field].ref {
                beginEdit(ref, label: fields[field].label)
            } else {
                status = StatusMessage("Dette feltet er en oppsummering; rediger i rutene på hovedskjermen.", kind: .warning)
            }
            return []
        case .back:
            overlay = nil
            return []
        case .undo: return undo()
        case .redo: return redo()
        case .add:
            switch selection {
            case .checklist, .personalGoals: beginAdd()
            default: status = StatusMessage("Her legges det til i rutene på hovedskjermen (Esc, så a)", kind: .warning)
            }
            return []
        case .delete:
            guard let agreement, fields.indices.contains(field), let item = Self.listItem(of: fields[field].ref) else {
                status = StatusMessage("Bare oppgaver i sjekklisten og utviklingsmål slettes her; resten i rutene", kind: .warning)
                return []
            }
            guard allowed(item.kind, amending: true) else { return [] }
            let name = TextLayout.truncate(agreement.summary(of: item) ?? "", to: 60)
            modal = .dialog(.yesNo("Slette?", "Slette \(item.noun) «\(name)»? (j/n)", purpose: .delete(item)))
            return []
        case .help:
            overlay = .help(offset: 0)
            return []
        case .quit:
            return quit()
        default:
            return []
        }
        focusDetailField(min(max(0, target), max(0, fields.count - 1)))
        return []
    }

    /// The list item a detail field belongs to, for the items that are edited only here.
    static func listItem(of ref: FieldRef?) -> ItemRef? {
        switch ref {
        case .checklistStatus(let id)?, .checklistComment(let id)?: .checklistItem(id)
        case .personalGoal(let id)?: .personalGoal(id)
        default: nil
        }
    }

    /// The first field that can be edited in the detail of the focus (0 if none).
    var firstEditableField: Int {
        DetailContent.of(self).fields.firstIndex { $0.ref != nil } ?? 0
    }

    /// Focuses a field of the detail overlay and scrolls it into view.
    mutating func focusDetailField(_ field: Int) {
        let width = max(1, size.width - 2)
        let height = max(1, size.height - 5)
        let (start, end) = DetailView.lineRange(of: field, state: self, width: width)
        var offset: Int
        if case .detail(let o, _) = overlay { offset = o } else { offset = 0 }
        if start < offset { offset = start }
        if end > offset + height { offset = max(start, end - height) }
        if end - start > height { offset = start }
        overlay = .detail(offset: max(0, offset), field: field)
    }
}
