import AgreementKit

extension English {
    public var indicatorAbstract: String { "Measured indicators: set values, import and export them as CSV." }
    public var indicatorDiscussion: String {
        """
        The values belong to a measured indicator on a row of an agreement. The row is named by its \
        target number (1.1) when that is unique, else by section and goal area (2.1/2) or by the row's \
        place (2.2/3/2); the row's id always works. The indicator is named by its name, the start of \
        its name or its id. Periods are written 2013, 2013-T1, 2013-Q1 or 2013-03; numbers with a point or a comma.
        """
    }
    public var indicatorSetAbstract: String { "Set one value of an indicator." }
    public var indicatorSetDiscussion: String {
        """
        Example: lederavtale indicator set eide 2.1/1 sykefravær --period 2013-Q1 --value 6 \
        --source "Personalsystemet". A value that exists for the period is replaced; the same value \
        twice changes nothing. Targets and baselines are agreed in the Agreement phase: later they need \
        --reason and are recorded as an amendment of the agreement. If the indicator does not exist, it \
        is made when --unit and --better are given.
        """
    }
    public var indicatorImportAbstract: String { "Import values from a CSV file – all or nothing." }
    public var indicatorImportDiscussion: String {
        """
        The first line names the columns, in any order, separated by ; , or tab:
          agreement  the agreement's id (or a unique start of it)
          goal       the row: 1.1, 2.1/2 or 2.2/3/2 (see “lederavtale help indicator”)
          indicator  the indicator's name
          period     2013, 2013-T1, 2013-Q1 or 2013-03
          value      the number: 14.5 or 14,5
          kind       result, target, baseline, national, municipality or serviceArea \
        (the Norwegian words work too); empty = result
          source     where the number comes from (optional)
          unit       %, count, points, days or kr – only to make a new indicator
          better     lower or higher – only to make a new indicator
          perspective user, employee, economy, society or development (optional)
        The first four and value are required. The whole file is checked before anything is saved: one \
        error, and nothing is imported; each error is shown as file:line:column: why. Then one agreement \
        is saved at a time (each save is atomic). The same file imported again changes nothing, so an \
        import that was cut short is completed by running it again.
        """
    }
    public var indicatorExportAbstract: String { "Write the values as CSV (the same columns as import)." }
    public var goalArgumentHelp: String { "The row: 1.1, 2.1/2, 2.2/3/2 or the row's id." }
    public var indicatorArgumentHelp: String { "The indicator's name (or the start of it, or its id)." }
    public var periodOptionHelp: String { "The period: 2013, 2013-T1, 2013-Q1 or 2013-03." }
    public var valueOptionHelp: String { "The number, with a point or a comma." }
    public var sourceOptionHelp: String { "Where the number comes from." }
    public var kindOptionHelp: String { "result, target, baseline, national, municipality or serviceArea (Norwegian words work too)." }
    public var unitOptionHelp: String { "Measured in (%, count, points, days, kr): makes the indicator if it does not exist." }
    public var betterOptionHelp: String { "lower or higher is better: makes the indicator if it does not exist." }
    public var reasonOptionHelp: String { "The reason when the change is an amendment of the agreement (targets after the Agreement phase)." }
    public var importFileHelp: String { "The CSV file." }
    public var exportIDsHelp: String { "The agreements (all when none is named)." }

    public func indicatorValueName(_ name: IndicatorValueName) -> String {
        switch name {
        case .goal: "goal"
        case .indicator: "indicator"
        case .period: "period"
        case .number: "number"
        case .kind: "kind"
        case .source: "source"
        case .unit: "unit"
        case .better: "direction"
        case .reason: "reason"
        case .file: "file"
        case .agreements: "agreement"
        }
    }

    public func indicatorValueSet(agreement: String, goal: String, indicator: String, kind: IndicatorValueKind, period: Period, value: String) -> String {
        "\(agreement) \(goal) \(indicator): \(valueKind(kind)) \(self.period(period)) = \(value)"
    }

    public func indicatorValueUnchanged(agreement: String) -> String { "\(agreement): the value was already so – nothing changed" }

    public func indicatorImported(values: Int, agreements: Int, unchanged: Int) -> String {
        "imported \(count(values, "value", "values")) into \(count(agreements, "agreement", "agreements"))"
            + (unchanged > 0 ? " (\(count(unchanged, "value was", "values were")) there already)" : "")
    }

    public func indicatorImportRefused(problems: Int) -> String {
        "nothing imported: \(count(problems, "error", "errors")) in the file"
    }

    public func indicatorImportSaved(_ id: String) -> String { "saved \(id)" }

    public func indicatorCSVProblem(_ problem: IndicatorCSVProblem) -> String {
        switch problem {
        case .empty: "the file is empty"
        case .headerMissing(let expected): "the first line must name the columns, e.g. \(expected.joined(separator: ";"))"
        case .unknownColumn(let name, let known): "unknown column “\(name)” (known: \(known.joined(separator: ", ")))"
        case .duplicateColumn(let name): "the column “\(name)” is given twice"
        case .missingColumn(let name): "the column “\(name)” is missing"
        case .fieldCount(let found, let expected): "\(count(found, "field", "fields")), but the header has \(expected)"
        case .unterminatedQuote: "a quoted field never ends"
        case .unknownAgreement(let id, let suggestions):
            "found no agreement “\(id)”" + (suggestions.isEmpty ? "" : " – did you mean: \(suggestions.joined(separator: ", "))?")
        case .ambiguousAgreement(let id, let candidates): "found no unique agreement “\(id)” – did you mean: \(candidates.joined(separator: ", "))?"
        case .unreadableAgreement(let reason): reason
        case .unknownGoal(let goal, let agreement, let known):
            "found no row “\(goal)” in \(agreement)" + (known.isEmpty ? "" : " (the rows: \(known.prefix(8).joined(separator: ", "))\(known.count > 8 ? " …" : ""))")
        case .ambiguousGoal(let goal, let candidates): "“\(goal)” fits several rows: \(candidates.joined(separator: ", "))"
        case .unknownIndicator(let name, let goal, let known):
            "the row \(goal) has no indicator “\(name)”" + (known.isEmpty ? " (no measured indicators; give unit and better to make it)" : " (has: \(known.joined(separator: ", ")))")
        case .ambiguousIndicator(let name, let candidates): "“\(name)” fits several indicators: \(candidates.joined(separator: ", "))"
        case .newIndicatorNeedsUnit(let name): "the indicator “\(name)” does not exist; give unit and better to make it"
        case .badPeriod(let text, let year): periodProblem(text, year: year)
        case .badNumber(let problem): numberProblem(problem)
        case .badKind(let text): "unknown kind “\(text)” (result, target, baseline, national, municipality, serviceArea)"
        case .badUnit(let text): "unknown unit “\(text)” (%, count, points, days, kr)"
        case .badBetter(let text): "“\(text)”: better must be lower or higher"
        case .badPerspective(let text): "unknown perspective “\(text)”"
        case .conflicting(let first): "the same value is given with another number on line \(first)"
        case .notEditable(let reason): reason
        case .needsReason(let phase): "the agreement is in \(self.phase(phase)): this is an amendment of the agreement and needs --reason"
        case .locked(let holder): "the agreement is open in another session (\(holder)); close it first"
        }
    }
}
