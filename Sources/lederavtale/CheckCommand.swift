import AgreementStore
import ArgumentParser
import Catalogue
import Foundation

/// `lederavtale check`: validates every file and lists the locks; exit 0 when all is well, 1
/// when problems were found. Never creates or changes anything.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: Say.words.checkAbstract)

    @OptionGroup var options: StoreOptions

    func run() throws {
        let words = Say.words
        let store = try options.open()
        let report: CheckReport
        do { report = try store.check() } catch { throw CommandFailure(words.storeError(error)) }
        for counts in report.agreements {
            try Output.line("\(counts.id): \(words.checkCounts(counts))")
        }
        try Output.line(words.checkTotal(agreements: report.agreements.count, report.total))
        try Output.line(words.wheel(.checkCalendar(wheels: report.wheels, guides: report.guides, conversations: report.conversations)))
        for t in report.templates {
            try Output.line(words.yearStart(.checkTemplate(name: t.name, common: t.commonGoalAreas, serviceAreas: t.serviceAreas, tasks: t.tasks)))
        }
        for lock in report.locks {
            let text = lock.holder.map { words.lockHolder($0, state: lock.state, now: Date()) } ?? words.lockUnreadable
            try Output.line(words.checkLock(id: lock.id, text))
        }
        for warning in report.warnings { try Output.line(words.checkWarning(words.storeError(warning))) }
        for error in report.errors { try Output.line(words.storeError(error)) }
        try Output.line(words.checkVerdict(errors: report.errors.count, warnings: report.warnings.count))
        if !report.isClean { throw ExitCode(1) }
    }
}
