import AgreementKit
import Catalogue

/// Choosing which items of the action plans a row serves: every code with its text, filtered
/// as you type (by code or text, fuzzily, as in the picker every printable key filters); `Tab`
/// marks or unmarks, `Enter` saves. An unknown code is refused with the nearest codes.
public struct PlanLinksState: ScreenState {
    public let plans: [ActionPlan]
    public let row: ItemID
    public let entries: [PlanLinkEntry]
    public internal(set) var filter = ""
    /// The entries shown, best match first.
    public internal(set) var visible: [Int]
    public internal(set) var cursor = 0
    public internal(set) var scroll = 0
    /// The links chosen so far, in the order they were chosen.
    public internal(set) var marked: [PlanLink]
    /// True once `Tab` was used: `Enter` then saves exactly what is marked.
    public internal(set) var toggled = false

    public var isOverlay: Bool { false }

    public init(plans: [ActionPlan], row: ItemID, core: AppCore) {
        self.plans = plans
        self.row = row
        let words = core.words
        entries = PlanLinkEntry.entries(plans, sector: { words.sector($0) })
        visible = Array(entries.indices)
        marked = core.agreement?.row(row)?.planLinks ?? []
    }

    public func keyContext(_ core: AppCore) -> KeyContext { .planLinks }

    public mutating func typed(_ key: Key, core: inout AppCore) -> Outcome? {
        switch key {
        case .character(let c) where !c.isNewline: filter.append(c)
        case .paste(let text): filter += text.filter { !$0.isNewline }
        case .backspace:
            guard !filter.isEmpty else { return Outcome.none }
            filter.removeLast()
        case .control("u"): filter = ""
        default: return nil
        }
        refilter()
        return Outcome.none
    }

    public mutating func perform(_ action: Action, core: inout AppCore) -> Outcome {
        guard case .planLinks(let command) = action else { return .none }
        let page = max(1, PlanLinksView.listHeight(core.size) - 1)
        switch command {
        case .up: move(to: cursor - 1, core)
        case .down: move(to: cursor + 1, core)
        case .pageUp: move(to: cursor - page, core)
        case .pageDown: move(to: cursor + page, core)
        case .toggle:
            guard let entry = chosen else { return refuseUnknown(&core) }
            toggled = true
            if let i = marked.firstIndex(of: entry.link) { marked.remove(at: i) } else { marked.append(entry.link) }
            core.status = Status(core.words.indicatorInterface(.linksChosen(marked.count)))
        case .save:
            if !toggled {
                guard let entry = chosen else { return refuseUnknown(&core) }
                if !marked.contains(entry.link) { marked.append(entry.link) }
            }
            return save(&core)
        case .clearOrCancel:
            if filter.isEmpty { return .pop }
            filter = ""
            refilter()
        }
        return .none
    }

    public func render(_ core: AppCore, into screen: inout Screen) {
        PlanLinksView.draw(self, core, into: &screen)
    }

    /// The entry under the cursor.
    public var highlighted: PlanLinkEntry? {
        visible.indices.contains(cursor) ? entries[visible[cursor]] : nil
    }

    /// What `Tab` or `Enter` acts on: the highlighted entry — unless the filter is written like
    /// a code ("S.13", "4.a") that no plan has; then nothing, and the nearest codes are offered.
    var chosen: PlanLinkEntry? {
        let typed = filter.trimmingCharacters(in: .whitespaces).lowercased()
        let looksLikeCode = typed.count >= 3 && typed.dropFirst().first == "." && !typed.contains(" ")
        if looksLikeCode, !entries.contains(where: { $0.link.code.lowercased() == typed }) { return nil }
        return highlighted
    }

    private mutating func move(to index: Int, _ core: AppCore) {
        cursor = min(max(0, index), max(0, visible.count - 1))
        let height = PlanLinksView.listHeight(core.size)
        if cursor < scroll { scroll = cursor }
        if cursor >= scroll + height { scroll = cursor - height + 1 }
    }

    private mutating func refilter() {
        let scored = entries.indices.compactMap { i in entries[i].score(filter).map { (i, $0) } }
        visible = scored.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.map(\.0)
        cursor = 0
        scroll = 0
    }

    /// Nothing matches what was typed: the nearest codes of each plan.
    private func refuseUnknown(_ core: inout AppCore) -> Outcome {
        let typed = filter.trimmingCharacters(in: .whitespaces)
        let nearest = plans.flatMap { $0.nearestCodes(to: typed) }
        core.status = Status(core.words.indicatorInterface(.unknownPlanCode(typed, nearest: nearest)), kind: .warning)
        return .none
    }

    /// Saves the marked links: at once in Inngåelse, as an amendment with a reason later.
    private func save(_ core: inout AppCore) -> Outcome {
        guard let agreement = core.agreement, let current = agreement.row(row)?.planLinks else { return .pop }
        let links = marked
        guard links != current else { return .pop }
        guard core.allows(.planLink, amending: true) else { return .none }
        if core.editability(.planLink) == .needsAmendment {
            core.say(.amendmentNote, .warning)
            return .push(FormState(.planLinks(row: row, links: links), core: core))
        }
        let rowID = row
        let note = core.words.indicatorInterface(.notePlanLinks(links.map(\.code)))
        return Outcome(effects: core.commit({ $0.setPlanLinks(links, on: rowID) }, note: note), navigation: [.pop])
    }
}
