import Foundation
import Testing

/// The command line in each language, on the sample store as of 15.09.2011: help, list, check,
/// export and the features' commands (overview, wheel, indicator) speak nb, nn or en, chosen by
/// --lang or a Norwegian locale, and the exit codes are the same in every language.
@Suite("The command line in bokmål, nynorsk and English")
struct LanguageCommandTests {
    /// Each command with a word only bokmål, nynorsk and English say for it.
    static let commands: [(arguments: [String], words: [String: String])] = [
        (["--help"], ["nb": "Uten kommando", "nn": "Utan kommando", "en": "Without a command"]),
        (["list"], ["nb": "Oppfølging", "nn": "Oppfølging", "en": "Follow-up"]),
        (["check"], ["nb": "samtaleguider", "nn": "samtaleguidar", "en": "conversation guides"]),
        (["overview"], ["nb": "Tjenesteområde", "nn": "Tenesteområde", "en": "Service area"]),
        (["overview", "--format", "md", "--behind"], ["nb": "på etterskudd", "nn": "på etterskot", "en": "behind"]),
        (["wheel", "hoeg", "--month", "9"], ["nb": "Ingen datoer i september", "nn": "Ingen datoar i september", "en": "No dates in September"]),
        (["indicator", "set", "--help"], ["nb": "Sett én verdi", "nn": "Set éin verdi", "en": "Set one value"]),
        (["export", "eide", "--format", "md", "--public"], ["nb": "Styringskort", "nn": "Målte indikatorar", "en": "Scorecard"]),
        (["overview", "--phase", "snart"], ["nb": "ingen fase", "nn": "ingen fase", "en": "is no phase"]),
    ]

    @Test func everyCommandSpeaksTheChosenLanguageWithTheSameExitCode() throws {
        let store = try InterfaceTests.SampleStore()
        for (arguments, words) in Self.commands {
            let full = arguments.contains("--help") ? arguments : arguments + ["--store", store.path]
            var statuses: [String: Int32] = [:]
            for language in ["nb", "nn", "en"] {
                let result = try CommandRunner.run(["--lang", language] + full, environment: ["LEDERAVTALE_TODAY": "2011-09-15"])
                statuses[language] = result.status
                let text = result.stdout + result.stderr
                #expect(text.contains(words[language] ?? "?"), "\(language) \(arguments): no «\(words[language] ?? "")» in\n\(text.prefix(600))")
            }
            #expect(Set(statuses.values).count == 1, "\(arguments): exit codes differ by language: \(statuses)")
        }
    }

    /// The wheels' own texts follow the language where the file has variants (the shipped wheels
    /// have English ones); bokmål and nynorsk show them as the municipality wrote them.
    @Test func theWheelCommandShowsTheWheelsVariantsOfTheLanguage() throws {
        let store = try InterfaceTests.SampleStore()
        // Sula's wheel made to apply to every municipality, so the sample agreements get its dates.
        let path = store.path + "/wheels/sula.json"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "\"municipalities\" : [\n      \"Sula\"\n    ]", with: "\"municipalities\" : [\n\n    ]")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let expected = ["nb": "Budsjettkontroll 1.tertial", "nn": "Budsjettkontroll 1.tertial", "en": "Budget control, 1st tertial"]
        var statuses: Set<Int32> = []
        for (language, title) in expected {
            for format in ["table", "csv", "ics"] {
                let result = try CommandRunner.run(["wheel", "hoeg", "--format", format, "--lang", language, "--store", store.path],
                                                   environment: ["LEDERAVTALE_TODAY": "2011-09-15"])
                statuses.insert(result.status)
                // RFC 5545 escapes a comma in a text value.
                let wanted = format == "ics" ? title.replacingOccurrences(of: ",", with: "\\,") : title
                #expect(result.stdout.contains(wanted), "\(language) \(format): no «\(wanted)» in\n\(result.stdout.prefix(800))\(result.stderr)")
                if language != "en" { #expect(!result.stdout.contains("Budget control"), "\(language) \(format)") }
            }
        }
        #expect(statuses == [0])
    }

    @Test func aNynorskLocaleChoosesNynorskAndAnEnglishOneDoesNot() throws {
        let store = try InterfaceTests.SampleStore()
        let nynorsk = try CommandRunner.run(["overview", "--store", store.path], environment: ["LEDERAVTALE_LANG": "", "LANG": "nn_NO.UTF-8", "LC_ALL": "", "LC_MESSAGES": "",
                                                                                               "XDG_CONFIG_HOME": store.path + "/no-config"])
        #expect(nynorsk.status == 0 && nynorsk.stdout.contains("Tenesteområde"), "\(nynorsk.stdout.prefix(300))")
        let english = try CommandRunner.run(["overview", "--store", store.path], environment: ["LEDERAVTALE_LANG": "", "LANG": "en_US.UTF-8", "LC_ALL": "", "LC_MESSAGES": "",
                                                                                              "XDG_CONFIG_HOME": store.path + "/no-config"])
        #expect(english.status == 0 && english.stdout.contains("Tjenesteområde"), "an English locale alone stays bokmål")
    }
}
