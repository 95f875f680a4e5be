import AgreementKit
/// Realistic unit names — schools, kindergartens, care homes, libraries — of one large municipality.
public enum UnitCatalog {
    static let municipality = "Trondheim kommune"

    static let places = [
        "Åsvang", "Berg", "Bispehaug", "Blussuvoll", "Breidablikk", "Bratsberg", "Brundalen", "Byåsen", "Charlottenlund",
        "Eberg", "Flatåsen", "Hallset", "Heimdal", "Huseby", "Hårstad", "Kattem", "Kolstad", "Kirkebakken", "Lade",
        "Lerkendal", "Lilleby", "Lundåsen", "Markaplassen", "Nardo", "Nidarvoll", "Nyborg", "Nypvang", "Ranheim",
        "Rosenborg", "Rye", "Saupstad", "Singsaker", "Sjetnemarka", "Spongdal", "Stabbursmoen", "Stavset", "Steindal",
        "Strindheim", "Sunnland", "Tiller", "Tonstad", "Utleira", "Vikåsen", "Åsheim", "Øya", "Ila", "Ugla", "Møllenberg",
        "Bakklandet", "Tyholt", "Tempe", "Moholt", "Risvollan", "Valentinlyst", "Jakobsli", "Leangen", "Munkvoll",
        "Sverresborg", "Okstad", "Klæbu", "Tanem", "Bjørndalen", "Fossegrenda", "Romolslia", "Angelltrøa", "Ringvål",
        "Gåsbakken", "Skjærlia", "Ørmelen", "Kystad", "Sørborgen", "Lianvatnet", "Bøkeskogen", "Fjellseter", "Hoeggen",
    ]

    /// Unit name patterns (`{}` is the place) and their service area.
    static let kinds: [(pattern: String, domain: ServiceDomain)] = [
        ("{} skole", .education), ("{} ungdomsskole", .education), ("{} barnehage", .education), ("{} oppvekstsenter", .education),
        ("{} helse- og velferdssenter", .health), ("{} sykehjem", .health), ("Hjemmetjenesten {}", .health),
        ("{} bo- og aktivitetssenter", .health), ("{} bibliotek", .culture), ("{} fritidsklubb", .culture),
    ]

    /// `count` different units in a random order; after every combination is used, numbered branches follow.
    public static func units(count: Int, using rng: inout SplitMix64) -> [(name: String, domain: ServiceDomain)] {
        var all: [(name: String, domain: ServiceDomain)] = []
        for place in places {
            for kind in kinds {
                all.append((kind.pattern.replacingOccurrences(of: "{}", with: place), kind.domain))
            }
        }
        all.shuffle(using: &rng)
        return (0..<count).map { i in
            let unit = all[i % all.count]
            let round = i / all.count
            return round == 0 ? unit : ("\(unit.name) avdeling \(round + 1)", unit.domain)
        }
    }
}
