/// Where a key is pressed; a key means one thing in one context.
public enum KeyContext: String, CaseIterable, Sendable {
    case main
    case detail
    case picker
    case help
    case phase
    case meeting
    case editor
    case dialog

    /// The heading of the context on the help screen.
    public var title: String {
        switch self {
        case .main: "Hovedskjermen"
        case .detail: "Detaljvisning"
        case .picker: "Velg avtale"
        case .help: "Hjelp"
        case .phase: "Fasedialogen"
        case .meeting: "Møtemodus"
        case .editor: "Feltredigering"
        case .dialog: "Spørsmål"
        }
    }
}
