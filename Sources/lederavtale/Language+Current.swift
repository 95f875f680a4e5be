import AgreementStore
import Catalogue
import Foundation

/// The catalogue of this run's language, for the command line. The language is chosen once,
/// before the arguments are parsed (`Program.main`), since the parser reads its help texts
/// from here.
enum Say {
    /// Set once at start, before anything reads it, on the one thread the command line runs on.
    nonisolated(unsafe) private(set) static var language: Language = .nb

    static var words: any Wording { language.words }

    /// Chooses the run's language from the arguments, the environment and the config, and
    /// returns the choice (with the arguments left for the parser). A config that cannot be
    /// read leaves its language unknown (`lederavtale config show` says what is wrong with it).
    static func choose(_ arguments: [String], environment: [String: String] = ProcessInfo.processInfo.environment) -> LanguageChoice {
        let config = (try? ConfigStore(environment: environment).load()) ?? Config()
        let choice = LanguageChoice.resolve(arguments: arguments, environment: environment, configured: config.language)
        language = choice.language
        return choice
    }
}
