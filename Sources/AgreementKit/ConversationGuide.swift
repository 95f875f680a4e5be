/// A guide for the leader conversation (samtaleguide, leiarsamtale): an introduction and the areas to go through.
public struct ConversationGuide: Identifiable, Equatable, Sendable, Codable {
    /// A readable ASCII slug, unique among the guides, e.g. `leiarsamtale-rektor`; also the file's name.
    public var id: String
    public var title: String
    /// The language of the guide's own text: `nb`, `nn` or `en`.
    public var language: String
    public var introduction: [GuideSection]
    public var areas: [GuideArea]
    /// The title, area titles, purposes and questions in other languages (see `inLanguage`).
    public var variants: TextVariants

    public init(id: String, title: String, language: String, introduction: [GuideSection] = [], areas: [GuideArea] = [],
                variants: TextVariants = TextVariants()) {
        self.id = id
        self.title = title
        self.language = language
        self.introduction = introduction
        self.areas = areas
        self.variants = variants
    }

    /// The language tags a guide may carry, as the interface knows them.
    public static let languages: Set<String> = ["nb", "nn", "en"]
}
