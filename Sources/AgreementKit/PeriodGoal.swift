/// A goal of one sector for the plan's period (periodemål), e.g. "S.1"; numbered across the whole plan.
public struct PeriodGoal: Identifiable, Equatable, Sendable, Codable {
    public var id: ItemID
    /// The code shown in the plan: the sector's letter, a dot and a number, e.g. "S.10".
    public var code: String
    public var sector: Sector
    /// The goal as written; empty where the source document gives only the code.
    public var text: String

    public init(id: ItemID, code: String, sector: Sector, text: String = "") {
        self.id = id
        self.code = code
        self.sector = sector
        self.text = text
    }

    /// The number after the dot when the code is well formed ("S.10" → 10).
    public var number: Int? {
        let parts = code.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 1, let prefix = parts[0].first, Sector(codePrefix: prefix) != nil,
              let first = parts[1].first, first != "0", parts[1].allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(parts[1])
    }
}
