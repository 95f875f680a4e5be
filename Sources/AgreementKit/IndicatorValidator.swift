/// Checks a measured indicator's content: a name, one value per period in each series, and
/// numbers its unit can take.
enum IndicatorValidator {
    static func validate(_ indicator: Indicator, at path: [PathComponent]) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if indicator.name.isBlank {
            issues.append(ValidationIssue(path: path + ["name"], kind: .indicatorWithoutName))
        }
        func check(_ value: Double, _ at: [PathComponent]) {
            if !value.isFinite {
                issues.append(ValidationIssue(path: at + ["value"], kind: .valueNotFinite))
            } else if let range = indicator.unit.range, !range.contains(value) {
                issues.append(ValidationIssue(path: at + ["value"], kind: .valueOutOfRange(value, indicator.unit)))
            }
        }
        func series(_ key: String, _ values: [IndicatorValue]) {
            var seen: Set<Period> = []
            for (i, value) in values.enumerated() {
                let at = path + [.key(key), .index(i)]
                if !seen.insert(value.period).inserted {
                    issues.append(ValidationIssue(path: at + ["period"], kind: .duplicatePeriod(value.period)))
                }
                check(value.value, at)
            }
        }
        if let baseline = indicator.baseline { check(baseline.value, path + ["baseline"]) }
        series("targets", indicator.targets)
        series("results", indicator.results)
        var seen: Set<String> = []
        for (i, comparison) in indicator.comparisons.enumerated() {
            let at = path + ["comparisons", .index(i)]
            if !seen.insert("\(comparison.kind.rawValue) \(comparison.period.id)").inserted {
                issues.append(ValidationIssue(path: at + ["period"], kind: .duplicatePeriod(comparison.period)))
            }
            check(comparison.value, at)
        }
        return issues
    }
}
