import AgreementKit
import AgreementStore
import ArgumentParser
import Catalogue
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `lederavtale save-loop` (hidden): saves an agreement over and over, for the crash-safety test
/// (Tests/EndToEndTests/KillTests.swift), which kills it with SIGKILL at a random moment and then
/// checks that the files on disk are the last reported save or the next one, never a mix.
///
/// Each save N appends a log entry «save-loop #N» to the first row of the agreement (only the
/// newest `kept` of them are kept, so the file does not grow without end) and sets the text of a
/// personal goal (section 4, the private file) to «save-loop #M», M the last multiple of 5 up to N:
/// every fifth save changes both files, the others only the public one. N continues from the
/// highest number already in the file. After each `store.save` has returned, N is written to
/// standard output as one line, at once (one write(2), no buffering).
struct SaveLoopCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "save-loop", abstract: Say.words.saveLoopAbstract, shouldDisplay: false)

    /// The text prefix of the log entries and the personal goal this command writes.
    static let marker = "save-loop #"
    /// How many of its log entries the loop keeps.
    static let kept = 5
    /// Section 4 (the private file) takes the number of every `privateEvery`-th save.
    static let privateEvery = 5

    /// The number section 4 carries after save N: the last multiple of `privateEvery`, or nil before the first.
    static func privateNumber(for sequence: Int) -> Int? {
        sequence >= privateEvery ? sequence - sequence % privateEvery : nil
    }

    @OptionGroup var options: StoreOptions

    @Option(name: .long, help: ArgumentHelp(Say.words.saveLoopIDHelp, valueName: Say.words.valueName(.id)))
    var id: String

    @Option(name: .long, help: ArgumentHelp(Say.words.saveLoopCountHelp, valueName: Say.words.valueName(.count)))
    var count: Int?

    func validate() throws {
        if let count, count < 0 { throw ValidationError(Say.words.saveLoopCountNegative) }
    }

    func run() throws {
        let store = try options.open()
        let id = try options.resolve(self.id, in: store)
        var agreement: Agreement
        do { agreement = try store.load(id) } catch { throw CommandFailure(Say.words.storeError(error)) }
        guard let area = agreement.goalAreas.firstIndex(where: { !$0.rows.isEmpty }) else {
            throw CommandFailure(Say.words.saveLoopNoRows(id))
        }
        var sequence = Self.sequence(in: agreement)
        let date = LocalDate(year: agreement.header.year, month: 1, day: 1) ?? LocalDate.today()
        var generator = SystemRandomNumberGenerator()
        var done = 0
        while count.map({ done < $0 }) ?? true {
            let previous = agreement
            sequence += 1
            let text = "\(Self.marker)\(sequence)"
            var log = agreement.goalAreas[area].rows[0].log
            log.append(LogEntry(id: ItemID.random(using: &generator), date: date, text: text))
            let ours = log.indices.filter { Self.number(in: log[$0].text) != nil }
            if ours.count > Self.kept {
                let drop = Set(ours.prefix(ours.count - Self.kept))
                log = log.indices.filter { !drop.contains($0) }.map { log[$0] }
            }
            agreement.goalAreas[area].rows[0].log = log
            // Section 4 changes every `privateEvery`-th save (as it seldom changes in real use).
            if let sectionFour = Self.privateNumber(for: sequence) {
                let goalText = "\(Self.marker)\(sectionFour)"
                if let goal = agreement.personalGoals.firstIndex(where: { Self.number(in: $0.text) != nil }) {
                    agreement.personalGoals[goal].text = goalText
                } else {
                    agreement.personalGoals.append(PersonalGoal(id: ItemID.random(using: &generator), text: goalText))
                }
            }
            do { try store.save(agreement, previous: previous) } catch { throw CommandFailure(Say.words.storeError(error)) }
            Self.report(sequence)
            done += 1
        }
    }

    /// The highest sequence number in the agreement's public part (0 if none).
    static func sequence(in agreement: Agreement) -> Int {
        agreement.goalAreas.flatMap(\.rows).flatMap(\.log).compactMap { number(in: $0.text) }.max() ?? 0
    }

    /// N from «save-loop #N», or nil for any other text.
    static func number(in text: String) -> Int? {
        guard text.hasPrefix(marker) else { return nil }
        return Int(text.dropFirst(marker.count))
    }

    /// Writes the number as one line with a single write(2), so the reader sees it at once.
    private static func report(_ sequence: Int) {
        let line = Array("\(sequence)\n".utf8)
        var offset = 0
        while offset < line.count {
            let n = line[offset...].withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += n
        }
    }
}
