import ArgumentParser
import Foundation

// Exit codes as grep and diff use them: 0 all well, 1 problems found, 2 usage errors and refusals.
// swift-argument-parser would exit 64 on usage errors; they are mapped to 2 here.
do {
    var command = try Lederavtale.parseAsRoot()
    try command.run()
} catch let failure as CommandFailure {
    FileHandle.standardError.write(Data("lederavtale: \(failure.description)\n".utf8))
    exit(failure.code)
} catch {
    let code = Lederavtale.exitCode(for: error).rawValue
    let message = Lederavtale.fullMessage(for: error)
    if code == 0 {
        if !message.isEmpty { print(message) }
        exit(0)
    }
    if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
    exit(code == ExitCode.validationFailure.rawValue ? 2 : code)
}
