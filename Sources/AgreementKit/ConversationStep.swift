/// Where a leader conversation stands: last time's follow-ups, an area of the guide, the
/// two-sided leader assessment of section 1.5, or the end with the minutes.
public enum ConversationStep: Hashable, Sendable {
    /// "Sist avtalte vi …": the follow-ups of the conversations before, done or not.
    case lastTime
    case area(ItemID)
    case leaderAssessment
    case minutes
}

extension ConversationStep: Codable {
    /// Written as a short text: `lastTime`, `area:<id>`, `leaderAssessment`, `minutes`.
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        switch text {
        case "lastTime": self = .lastTime
        case "leaderAssessment": self = .leaderAssessment
        case "minutes": self = .minutes
        default:
            guard text.hasPrefix("area:"), text.count > 5 else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "Cannot initialize ConversationStep from invalid String value \(text)")
            }
            self = .area(ItemID(String(text.dropFirst(5))))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .lastTime: try container.encode("lastTime")
        case .area(let id): try container.encode("area:" + id.rawValue)
        case .leaderAssessment: try container.encode("leaderAssessment")
        case .minutes: try container.encode("minutes")
        }
    }
}
