import AgreementExport
import AgreementKit
import Catalogue

/// A question or a choice on top of the screen, answered with one key. `Enter` gives the
/// default answer, which never destroys anything; `Esc` cancels.
public struct DialogState: ScreenState {
    /// One answer: the key that gives it.
    public struct Option: Equatable, Sendable {
        public var key: Character
        public var answer: DialogAnswer
    }

    public let kind: DialogKind
    public let options: [Option]
    /// The answer `Enter` gives, if any.
    public let defaultAnswer: DialogAnswer?

    public var isOverlay: Bool { true }

    public init(_ kind: DialogKind, core: AppCore? = nil) {
        self.kind = kind
        (options, defaultAnswer) = kind.options(core)
    }

    public func keyContext(_ core: AppCore) -> KeyContext { .dialog }

    /// An option's key answers; other keys go to the binding table.
    public mutating func typed(_ key: Key, core: inout AppCore) -> Outcome? {
        guard case .character(let c) = key,
              let option = options.first(where: { $0.key == c }) ?? options.first(where: { String($0.key) == c.lowercased() }) else { return nil }
        return respond(option.answer, &core)
    }

    public mutating func perform(_ action: Action, core: inout AppCore) -> Outcome {
        switch action {
        case .dialog(.cancel):
            return .pop
        case .dialog(.choose):
            guard let answer = defaultAnswer else { return .none }
            return respond(answer, &core)
        default:
            return .none
        }
    }

    public func render(_ core: AppCore, into screen: inout Screen) {
        DialogView.draw(self, core, into: &screen)
    }
}

/// Every answer a dialog can give.
public enum DialogAnswer: Equatable, Sendable {
    case yes, no, cancel
    case retry, copy, quitWithoutSaving
    case restore, discard
    case reload, overwrite, writeElsewhere
    case measure, support
    case rating(Rating?)
    case mark(ChecklistStatus?)
    case format(ExportFormat)
    case publicCopy, fullCopy
}
