import AgreementKit
import Catalogue

/// Everything the interface shows, as a value: what every screen shares (`core`) and the stack
/// of screens (`stack`) — the top one has the keys; forms and dialogs are layers on top of the
/// screen they belong to. `update` changes it; `render` draws it.
public struct AppState: Equatable, Sendable {
    public var core: AppCore
    /// Never empty: the bottom screen (picker or main screen), then screens and layers over it.
    public var stack: [Mode]

    public init(core: AppCore, stack: [Mode]) {
        self.core = core
        self.stack = stack
    }

    public init(core: AppCore, screen: any ScreenState) {
        self.init(core: core, stack: [Mode(screen)])
    }

    /// Opens straight on an agreement (tests and the bench; the app opens through `.opened`).
    public init(agreement: Agreement, size: Size, today: LocalDate? = nil, seed: UInt64 = 1, party: Party = .leader, language: Language = .nb) {
        let session = Session(party: party, language: language, today: today ?? LocalDate(year: agreement.header.year, month: 1, day: 1)!, seed: seed)
        var core = AppCore(session: session, size: size)
        core.document = Document(agreement)
        self.init(core: core, screen: BrowseState(core))
    }

    /// Opens on the picker.
    public init(entries: [PickerEntry], size: Size, today: LocalDate = LocalDate(year: 2000, month: 1, day: 1)!, seed: UInt64 = 1,
                party: Party = .leader, person: String = "", todayIsFixed: Bool = false, language: Language = .nb) {
        var session = Session(party: party, person: person, language: language, today: today, seed: seed)
        session.todayIsFixed = todayIsFixed
        let core = AppCore(session: session, size: size)
        self.init(core: core, screen: PickerState(entries: entries, words: core.words))
    }

    /// The open agreement, if any.
    public var agreement: Agreement? { core.document?.agreement }

    /// The screen that has the keys.
    public var top: Mode { stack[stack.count - 1] }

    /// The topmost screen of a type, if one is on the stack.
    public func screen<S: ScreenState>(_ type: S.Type) -> S? {
        stack.reversed().lazy.compactMap { $0.as(type) }.first
    }

    /// True while the executable should send `.tick` between keys: a read-only session watches
    /// whether the lock is let go or the file changes.
    public var wantsTicks: Bool { core.session.isReadOnly && agreement != nil }

    /// The context that decides what keys mean now.
    public var keyContext: KeyContext { top.keyContext(core) }
}
