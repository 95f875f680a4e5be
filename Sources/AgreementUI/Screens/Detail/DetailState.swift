import AgreementKit
import Catalogue

/// What the detail screen shows: a line of the goals pane, or an item of the measures or log pane.
public enum DetailSubject: Hashable, Sendable {
    case node(GoalTree.Node)
    case item(ItemRef, within: GoalTree.Node)
}

/// Every field of the selection, full screen: `↑`/`↓` pick a field, `Enter` edits it.
/// The cursor names its field by reference, so it stays on it through changes.
public struct DetailState: ScreenState {
    public let subject: DetailSubject
    /// The focused field's place in the list, and its reference when it has one.
    public internal(set) var field = 0
    public internal(set) var fieldRef: FieldRef?
    /// Lines the view is scrolled.
    public internal(set) var offset = 0
    /// The fields and their lines as laid out for the agreement as it is (a cache, started over
    /// when the agreement or the size changes: equal states may hold different memos).
    private var laidOut = LayoutMemo<DetailSubject, DetailView.Full>(capacity: 2)

    public init(subject: DetailSubject, core: AppCore) {
        self.subject = subject
        let fields = content(core).fields
        // A field with a recorded conflict first: it waits for a choice.
        field = fields.firstIndex { $0.conflict != nil } ?? fields.firstIndex { $0.ref != nil } ?? 0
        fieldRef = fields.indices.contains(field) ? fields[field].ref : nil
        scrollIntoView(core)
    }

    public func keyContext(_ core: AppCore) -> KeyContext {
        if let fieldRef, core.conflict(on: fieldRef) != nil { return .conflict }
        return subject == .node(.checklist) ? .checklist : .detail
    }

    /// The fields shown, from the agreement as it is now.
    public func content(_ core: AppCore) -> DetailContent {
        full(core, width: Self.textWidth(core)).content
    }

    /// The fields and their lines at `width` columns, laid out once per version of the agreement.
    func full(_ core: AppCore, width: Int) -> DetailView.Full {
        guard let agreement = core.agreement else { return DetailView.Full(content: DetailContent(title: "", fields: []), rows: [], starts: []) }
        let layout = LayoutMemo<DetailSubject, DetailView.Full>.Layout(width: width, height: 0, language: core.session.language, glyphs: core.session.glyphs)
        return laidOut.value(for: subject, in: layout) {
            DetailView.full(DetailContent.of(subject, in: agreement, words: core.words, glyphs: core.session.glyphs), phase: agreement.phase, width: width)
        }
    }

    /// The columns the fields' text has on a screen of the core's size.
    private static func textWidth(_ core: AppCore) -> Int { max(1, core.size.width - 2) }

    /// The same screen with its laid-out lines forgotten (a test draws it afresh).
    func forgettingLayouts() -> DetailState {
        var copy = self
        copy.laidOut = LayoutMemo(capacity: 2)
        return copy
    }

    public mutating func perform(_ action: Action, core: inout AppCore) -> Outcome {
        if case .together(let command) = action { return performTogether(command, core: &core) }
        guard case .detail(let command) = action else { return .none }
        let fields = content(core).fields
        var target = field
        switch command {
        case .up: target = field - 1
        case .down: target = field + 1
        case .pageUp: target = field - 5
        case .pageDown: target = field + 5
        case .first: target = 0
        case .last: target = fields.count - 1
        case .edit:
            guard fields.indices.contains(field), let ref = fields[field].ref else {
                core.say(.summaryField, .warning)
                return .none
            }
            return DetailState.beginEdit(ref, &core)
        case .back:
            return .pop
        case .add:
            switch subject {
            case .node(.checklist):
                guard core.allows(.checklistTask, amending: true) else { return .none }
                return .push(FormState(.create(.checklistItem(after: nil)), core: core, amending: core.editability(.checklistTask) == .needsAmendment))
            case .node(.personalGoals):
                guard core.allows(.personalGoal, amending: true) else { return .none }
                return .push(FormState(.create(.personalGoal), core: core, amending: core.editability(.personalGoal) == .needsAmendment))
            default:
                core.say(.addOnMainScreen, .warning)
                return .none
            }
        case .delete:
            guard fields.indices.contains(field), let item = Self.listItem(of: fields[field].ref) else {
                core.say(.deleteOnMainScreen, .warning)
                return .none
            }
            guard core.allows(item.kind, amending: true) else { return .none }
            return .push(DialogState(.delete(item), core: core))
        case .markDone, .markNotDone:
            guard fields.indices.contains(field), case .checklistItem(let id)? = Self.listItem(of: fields[field].ref) else { return .none }
            guard core.allows(.checklistStatus) else { return .none }
            let status: ChecklistStatus = command == .markDone ? .done : .notDone
            let task = core.agreement?.checklist.first { $0.id == id }?.task ?? ""
            let note = core.words.interface(.noteChoice(task, core.words.checklistStatus(status)))
            return .effects(core.commit({ _ = $0.set(.checklistStatus(id), to: status.rawValue) }, note: note))
        }
        focus(min(max(0, target), max(0, fields.count - 1)), fields: fields, core)
        return .none
    }

    public mutating func reconcile(_ core: AppCore) {
        laidOut = LayoutMemo(capacity: 2)
        let fields = content(core).fields
        if let fieldRef, let i = fields.firstIndex(where: { $0.ref == fieldRef }) {
            field = i
        } else {
            field = min(field, max(0, fields.count - 1))
            fieldRef = fields.indices.contains(field) ? fields[field].ref : nil
        }
        scrollIntoView(core)
    }

    public func render(_ core: AppCore, into screen: inout Screen) {
        DetailView.drawFull(self, core, into: &screen)
    }

    private mutating func focus(_ index: Int, fields: [DetailField], _ core: AppCore) {
        field = index
        fieldRef = fields.indices.contains(index) ? fields[index].ref : nil
        scrollIntoView(core)
    }

    /// Scrolls so the focused field is in view.
    private mutating func scrollIntoView(_ core: AppCore) {
        let height = max(1, core.size.height - 5)
        let (start, end) = full(core, width: Self.textWidth(core)).lineRange(of: field)
        if start < offset { offset = start }
        if end > offset + height { offset = max(start, end - height) }
        if end - start > height { offset = start }
        offset = max(0, offset)
    }

    /// The list item a detail field belongs to, for the items that are edited only here.
    static func listItem(of ref: FieldRef?) -> ItemRef? {
        switch ref {
        case .checklistStatus(let id)?, .checklistComment(let id)?, .checklistTask(let id)?: .checklistItem(id)
        case .personalGoal(let id)?: .personalGoal(id)
        default: nil
        }
    }

    /// Opens the editor for a field, or a choice for ratings and marks, if the phase allows it;
    /// a blue field after Inngåelse opens the amendment form.
    static func beginEdit(_ ref: FieldRef, _ core: inout AppCore) -> Outcome {
        guard let agreement = core.agreement else { return .none }
        if case .planLinks(let row) = ref {
            // Chosen from the plans in the store, not typed: they are read first.
            guard core.allows(.planLink, amending: true) else { return .none }
            return .effects([.loadPlans(.links(row: row))])
        }
        let editability = core.editability(ref.kind)
        if editability == .needsAmendment, agreement.value(of: ref) != nil, !ref.isChoice {
            core.say(.amendmentNote, .warning)
            return .push(FormState(.amend(ref), core: core))
        }
        guard editability.isAllowed else {
            core.status = Status(core.refusal(editability), kind: .warning)
            return .none
        }
        guard agreement.value(of: ref) != nil else {
            core.status = Status(core.words.fieldError(.missing), kind: .warning)
            return .none
        }
        if ref.isChoice { return .push(DialogState(.choice(ref), core: core)) }
        return .push(FormState(.field(ref), core: core))
    }
}
