import AgreementKit

/// What handling a key or action asks of the root: effects to run, screens to push or pop,
/// and an item for the screen that ends up on top to show.
public struct Outcome: Sendable {
    public var effects: [Effect]
    public var navigation: [Navigation]
    public var reveal: Reveal?

    public init(effects: [Effect] = [], navigation: [Navigation] = [], reveal: Reveal? = nil) {
        self.effects = effects
        self.navigation = navigation
        self.reveal = reveal
    }

    /// Nothing to do.
    public static let none = Outcome()

    public static func effects(_ effects: [Effect]) -> Outcome { Outcome(effects: effects) }
    public static func push(_ screen: any ScreenState) -> Outcome { Outcome(navigation: [.push(Mode(screen))]) }
    public static let pop = Outcome(navigation: [.pop])
}

/// A change to the screen stack.
public enum Navigation: Sendable {
    case push(Mode)
    /// Removes the top screen.
    case pop
    /// Replaces the top screen.
    case replace(Mode)
    /// Removes every screen but the bottom one.
    case popToRoot
    /// Removes screens until the main screen is on top.
    case popToMain
    /// Closes the open agreement and goes back to the picker, when it was opened from one.
    case closeAgreement
    /// Removes the top screen, or quits when it is the only one.
    case popOrQuit
    /// Shows the overview: back to the one the agreement was opened from, else a new one on top.
    case showOverview
    /// Opens an agreement chosen in the overview or the goal matrix, showing `reveal` first.
    case openAgreement(String, reveal: Reveal?)
    /// Opens an agreement chosen in the overview straight into its leader conversation; leaving
    /// the conversation comes back to the overview.
    case converse(String)
}

/// Something a screen should bring into view.
public enum Reveal: Equatable, Sendable {
    case item(ItemRef)
    case field(FieldRef)
    /// The hits of a search, from the current line on.
    case search(String)
}
