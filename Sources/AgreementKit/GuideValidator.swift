/// Checks a conversation guide beyond what decoding checks: slug, language, ids and texts that must not be empty.
public enum GuideValidator {
    /// Every fault found, in file order.
    public static func validate(_ guide: ConversationGuide) -> [GuideIssue] {
        var issues: [GuideIssue] = []
        var ids = IDRegister()

        func note(_ id: ItemID, _ path: [PathComponent]) {
            switch ids.note(id, at: path) {
            case .invalid: issues.append(GuideIssue(path: path + ["id"], kind: .invalidID(id)))
            case .duplicate(let first): issues.append(GuideIssue(path: path + ["id"], kind: .duplicateID(id, firstAt: first)))
            case nil: break
            }
        }
        func required(_ text: String, _ path: [PathComponent]) {
            if text.isBlank { issues.append(GuideIssue(path: path, kind: .blankText)) }
        }
        func requiredEach(_ texts: [String], _ path: [PathComponent]) {
            for (i, text) in texts.enumerated() { required(text, path + [.index(i)]) }
        }

        if !Slug.isValid(guide.id) { issues.append(GuideIssue(path: ["id"], kind: .invalidSlug(guide.id))) }
        required(guide.title, ["title"])
        if !ConversationGuide.languages.contains(guide.language) {
            issues.append(GuideIssue(path: ["language"], kind: .unsupportedLanguage(guide.language)))
        }
        for (s, section) in guide.introduction.enumerated() {
            required(section.heading, ["introduction", .index(s), "heading"])
        }
        for (a, area) in guide.areas.enumerated() {
            let path: [PathComponent] = ["areas", .index(a)]
            note(area.id, path)
            required(area.title, path + ["title"])
            for (p, point) in area.points.enumerated() {
                required(point.text, path + ["points", .index(p), "text"])
                requiredEach(point.subpoints, path + ["points", .index(p), "subpoints"])
            }
            requiredEach(area.sources, path + ["sources"])
            for (q, question) in area.questions.enumerated() {
                let questionPath = path + ["questions", .index(q)]
                note(question.id, questionPath)
                required(question.text, questionPath + ["text"])
                requiredEach(question.subpoints, questionPath + ["subpoints"])
            }
        }
        for fault in guide.variants.faults(known: Set(guide.variantPlaces.keys)) {
            issues.append(GuideIssue(path: fault.path, kind: fault.place.map { .unknownVariantPlace(language: fault.language, place: $0) } ?? .unsupportedLanguage(fault.language)))
        }
        return issues
    }
}
