/// The agreement's own dates, set in the app: the mid-year and year-end conversations, the date
/// each phase should be finished by, and the wheel events the unit has marked done this year.
public struct AgreementSchedule: Equatable, Sendable {
    /// The meetings of the year, by kind (midtveissamtale, årssamtale / resultatvurdering).
    public var meetings: [Review.Kind: LocalDate]
    /// The date each phase should be left by: Inngåelse (signed), Oppfølging, Resultatvurdering.
    public var phaseDeadlines: [Phase: LocalDate]
    /// The wheel events the unit has marked done, by `DeadlineEntry.wheelKey`.
    public var doneEvents: Set<String>

    public init(meetings: [Review.Kind: LocalDate] = [:], phaseDeadlines: [Phase: LocalDate] = [:], doneEvents: Set<String> = []) {
        self.meetings = meetings
        self.phaseDeadlines = phaseDeadlines
        self.doneEvents = doneEvents
    }

    /// The phases that can have a deadline: every phase but Avsluttet.
    public static let phasesWithDeadline: [Phase] = [.agreement, .followUp, .assessment]

    /// The meetings that can be given a date, in the year's order.
    public static let meetingKinds: [Review.Kind] = [.midYear, .yearEnd]

    /// True when no date is set and nothing is marked.
    public var isEmpty: Bool { meetings.isEmpty && phaseDeadlines.isEmpty && doneEvents.isEmpty }
}

extension AgreementSchedule: Codable {
    /// Written with the kinds' and phases' names as keys, the marks sorted:
    /// `{"doneEvents": [], "meetings": {"midYear": "2011-09-27"}, "phaseDeadlines": {"agreement": "2011-01-31"}}`.
    private enum CodingKeys: String, CodingKey {
        case meetings, phaseDeadlines, doneEvents
    }

    /// A key of the `meetings` or `phaseDeadlines` object.
    private struct NameKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        meetings = try Self.dates(in: c, .meetings) { Review.Kind(rawValue: $0) }
        phaseDeadlines = try Self.dates(in: c, .phaseDeadlines) { name in
            Phase(rawValue: name).flatMap { AgreementSchedule.phasesWithDeadline.contains($0) ? $0 : nil }
        }
        doneEvents = Set(try c.decode([String].self, forKey: .doneEvents))
    }

    /// The dates of one object, its keys read by `name`; an unknown key is an invalid value at that key.
    private static func dates<Key: Hashable>(in c: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys,
                                             name: (String) -> Key?) throws -> [Key: LocalDate] {
        let object = try c.nestedContainer(keyedBy: NameKey.self, forKey: key)
        var result: [Key: LocalDate] = [:]
        for nameKey in object.allKeys {
            guard let typed = name(nameKey.stringValue) else {
                throw DecodingError.dataCorrupted(DecodingError.Context(
                    codingPath: object.codingPath + [nameKey],
                    debugDescription: "Cannot initialize \(Key.self) from invalid String value \(nameKey.stringValue)"))
            }
            result[typed] = try object.decode(LocalDate.self, forKey: nameKey)
        }
        return result
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        var meetingsObject = c.nestedContainer(keyedBy: NameKey.self, forKey: .meetings)
        for (kind, date) in meetings { try meetingsObject.encode(date, forKey: NameKey(stringValue: kind.rawValue)) }
        var phasesObject = c.nestedContainer(keyedBy: NameKey.self, forKey: .phaseDeadlines)
        for (phase, date) in phaseDeadlines { try phasesObject.encode(date, forKey: NameKey(stringValue: phase.rawValue)) }
        try c.encode(doneEvents.sorted(), forKey: .doneEvents)
    }
}
