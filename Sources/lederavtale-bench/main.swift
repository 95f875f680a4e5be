import ArgumentParser
import Foundation

// The benchmark tool; see README, "Ytelse / Performance".
// Exit codes: 0 all targets met, 1 a target missed or an operation failed, 2 usage errors.
// swift-argument-parser would exit 64 on usage errors; they are mapped to 2 here.
do {
    var command = try BenchCommand.parseAsRoot()
    try command.run()
} catch let failure as BenchFailure {
    FileHandle.standardError.write(Data("lederavtale-bench: \(failure.description)\n".utf8))
    exit(failure.code)
} catch {
    let code = BenchCommand.exitCode(for: error).rawValue
    let message = BenchCommand.fullMessage(for: error)
    if code == 0 {
        if !message.isEmpty { print(message) }
        exit(0)
    }
    if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
    exit(code == ExitCode.validationFailure.rawValue ? 2 : code)
}
