/// An annual wheel in the reader's language: its title, quarter themes and event titles.
extension AnnualWheel {
    /// Every place a variant may name, with its original text: `title`, `<theme id>.title`,
    /// `<event id>.title`.
    public var variantPlaces: [String: String] {
        var places = ["title": title]
        for theme in themes { places[TextVariants.place(theme.id, "title")] = theme.title }
        for event in events { places[TextVariants.place(event.id, "title")] = event.title }
        return places
    }

    /// The wheel with the texts of `language`'s variants where it has them, the original
    /// elsewhere; unchanged for nil or a language without variants.
    public func inLanguage(_ language: String?) -> AnnualWheel {
        guard let language, !(variants.texts[language]?.isEmpty ?? true) else { return self }
        var wheel = self
        wheel.title = variants.text(title, at: "title", in: language)
        for i in wheel.themes.indices {
            wheel.themes[i].title = variants.text(themes[i].title, at: TextVariants.place(themes[i].id, "title"), in: language)
        }
        for i in wheel.events.indices {
            wheel.events[i].title = variants.text(events[i].title, at: TextVariants.place(events[i].id, "title"), in: language)
        }
        return wheel
    }
}
