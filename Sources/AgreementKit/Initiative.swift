import Foundation

/// An initiative under a main goal (satsing), e.g. "1.a", with the period goals that follow it up.
public struct Initiative: Identifiable, Equatable, Sendable, Codable {
    public var id: ItemID
    /// The main goal's number, a dot and a lower-case letter, e.g. "1.a".
    public var code: String
    /// The full text as written; its first sentence is the initiative's name.
    public var text: String
    /// The period goals in plan order, sector by sector.
    public var periodGoals: [PeriodGoal]

    public init(id: ItemID, code: String, text: String, periodGoals: [PeriodGoal] = []) {
        self.id = id
        self.code = code
        self.text = text
        self.periodGoals = periodGoals
    }

    /// The first sentence of the text, without its full stop: the initiative's name.
    public var headline: String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let stop = trimmed.range(of: ". ") else {
            return trimmed.hasSuffix(".") ? String(trimmed.dropLast()) : trimmed
        }
        return String(trimmed[..<stop.lowerBound])
    }

    /// The period goals of one sector, in plan order.
    public func periodGoals(in sector: Sector) -> [PeriodGoal] {
        periodGoals.filter { $0.sector == sector }
    }
}
