import ArgumentParser
import Catalogue

/// `--lang nb|nn|en`, shown in the help of every command. The value is taken out of the
/// arguments before they are parsed (`Say.choose`), so this option never receives it: it is
/// here to be documented where the user looks.
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"), help: ArgumentHelp(Say.words.languageOptionHelp, valueName: Say.words.valueName(.language)))
    var lang: String?
}
