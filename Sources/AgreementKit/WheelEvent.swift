/// One recurring date in an annual wheel: what happens, when, who takes part and what it ties to.
public struct WheelEvent: Identifiable, Equatable, Sendable {
    public var id: ItemID
    public var when: WheelDate
    public var title: String
    /// The roles taking part; written to the file in `WheelRole.allCases` order.
    public var who: Set<WheelRole>
    public var kind: WheelEventKind
    public var link: WheelLink?

    public init(id: ItemID, when: WheelDate, title: String, who: Set<WheelRole> = [], kind: WheelEventKind, link: WheelLink? = nil) {
        self.id = id
        self.when = when
        self.title = title
        self.who = who
        self.kind = kind
        self.link = link
    }

    /// The event's date in `year`, or nil when its rule gives none that year.
    public func date(in year: Int) -> LocalDate? { when.date(in: year) }
}

extension WheelEvent: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, when, title, who, kind, link
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(ItemID.self, forKey: .id)
        when = try c.decode(WheelDate.self, forKey: .when)
        title = try c.decode(String.self, forKey: .title)
        who = Set(try c.decode([WheelRole].self, forKey: .who))
        kind = try c.decode(WheelEventKind.self, forKey: .kind)
        link = try c.decodeIfPresent(WheelLink.self, forKey: .link)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(when, forKey: .when)
        try c.encode(title, forKey: .title)
        // A set has no order of its own; a fixed one keeps the file's bytes stable.
        try c.encode(WheelRole.allCases.filter(who.contains), forKey: .who)
        try c.encode(kind, forKey: .kind)
        try c.encodeIfPresent(link, forKey: .link)
    }
}
