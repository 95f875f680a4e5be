/// What a wheel event is tied to: a milestone of the agreement's year, or an indicator by name.
public enum WheelLink: Hashable, Sendable {
    case milestone(AgreementMilestone)
    /// The indicator's name as written in scorecards and agreements.
    case indicator(String)

    /// A link naming both a milestone and an indicator: the store words it at the link's place.
    public struct BothGiven: Error, Equatable, Sendable {
        /// The keys that may not stand together.
        public let keys: [String] = ["milestone", "indicator"]
    }
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
                // The words are the store's (the catalogue's); the description is for programmers only.
                throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: c.codingPath, debugDescription: "milestone and indicator together",
                                                                       underlyingError: BothGiven()))
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
