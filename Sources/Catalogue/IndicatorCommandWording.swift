import AgreementKit

/// The words of `lederavtale indicator set|import|export`: help, what they print, and why a
/// line of a file is refused.
public protocol IndicatorCommandWording: Sendable {
    var indicatorAbstract: String { get }
    var indicatorDiscussion: String { get }
    var indicatorSetAbstract: String { get }
    var indicatorSetDiscussion: String { get }
    var indicatorImportAbstract: String { get }
    var indicatorImportDiscussion: String { get }
    var indicatorExportAbstract: String { get }
    var goalArgumentHelp: String { get }
    var indicatorArgumentHelp: String { get }
    var periodOptionHelp: String { get }
    var valueOptionHelp: String { get }
    var sourceOptionHelp: String { get }
    var kindOptionHelp: String { get }
    var unitOptionHelp: String { get }
    var betterOptionHelp: String { get }
    var reasonOptionHelp: String { get }
    var importFileHelp: String { get }
    var exportIDsHelp: String { get }
    /// Value names in usage lines: MÅL, INDIKATOR, PERIODE, TALL, TYPE …
    func indicatorValueName(_ name: IndicatorValueName) -> String
    /// One value set: "hoeggen-skole-2011 2.1/2 Sykefravær: resultat 1. kvartal 2011 = 5,8 %".
    func indicatorValueSet(agreement: String, goal: String, indicator: String, kind: IndicatorValueKind, period: Period, value: String) -> String
    /// The value was already so: nothing written.
    func indicatorValueUnchanged(agreement: String) -> String
    /// An import's summary.
    func indicatorImported(values: Int, agreements: Int, unchanged: Int) -> String
    /// Why a line or field of an indicator CSV is refused.
    func indicatorCSVProblem(_ problem: IndicatorCSVProblem) -> String
    /// The import stopped at the first problem(s): nothing was imported.
    func indicatorImportRefused(problems: Int) -> String
    /// The reason recorded for changes by import when none is given on the command line.
    func indicatorImportSaved(_ id: String) -> String
}

/// Value names in the usage lines of the indicator commands.
public enum IndicatorValueName: Sendable {
    case goal, indicator, period, number, kind, source, unit, better, reason, file, agreements
}
