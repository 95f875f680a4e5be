import AgreementKit
import Catalogue
import TestSupport
import Testing

@Suite("Words for the domain's values (bokmål)")
struct DomainWordingTests {
    let words = Language.nb.words

    @Test func phasesAndRatingsUseTheFormsWords() {
        #expect(Phase.allCases.map(words.phase) == ["Inngåelse", "Oppfølging", "Resultatvurdering", "Avsluttet"])
        #expect(Rating.allCases.map(words.rating) == ["Ut over avtalen", "I tråd med avtalen", "Mindre enn avtalen"])
    }

    @Test func everyFieldKindHasALabel() {
        for kind in FieldKind.allCases { #expect(!words.fieldLabel(kind).isEmpty, "\(kind)") }
    }

    @Test func refusalsSayWhy() {
        #expect(words.refusal(.allowed) == nil)
        #expect(words.refusal(.needsAmendment) == "Avtalt i Inngåelse – endring krever begrunnelse")
        #expect(words.refusal(.notYet(.assessment)) == "Fylles ut i Resultatvurdering")
        #expect(words.refusal(.closed) == "Avtalen er avsluttet – skrivebeskyttet")
        #expect(words.refusal(.ownedBy(.leader)) == "Feltet skrives av enhetsleder – bare lesing for deg")
    }

    @Test func gapsNameTheRow() {
        var agreement = Fixtures.agreement()
        agreement.goalAreas[0].rows[0].target = "  "
        let gap = agreement.gapsBeforeNextPhase.first { $0.kind == .rowWithoutTarget }
        #expect(gap.map(words.gap) == "2.1 1. Frivillighet, mål 1.1: mangler mål for enheten")
    }

    @Test func progressIsOneLine() {
        let p = Progress(rows: 4, rowsWithLog: 1, logEntries: 2, goalAreas: 3, goalAreasAssessed: 1, checklistTotal: 2, checklistMarked: 1)
        #expect(words.progress(p) == "logg 1/4 rader · vurdert 1/3 · sjekkliste 1/2")
    }

    @Test func placesNameFieldAndRow() {
        let agreement = Fixtures.agreement(phase: .followUp)
        #expect(words.place(agreement.place(of: .target("r2"))) == "2.2 2. Samarbeid · mål 1.1")
        #expect(words.place(agreement.place(of: FieldRef.measure("r2-m0"))) == "2.2 2. Samarbeid · mål 1.1 · tiltak 1")
        #expect(words.place(agreement.place(of: FieldRef.support("r2-s"))) == "2.2 2. Samarbeid · mål 1.1 · støtte 1")
        #expect(words.place(agreement.place(of: ItemRef.logEntry("r3-l1"))).hasSuffix(" · loggføring 02.03.2011"))
        #expect(words.fieldAt(agreement.place(of: .target("r2")), label: "Mål for enheten") == "2.2 2. Samarbeid · mål 1.1 · mål for enheten")
        #expect(words.fieldAt(agreement.place(of: FieldRef.measure("r2-m0")), label: nil) == "2.2 2. Samarbeid · mål 1.1 · tiltak 1")
        #expect(words.itemNoun(.measure("x")) == "tiltaket")
        #expect(words.fieldError(.unknownRating("great")) == "Ukjent vurdering «great»")
    }
}
