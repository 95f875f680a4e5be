/// The one date that deadlines, "behind", "due" and "Neste: …" are computed against: `--today`,
/// else `LEDERAVTALE_TODAY`, else the store's own «per» date (`store.json`), else the real date.
public struct TimeReference: Equatable, Sendable {
    /// Where the date came from.
    public enum Source: Equatable, Sendable {
        case option, environment, store, real
    }

    public var date: LocalDate
    public var source: Source

    public init(date: LocalDate, source: Source) {
        self.date = date
        self.source = source
    }

    /// True when the date is not the real one, so screens say «per 15.09.2011».
    public var isFixed: Bool { source != .real }

    /// Why a date given for the time reference is refused: the text as given.
    public struct InvalidDate: Error, Equatable, Sendable {
        public var text: String
        public init(text: String) { self.text = text }
    }

    /// The time reference from what was given, in order of precedence. A date given as an
    /// option or in the environment must be a date (ISO or dd.mm.yyyy with a year).
    public static func resolve(option: String?, environment: String?, storeDate: LocalDate?, real: LocalDate) throws(InvalidDate) -> TimeReference {
        for (given, source) in [(option, Source.option), (environment, Source.environment)] {
            guard let given, !given.isEmpty else { continue }
            guard let date = LocalDate(iso: given) ?? LocalDate(userInput: given, defaultYear: real.year), given.contains(where: { $0 == "-" || $0 == "." }) else {
                throw InvalidDate(text: given)
            }
            return TimeReference(date: date, source: source)
        }
        if let storeDate { return TimeReference(date: storeDate, source: .store) }
        return TimeReference(date: real, source: .real)
    }
}
