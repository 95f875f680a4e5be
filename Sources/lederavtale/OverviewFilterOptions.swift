import AgreementKit
import ArgumentParser
import Catalogue

/// The filters of `overview` and `export --all`: year, contact person, service area, phase, behind.
struct OverviewFilterOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(Say.words.overviewYearHelp, valueName: Say.words.overviewValueName(.year)))
    var year: Int?

    @Option(name: .long, help: ArgumentHelp(Say.words.overviewContactHelp, valueName: Say.words.overviewValueName(.name)))
    var contact: String?

    @Option(name: .customLong("service-area"), help: ArgumentHelp(Say.words.overviewServiceAreaHelp, valueName: Say.words.overviewValueName(.serviceArea)))
    var serviceArea: String?

    @Option(name: .long, help: ArgumentHelp(Say.words.overviewPhaseHelp, valueName: Say.words.overviewValueName(.phase)))
    var phase: String?

    @Flag(name: .long, help: ArgumentHelp(Say.words.overviewBehindHelp))
    var behind = false

    func validate() throws {
        if let phase, Self.phase(phase) == nil { throw ValidationError(Say.words.phaseInvalid(phase)) }
    }

    /// True when any filter is given.
    var isSet: Bool { year != nil || contact != nil || serviceArea != nil || phase != nil || behind }

    var filter: OverviewFilter {
        OverviewFilter(year: year, contactPerson: contact, serviceArea: serviceArea, phase: phase.flatMap(Self.phase), behindOnly: behind)
    }

    /// The phase a command-line word names (the catalogue's words, a letter, or the English id).
    static func phase(_ argument: String) -> Phase? {
        let word = argument.lowercased()
        return Phase.allCases.first { Say.words.phaseAliases($0).contains(word) }
    }
}
