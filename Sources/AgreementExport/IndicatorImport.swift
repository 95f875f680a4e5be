import AgreementKit
import Catalogue
import Foundation

/// Applies the lines of an indicator CSV (or one `indicator set`) to agreements, all or nothing:
/// every line is checked against the agreement as the lines before it leave it; any problem and
/// nothing is changed. Setting a value that is already there changes nothing, so running the
/// same file again is harmless and completes an import that was cut short.
public struct IndicatorImport {
    /// Who makes the change, for amendments: blue values after Inngåelse need `reason`.
    public struct Author: Sendable {
        public var party: Party
        public var person: String
        public var today: LocalDate
        public var reason: String?

        public init(party: Party, person: String, today: LocalDate, reason: String?) {
            self.party = party
            self.person = person
            self.today = today
            self.reason = reason
        }
    }

    /// What the lines change: the changed agreements in the order first named, and counts.
    public struct Outcome: Sendable {
        public var changed: [Agreement] = []
        public var values = 0
        public var unchanged = 0
        /// One line per value set, in file order: "eide 2.1/1 Sykefravær: resultat 1. kvartal 2013 = 6 %".
        public var notes: [String] = []
    }

    let words: any Wording
    let author: Author
    /// The agreement a text names, or why there is none.
    let load: (String) -> Result<Agreement, IndicatorCSVProblem>
    var newID: () -> ItemID = { ItemID.random() }

    public init(words: any Wording, author: Author, load: @escaping (String) -> Result<Agreement, IndicatorCSVProblem>) {
        self.words = words
        self.author = author
        self.load = load
    }

    private struct Key: Hashable {
        let agreement: String, indicator: ItemID, kind: IndicatorValueKind, period: Period
    }

    public func apply(_ records: [IndicatorCSV.Record]) -> Result<Outcome, IndicatorCSV.Problems> {
        var agreements: [String: Agreement] = [:]
        var resolved: [String: Result<String, IndicatorCSVProblem>] = [:]
        var order: [String] = []
        var changedIDs: Set<String> = []
        var seen: [Key: (line: Int, value: IndicatorValue)] = [:]
        var problems: [IndicatorCSV.Located] = []
        var outcome = Outcome()
        for record in records {
            // Every problem of a line is reported, each at its column; a field that depends on
            // another (the goal on the agreement, the value on the indicator's unit) is checked
            // when what it depends on is known.
            var lineProblems: [IndicatorCSV.Located] = []
            func fail(_ column: IndicatorCSV.Column, _ problem: IndicatorCSVProblem) {
                lineProblems.append(IndicatorCSV.Located(line: record.line, column: record.column(column), problem: problem))
            }
            defer { problems += lineProblems.sorted { $0.column < $1.column } }
            let given = record.text(.agreement)
            var foundID: String?
            if let known = resolved[given] {
                switch known {
                case .success(let k): foundID = k
                case .failure(let p): fail(.agreement, p)
                }
            } else {
                switch load(given) {
                case .success(let a):
                    resolved[given] = .success(a.id)
                    if agreements[a.id] == nil { agreements[a.id] = a; order.append(a.id) }
                    foundID = a.id
                case .failure(let p):
                    resolved[given] = .failure(p)
                    fail(.agreement, p)
                }
            }
            var found = foundID.flatMap { agreements[$0] }
            let year = found?.header.year ?? author.today.year
            let foundPeriod = Period(userInput: record.text(.period), defaultYear: year)
            if foundPeriod == nil { fail(.period, .badPeriod(record.text(.period), year: year)) }
            let foundKind = Self.match(record.text(.kind), IndicatorValueKind.allCases, words.valueKindAliases, emptyIs: .result)
            if foundKind == nil { fail(.kind, .badKind(record.text(.kind))) }
            let goalText = record.text(.goal)
            var foundRow: ItemID?
            if let known = found, let id = foundID {
                switch RowAddress.resolve(goalText, in: known) {
                case .row(let r): foundRow = r
                case .none(let candidates): fail(.goal, .unknownGoal(goalText, agreement: id, known: candidates))
                case .ambiguous(let candidates): fail(.goal, .ambiguousGoal(goalText, candidates: candidates))
                }
            }
            var amendments: [(what: String, old: String, new: String)] = []
            let name = record.text(.indicator)
            let unitText = record.text(.unit)
            let givenUnit = Self.match(unitText, IndicatorUnit.allCases, words.unitAliases)
            var foundIndicator: ItemID?
            if var changed = found, let rowID = foundRow, let row = changed.row(rowID) {
                switch IndicatorLookup.resolve(name, in: row) {
                case .indicator(let i): foundIndicator = i
                case .ambiguous(let candidates): fail(.indicator, .ambiguousIndicator(name, candidates: candidates))
                case .none(let known):
                    let betterText = record.text(.better)
                    if unitText.isEmpty && betterText.isEmpty {
                        fail(.indicator, .unknownIndicator(name, goal: goalText, known: known))
                    } else if unitText.isEmpty || betterText.isEmpty || name.isEmpty {
                        fail(.indicator, .newIndicatorNeedsUnit(name))
                    } else {
                        if givenUnit == nil { fail(.unit, .badUnit(unitText)) }
                        let better = Self.match(betterText, BetterDirection.allCases, words.betterAliases)
                        if better == nil { fail(.better, .badBetter(betterText)) }
                        let perspectiveText = record.text(.perspective)
                        let perspective = Self.match(perspectiveText, Perspective.allCases, words.perspectiveAliases)
                        if !perspectiveText.isEmpty && perspective == nil { fail(.perspective, .badPerspective(perspectiveText)) }
                        let refused = permitted(.indicator, in: changed)
                        if let refused { fail(.indicator, refused) }
                        if let unit = givenUnit, let better, refused == nil, perspectiveText.isEmpty || perspective != nil {
                            let newIndicator = newID()
                            changed.addIndicator(Indicator(id: newIndicator, name: name, unit: unit, better: better, perspective: perspective), to: rowID)
                            if changed.phase != .agreement { amendments.append((words.indicatorInterface(.amendedIndicator(name)), "", name)) }
                            foundIndicator = newIndicator
                            found = changed
                        }
                    }
                }
            }
            let foundUnit = foundIndicator.flatMap { found?.indicator($0) }?.unit
            var parsed: Double?
            switch IndicatorNumber.parse(record.text(.value), unit: foundUnit ?? givenUnit) {
            case .success(let n): parsed = n
            case .failure(let p): fail(.value, .badNumber(p))
            }
            guard lineProblems.isEmpty, let id = foundID, var agreement = found, let rowID = foundRow, let indicatorID = foundIndicator,
                  let indicator = agreement.indicator(indicatorID), let period = foundPeriod, let kind = foundKind, let number = parsed else { continue }
            let value = IndicatorValue(period: period, value: number, source: record.text(.source))
            let key = Key(agreement: id, indicator: indicatorID, kind: kind, period: period)
            if let first = seen[key] {
                if first.value != value { fail(.value, .conflicting(firstLine: first.line)) }
                continue
            }
            seen[key] = (record.line, value)
            let previous = indicator.value(kind, for: period)
            if previous == value {
                outcome.unchanged += 1
                continue
            }
            if let refused = permitted(kind.fieldKind, in: agreement) { fail(.value, refused); continue }
            agreement.setIndicatorValue(indicatorID, kind, value)
            let shown = words.measurement(number, indicator.unit)
            if kind.fieldKind.colour == .blue && agreement.phase != .agreement {
                amendments.append((words.indicatorInterface(.amendedValue(indicator: indicator.name, kind: kind, period: period)),
                                   previous.map { words.measurement($0.value, indicator.unit) } ?? "", shown))
            }
            for amendment in amendments {
                agreement.recordAmendment(what: amendment.what, oldValue: amendment.old, newValue: amendment.new, reason: author.reason ?? "",
                                          date: author.today, party: author.party, id: newID(), person: author.person)
            }
            agreements[id] = agreement
            changedIDs.insert(id)
            outcome.values += 1
            outcome.notes.append(words.indicatorValueSet(agreement: id, goal: RowAddress.address(of: rowID, in: agreement), indicator: indicator.name,
                                                         kind: kind, period: period, value: shown))
        }
        guard problems.isEmpty else { return .failure(IndicatorCSV.Problems(all: problems)) }
        outcome.changed = order.filter(changedIDs.contains).compactMap { agreements[$0] }
        return .success(outcome)
    }

    /// Why a field of this kind may not change now (a blue one after Inngåelse needs a reason), or nil.
    private func permitted(_ field: FieldKind, in agreement: Agreement) -> IndicatorCSVProblem? {
        switch agreement.editability(of: field) {
        case .allowed: return nil
        case .needsAmendment:
            let reason = author.reason?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            return reason.isEmpty ? .needsReason(phase: agreement.phase) : nil
        case let other: return .notEditable(words.refusal(other) ?? "")
        }
    }

    /// A case named by one of its words (the catalogue's and the English id), case ignored.
    static func match<T>(_ text: String, _ cases: [T], _ aliases: (T) -> [String], emptyIs empty: T? = nil) -> T? {
        let wanted = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard !wanted.isEmpty else { return empty }
        return cases.first { aliases($0).contains { $0.lowercased() == wanted } }
    }
}
