/// A conversation guide in the reader's language: its title, introduction, and each area's
/// title, purpose, target and questions. Points and sources keep the guide's own text.
extension ConversationGuide {
    /// Every place a variant may name, with its original text: `title`,
    /// `introduction.<n>.heading` and `.text` (from 1), `<area id>.title`, `.purpose`, `.target`,
    /// `<question id>.text`.
    public var variantPlaces: [String: String] {
        var places = ["title": title]
        for (n, section) in introduction.enumerated() {
            places["introduction.\(n + 1).heading"] = section.heading
            places["introduction.\(n + 1).text"] = section.text
        }
        for area in areas {
            places[TextVariants.place(area.id, "title")] = area.title
            places[TextVariants.place(area.id, "purpose")] = area.purpose
            places[TextVariants.place(area.id, "target")] = area.target
            for question in area.questions { places[TextVariants.place(question.id, "text")] = question.text }
        }
        return places
    }

    /// The guide with the texts of `language`'s variants where it has them, the original
    /// elsewhere; unchanged for nil, the guide's own language or a language without variants.
    public func inLanguage(_ language: String?) -> ConversationGuide {
        guard let language, language != self.language, !(variants.texts[language]?.isEmpty ?? true) else { return self }
        func text(_ original: String, _ place: String) -> String { variants.text(original, at: place, in: language) }
        var guide = self
        guide.title = text(title, "title")
        for n in guide.introduction.indices {
            guide.introduction[n].heading = text(introduction[n].heading, "introduction.\(n + 1).heading")
            guide.introduction[n].text = text(introduction[n].text, "introduction.\(n + 1).text")
        }
        for a in guide.areas.indices {
            let area = areas[a]
            guide.areas[a].title = text(area.title, TextVariants.place(area.id, "title"))
            guide.areas[a].purpose = text(area.purpose, TextVariants.place(area.id, "purpose"))
            guide.areas[a].target = text(area.target, TextVariants.place(area.id, "target"))
            for q in area.questions.indices {
                guide.areas[a].questions[q].text = text(area.questions[q].text, TextVariants.place(area.questions[q].id, "text"))
            }
        }
        return guide
    }
}
