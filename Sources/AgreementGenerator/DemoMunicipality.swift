import AgreementKit
import AgreementStore

/// The demo municipality that `init --sample` and the default store hold beside the two real
/// samples, for the overview: twelve invented units of Trondheim kommune in 2011 — four in each
/// of three service areas, followed by three contact persons — at varied phases and progress on
/// the sample store's date (15.09.2011), some of them behind; and six of the units again in 2010,
/// finished with their year-end ratings (one still in Resultatvurdering). Section 2.1 is the
/// Hoeggen sample's common goals (Trondheim 2011). The same seed gives the same agreements, and
/// every one says `demo: true`.
public enum DemoMunicipality {
    public static let seed: UInt64 = 2011
    /// The date the stories are told as of.
    public static let asOf = LocalDate(year: 2011, month: 9, day: 15)!

    /// The contact persons, each following four units.
    public static let contactPersons = ["Ingrid Solberg", "Geir Haugen", "Åse Brænd"]

    /// The invented units: name, service area, contact person (index), the 2011 story and, for
    /// six of them, the 2010 story.
    static let units: [(name: String, domain: ServiceDomain, contact: Int, current: DemoStory, previous: DemoStory?)] = [
        ("Bjørkelia skole", .education, 0, .onTrack, .finished),
        ("Eikrem ungdomsskole", .education, 1, .noMidYearReview, .finished),
        ("Furumo barnehage", .education, 0, .notSigned, nil),
        ("Lyngtoppen oppvekstsenter", .education, 2, .onTrack, nil),
        ("Granli helse- og velferdssenter", .health, 1, .onTrack, .finished),
        ("Solsiden sykehjem", .health, 2, .movedOnUnsigned, .assessmentUnfinished),
        ("Hjemmetjenesten Vestbyen", .health, 0, .quiet, nil),
        ("Kvernmo bo- og aktivitetssenter", .health, 1, .noMidYearReview, nil),
        ("Linnea bibliotek", .culture, 2, .onTrack, .finished),
        ("Elvetangen fritidsklubb", .culture, 0, .noMidYearReview, nil),
        ("Storhaugen kulturhus", .culture, 1, .onTrack, .finished),
        ("Havbakken fritidsklubb", .culture, 2, .onTrack, nil),
    ]

    /// The ids of the demo agreements, in the order they are made.
    public static var ids: [String] { plans().map(\.plan.id) }

    /// Every demo agreement; `commonGoals` is section 2.1 to build on (the Hoeggen sample's).
    public static func agreements(commonGoals: [GoalArea], seed: UInt64 = seed) -> [Agreement] {
        plans().map { plan, story in
            var factory = AgreementFactory(plan: plan, seed: seed)
            return DemoAgreementBuilder(plan: plan, story: story, asOf: asOf, commonGoals: commonGoals).make(using: &factory)
        }
    }

    /// The agreements with the Hoeggen sample's common goals.
    public static func agreements() throws(StoreError) -> [Agreement] {
        let hoeggen = try SampleCatalog.agreements().first { $0.id == "hoeggen-skole-2011" }
        return agreements(commonGoals: hoeggen?.goalAreas(in: .common) ?? [])
    }

    private static func plans() -> [(plan: AgreementPlan, story: DemoStory)] {
        var rng = SplitMix64(seed: seed)
        var out: [(AgreementPlan, DemoStory)] = []
        for (u, unit) in units.enumerated() {
            let leader = NorwegianText.person(using: &rng)
            for (year, story) in [(2011, unit.current), (2010, unit.previous)] {
                guard let story else { continue }
                let plan = AgreementPlan(id: Slug.make(unit: unit.name, year: year), unit: unit.name, domain: unit.domain, year: year,
                                         isCurrent: year == 2011, leader: leader, contactPerson: contactPersons[unit.contact], index: u * 2 + (2011 - year))
                out.append((plan, story))
            }
        }
        return out
    }
}
