import AgreementStore
import Catalogue
import Foundation

extension Language {
    /// The language of this run: the one in the user's config, else bokmål. A config that cannot
    /// be read leaves bokmål (`lederavtale config show` says what is wrong with it).
    static let current: Language = {
        let config = (try? ConfigStore().load()) ?? Config()
        return config.language.flatMap(Language.init(rawValue:)) ?? .nb
    }()
}

/// The catalogue of this run's language, for the command line.
enum Say {
    static var words: any Wording { Language.current.words }
}
