import ArgumentParser
import Catalogue
import Foundation

/// The entry point: parses, runs, and turns every failure into one line on standard error and
/// an exit code as grep and diff use them — 0 all well, 1 problems found or a failure (output
/// that could not be written included), 2 usage errors and refusals. swift-argument-parser
/// would exit 64 on usage errors; they are mapped to 2, and its English is reworded (GeneratedText).
/// The plain opening of the interface is read by hand (`OpenRequest.parsing`): the parser, its code
/// and its tables stay out of the usual start's memory.
enum Program {
    static func main(_ given: [String]) -> Never {
        let choice = Say.choose(given)
        let arguments = choice.arguments
        let words = Say.words
        switch choice.problem {
        case .missingValue?:
            report("lederavtale: " + words.parserError(.missingValue("--lang")))
            exit(2)
        case .unknown(let value, let source)?:
            let known = Language.allCases.map(\.rawValue)
            report("lederavtale: " + (source == .environment ? "LEDERAVTALE_LANG: " : "--lang: ") + words.languageInvalid(value, known: known))
            exit(2)
        case nil:
            break
        }
        assert(OpenRequest.commandNames == Set(Lederavtale.configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]),
               "OpenRequest.commandNames must name every command of Lederavtale, and help")
        if let request = OpenRequest.parsing(arguments) {
            perform { try request.run() }
        }
        // `help NAME` for a command that does not exist is a usage error, not the root's help.
        if arguments.first == "help", arguments.count > 1, !Lederavtale.knows(Array(arguments.dropFirst())) {
            report("lederavtale: " + words.unknownCommand(arguments[1], known: Lederavtale.commandNames))
            exit(2)
        }
        perform {
            var command = try Lederavtale.parseAsRoot(CalendarCommand.expandingDue(arguments))
            try command.run()
        }
    }

    /// Runs `body`, finishes the output and exits with the code its outcome calls for.
    private static func perform(_ body: () throws -> Void) -> Never {
        let words = Say.words
        do {
            try body()
            try Output.finish()
        } catch let failure as CommandFailure {
            report("lederavtale: \(failure.description)")
            exit(failure.code)
        } catch let failure as OutputError {
            report("lederavtale: " + words.outputFailed(words.fileSystemProblem(failure.fileSystemError)))
            exit(1)
        } catch {
            let code = Lederavtale.exitCode(for: error).rawValue
            let message = Lederavtale.fullMessage(for: error)
            if code == 0 {
                if !message.isEmpty {
                    do { try Output.lines(GeneratedText.help(message, words: words)) } catch {
                        report("lederavtale: " + words.outputFailed(words.fileSystemProblem(error.fileSystemError)))
                        exit(1)
                    }
                }
                exit(0)
            }
            if !message.isEmpty { report(GeneratedText.error(message, words: words)) }
            exit(code == ExitCode.validationFailure.rawValue ? 2 : code)
        }
        exit(0)
    }

    /// Writes to standard error; if even that fails there is nobody to tell, and the exit code says it.
    private static func report(_ text: String) {
        try? Output.lines(text, toError: true)
    }
}
