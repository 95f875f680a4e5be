/// A goal row's link to an item of an action plan: the plan's id and the code cited ("1.a", "S.1").
public struct PlanLink: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// The plan's id, its file name in the store's `plans/` folder: `kuo-2018-2021`.
    public var plan: String
    public var code: String

    public init(plan: String, code: String) {
        self.plan = plan
        self.code = code
    }

    /// As written in a field and an amendment: `kuo-2018-2021/S.1`.
    public var description: String { "\(plan)/\(code)" }

    /// Parses `kuo-2018-2021/S.1`: a valid plan id, a slash, a code without spaces.
    public init?(text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, Slug.isValid(String(parts[0])), !parts[1].isEmpty, !parts[1].contains(where: \.isWhitespace) else { return nil }
        self.init(plan: String(parts[0]), code: String(parts[1]))
    }

    /// A list of links as one field's text: `kuo-2018-2021/S.1, kuo-2018-2021/1.a`.
    public static func text(_ links: [PlanLink]) -> String {
        links.map(\.description).joined(separator: ", ")
    }

    /// The links in a field's text, or the first entry that is not one.
    public static func parse(_ text: String) -> Result<[PlanLink], FieldError> {
        var links: [PlanLink] = []
        for part in text.split(whereSeparator: { $0 == "," || $0 == "\n" }) {
            let entry = part.trimmingCharacters(in: .whitespaces)
            if entry.isEmpty { continue }
            guard let link = PlanLink(text: entry) else { return .failure(.notAPlanLink(entry)) }
            if !links.contains(link) { links.append(link) }
        }
        return .success(links)
    }

    /// In plan order of their codes is up to the plan; without it, by plan then code.
    public static func < (a: PlanLink, b: PlanLink) -> Bool { (a.plan, a.code) < (b.plan, b.code) }
}
