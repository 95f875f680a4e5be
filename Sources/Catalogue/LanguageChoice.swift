/// The language of a run, chosen before the command line is parsed (the parser's help texts
/// are read from the catalogue): `--lang X` or `--lang=X` anywhere before `--` (before or after
/// the command), else `LEDERAVTALE_LANG`, else the config's language, else the locale —
/// `LC_ALL`, `LC_MESSAGES`, `LANG`, the first that is set — when it is Norwegian (`nn_NO` is
/// nynorsk, `nb_NO` and `no_NO` bokmål; an English locale is common on Norwegian machines, so it
/// does not choose English), else bokmål. An empty variable counts as unset.
public struct LanguageChoice: Equatable, Sendable {
    /// Where a language was given.
    public enum Source: Equatable, Sendable {
        case option, environment, config, locale, fallback
    }

    /// What was wrong with a language given as an option or in the environment.
    public enum Problem: Equatable, Sendable {
        /// `--lang` last, with no value after it.
        case missingValue
        /// A value that names no language, and where it was given.
        case unknown(String, Source)
    }

    public var language: Language
    public var source: Source
    /// The arguments without `--lang` and its value: the parser never sees them.
    public var arguments: [String]
    /// A usage error to report (in `language`, chosen from the other sources); exit 2.
    public var problem: Problem?

    /// The choice for a command line, an environment and the config's language.
    public static func resolve(arguments: [String], environment: [String: String], configured: String?) -> LanguageChoice {
        var rest: [String] = []
        var given: String??
        var i = 0
        while i < arguments.count {
            let argument = arguments[i]
            if argument == "--" {
                rest += arguments[i...]
                break
            }
            if argument == "--lang" {
                given = i + 1 < arguments.count ? .some(arguments[i + 1]) : .some(nil)
                i += 2
                continue
            }
            if argument.hasPrefix("--lang=") {
                given = .some(String(argument.dropFirst("--lang=".count)))
                i += 1
                continue
            }
            rest.append(argument)
            i += 1
        }
        let fallback = resolve(environment: environment, configured: configured)
        switch given {
        case .some(.some(let value)):
            guard let language = Language(named: value) else {
                return LanguageChoice(language: fallback.language, source: fallback.source, arguments: rest, problem: .unknown(value, .option))
            }
            return LanguageChoice(language: language, source: .option, arguments: rest)
        case .some(.none):
            return LanguageChoice(language: fallback.language, source: fallback.source, arguments: rest, problem: .missingValue)
        case .none:
            return LanguageChoice(language: fallback.language, source: fallback.source, arguments: rest, problem: fallback.problem)
        }
    }

    /// Without an option: the environment, the config, the locale, bokmål.
    private static func resolve(environment: [String: String], configured: String?) -> LanguageChoice {
        let withoutEnvironment = resolve(configured: configured, environment: environment)
        if let value = environment["LEDERAVTALE_LANG"], !value.isEmpty {
            guard let language = Language(named: value) else {
                return LanguageChoice(language: withoutEnvironment.0, source: withoutEnvironment.1, arguments: [], problem: .unknown(value, .environment))
            }
            return LanguageChoice(language: language, source: .environment, arguments: [])
        }
        return LanguageChoice(language: withoutEnvironment.0, source: withoutEnvironment.1, arguments: [])
    }

    /// The config (a value naming no language is passed over: `config show` shows it), the
    /// locale, bokmål.
    private static func resolve(configured: String?, environment: [String: String]) -> (Language, Source) {
        if let configured, let language = Language(named: configured) { return (language, .config) }
        if let language = locale(environment) { return (language, .locale) }
        return (.nb, .fallback)
    }

    /// The language of the locale, when it is a Norwegian one: the first of `LC_ALL`,
    /// `LC_MESSAGES` and `LANG` that is set decides, as the C library has it.
    public static func locale(_ environment: [String: String]) -> Language? {
        guard let value = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap({ environment[$0] }).first(where: { !$0.isEmpty }),
              let language = Language(named: value), language != .en else { return nil }
        return language
    }

    public init(language: Language, source: Source, arguments: [String], problem: Problem? = nil) {
        self.language = language
        self.source = source
        self.arguments = arguments
        self.problem = problem
    }
}
