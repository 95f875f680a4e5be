/// What a wheel event is tied to: a milestone of the agreement's year, or an indicator by name.
public enum WheelLink: Hashable, Sendable {
    case milestone(AgreementMilestone)
    /// The indicator's name as written in scorecards and agreements.
    case indicator(String)
}

extension WheelLink: Codable {
    /// Written as an object with exactly one key: `{"milestone": "midYearReview"}` or `{"indicator": "…"}`.
    private enum CodingKeys: String, CodingKey {
        case milestone, indicator
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        if c.contains(.milestone) {
            guard !c.contains(.indicator) else {
                throw DecodingError.dataCorruptedError(forKey: .indicator, in: c, debugDescription: "milestone and indicator together")
            }
            self = .milestone(try c.decode(AgreementMilestone.self, forKey: .milestone))
        } else {
            self = .indicator(try c.decode(String.self, forKey: .indicator))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .milestone(let milestone): try c.encode(milestone, forKey: .milestone)
        case .indicator(let name): try c.encode(name, forKey: .indicator)
        }
    }
}
