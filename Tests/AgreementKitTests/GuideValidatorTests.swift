import AgreementKit
import Foundation
import Testing

@Suite("Guide validation: slug, language, ids, texts")
struct GuideValidatorTests {
    private func guide() -> ConversationGuide {
        ConversationGuide(
            id: "leiarsamtale-test",
            title: "Leiarsamtale",
            language: "nn",
            introduction: [GuideSection(heading: "Kva type samtale er det?", text: "Ein styringsdialog.")],
            areas: [
                GuideArea(id: "a1", title: "Personalleiing", purpose: "Kompetent", points: [GuidePoint(text: "Personalarbeid", subpoints: ["Leiarstruktur"])],
                          sources: ["HMS-rapport"], questions: [ReflectionQuestion(id: "q1", text: "Kva utfordringar opplever du?")]),
                GuideArea(id: "a2", title: "Økonomi", questions: [ReflectionQuestion(id: "q2", text: "No og framtidig?", subpoints: ["Bygg"])]),
            ]
        )
    }

    @Test func aSoundGuideHasNoIssues() {
        #expect(GuideValidator.validate(guide()) == [])
    }

    @Test func idsAreUniqueAcrossAreasAndQuestions() {
        var guide = guide()
        guide.areas[1].id = "q1"
        guide.areas[1].questions[0].id = "q1"
        guide.areas[0].questions.append(ReflectionQuestion(id: "two words", text: "Kva?"))
        #expect(GuideValidator.validate(guide) == [
            GuideIssue(path: ["areas", 0, "questions", 1, "id"], kind: .invalidID("two words")),
            GuideIssue(path: ["areas", 1, "id"], kind: .duplicateID("q1", firstAt: ["areas", 0, "questions", 0])),
            GuideIssue(path: ["areas", 1, "questions", 0, "id"], kind: .duplicateID("q1", firstAt: ["areas", 0, "questions", 0])),
        ])
    }

    @Test func textsThatMustBeThere() {
        var guide = guide()
        guide.title = ""
        guide.introduction[0].heading = " "
        guide.areas[0].title = ""
        guide.areas[0].points[0].text = ""
        guide.areas[0].points[0].subpoints.append("")
        guide.areas[0].sources.append(" ")
        guide.areas[1].questions[0].text = "\n"
        guide.areas[1].questions[0].subpoints = [""]
        #expect(GuideValidator.validate(guide) == [
            GuideIssue(path: ["title"], kind: .blankText),
            GuideIssue(path: ["introduction", 0, "heading"], kind: .blankText),
            GuideIssue(path: ["areas", 0, "title"], kind: .blankText),
            GuideIssue(path: ["areas", 0, "points", 0, "text"], kind: .blankText),
            GuideIssue(path: ["areas", 0, "points", 0, "subpoints", 1], kind: .blankText),
            GuideIssue(path: ["areas", 0, "sources", 1], kind: .blankText),
            GuideIssue(path: ["areas", 1, "questions", 0, "text"], kind: .blankText),
            GuideIssue(path: ["areas", 1, "questions", 0, "subpoints", 0], kind: .blankText),
        ])
    }

    @Test func anAreaMayHaveNoPurposeTextOrTarget() {
        var guide = guide()
        guide.areas[0].purpose = ""
        guide.areas[0].target = ""
        #expect(GuideValidator.validate(guide) == [])
    }

    @Test func slugAndLanguage() {
        var guide = guide()
        guide.id = "-leiarsamtale"
        guide.language = "de"
        #expect(GuideValidator.validate(guide) == [
            GuideIssue(path: ["id"], kind: .invalidSlug("-leiarsamtale")),
            GuideIssue(path: ["language"], kind: .unsupportedLanguage("de")),
        ])
        for language in ["nb", "nn", "en"] {
            guide.id = "ok"
            guide.language = language
            #expect(GuideValidator.validate(guide) == [])
        }
    }

    @Test func followUpItems() throws {
        let item = FollowUpItem(id: "f1", what: "Plan for kompetanseutvikling", who: "Rektor", due: LocalDate(iso: "2011-10-01"), goalRowID: "r1")
        #expect(item.isOverdue(on: LocalDate(iso: "2011-10-02")!))
        #expect(!item.isOverdue(on: LocalDate(iso: "2011-10-01")!))
        var done = item
        done.done = true
        #expect(!done.isOverdue(on: LocalDate(iso: "2012-01-01")!))
        #expect(!FollowUpItem(id: "f2", what: "Utan frist").isOverdue(on: LocalDate(iso: "2012-01-01")!))

        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(item), as: UTF8.self)
        #expect(json == #"{"done":false,"due":"2011-10-01","goalRowID":"r1","id":"f1","what":"Plan for kompetanseutvikling","who":"Rektor"}"#)
        #expect(try JSONDecoder().decode(FollowUpItem.self, from: Data(json.utf8)) == item)
        let bare = try JSONDecoder().decode(FollowUpItem.self, from: Data(#"{"done":true,"id":"f3","what":"x","who":""}"#.utf8))
        #expect(bare.due == nil && bare.goalRowID == nil && bare.done)
    }
}
