import AgreementKit
/// Norwegian phrase lists and a small template filler for realistic agreement text.
enum NorwegianText {
    static let firstNames = [
        "Anne", "Kari", "Ingrid", "Marit", "Hilde", "Solveig", "Ragnhild", "Åse", "Tone", "Siri", "Bjørg", "Liv", "Guro",
        "Mette", "Kjersti", "Turid", "Sølvi", "Gøril", "Astrid", "Øystein", "Ola", "Per", "Bjørn", "Geir", "Knut", "Håkon",
        "Terje", "Jørgen", "Arild", "Stian", "Sindre", "Trond", "Espen", "Ørjan", "Torbjørn", "Halvard", "Ståle", "Even",
    ]
    static let lastNames = [
        "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Berg", "Haugen", "Hagen",
        "Eriksen", "Bakken", "Lund", "Strand", "Solberg", "Moen", "Dahl", "Sæther", "Aasen", "Løvås", "Brænd", "Søreng",
        "Rønning", "Følstad", "Ødegård", "Grønli", "Kvåle", "Myhre", "Skjærvø", "Aune", "Lien", "Sandvik", "Kårstad", "Bjørnå",
    ]
    static let months = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"]

    /// Values for the shared `{…}` slots of templates.
    static let slots: [String: [String]] = [
        "trinn": ["1.", "2.", "3.", "4.", "5.", "6.", "7.", "8.", "9.", "10."],
        "tema": ["vurdering for læring", "tidlig innsats", "psykisk helse", "inkludering", "digital dømmekraft", "ernæring",
                 "velferdsteknologi", "heltidskultur", "arbeidsmiljø", "brukermedvirkning", "kildesortering og ombruk",
                 "språkutvikling", "mobbing og krenkelser", "pasientsikkerhet", "lindrende behandling", "nærvær og trivsel"],
        "aktivitet": ["fagdag om {tema}", "kurs i {verktøy}", "vernerunde", "informasjonsmøte", "møte i brukerrådet", "allmøte",
                      "arbeidsverksted om {tema}", "temakveld for pårørende", "miljøuke", "ryddeaksjon i nærmiljøet",
                      "aktivitetsdag", "trivselsundersøkelse", "medarbeidersamtaler", "samling for tillitsvalgte"],
        "partner": ["NAV Arbeidslivssenter", "bedriftshelsetjenesten", "PPT", "barnevernet", "helsestasjonen", "frivilligsentralen",
                    "Røde Kors", "idrettslaget", "biblioteket", "kulturskolen", "NTNU", "Sanitetsforeningen", "menigheten",
                    "Nasjonalforeningen for folkehelsen", "Fagforbundet", "Utdanningsforbundet", "historielaget"],
        "verktøy": ["Visma Flyt", "iPad", "digitale tavler", "elektronisk medisinkurve", "Gerica", "Teams", "Kvalitetslosen",
                    "sensorteknologi", "digitalt tilsyn", "lesebrett", "Showbie", "medisindispensere"],
        "resultat": ["god oppslutning og positive tilbakemeldinger", "målet er nådd for første halvår",
                     "noe forsinket på grunn av høyt sykefravær i avdelingen", "tiltaket videreføres neste år",
                     "tilbakemeldingene fra brukerne er gode", "resultatet er bedre enn i fjor",
                     "det gjenstår arbeid i to av avdelingene", "tiltaket er evaluert og justert",
                     "få deltakere, nytt forsøk til våren", "rutinen er innarbeidet i alle team"],
        "antall": ["6", "8", "12", "15", "18", "23", "27", "34", "41", "56", "72"],
        "prosent": ["5", "10", "15", "20", "25", "30"],
        "fravær": ["5,5", "6,0", "6,5", "7,0", "7,5", "8,0", "8,5"],
        "måned": months,
        "gruppe": ["ansatte", "fast ansatte", "nyansatte", "avdelingsledere", "assistenter", "sykepleiere", "lærere", "fagarbeidere"],
    ]

    static let resultGoals = [
        "Sykefraværet skal ikke overstige {fravær} %.",
        "Alle enheter skal gjennomføre minst ett nytt tiltak som styrker samhandlingen med frivillige organisasjoner.",
        "Andelen {folk} som oppgir at de trives, skal øke med {prosent} prosentpoeng.",
        "Brukertilfredsheten skal være minst 5 på en skala fra 1 til 6.",
        "Energiforbruket skal reduseres med {prosent} % sammenlignet med fjoråret.",
        "Alle ansatte skal ha medarbeidersamtale innen utgangen av {måned}.",
        "Minst {prosent} % flere ansatte skal ha heltidsstilling ved årets slutt.",
        "Avvik skal meldes i Kvalitetslosen og lukkes innen 30 dager.",
        "{Folk} skal oppleve at de blir hørt i saker som gjelder dem.",
        "Tjenestene skal ha god kvalitet og være i tråd med lov og forskrift.",
    ]
    static let targets = [
        "Ved utgangen av {år} skal {enhet} ha nådd målet om {tema}.",
        "{Enhet} skal redusere sykefraværet til {fravær} % innen {måned} {år}.",
        "Alle {gruppe} ved {enhet} skal ha gjennomført opplæring i {verktøy}.",
        "{Folk} ved {enhet} skal oppleve et trygt og inkluderende miljø.",
        "{Enhet} skal ha et godt samarbeid med {partner} om {tema}.",
        "Minst {prosent} % av {folk} skal delta i tilbudet i løpet av året.",
        "Rutinene for {tema} er kjent og brukt i alle avdelinger.",
    ]
    static let indicators = [
        "Sykefravær i prosent", "Resultat på brukerundersøkelsen", "Energiforbruk i kWh per m²", "Antall avvik i Kvalitetslosen",
        "Andel heltidsstillinger", "Antall frivillige timer", "Andel på mestringsnivå 3", "Resultat på medarbeiderundersøkelsen",
    ]
    static let commonMeasures = [
        "Oppfølgingssamtale med sykmeldte medarbeidere innen fire uker",
        "Vernerunde med verneombud og tillitsvalgte",
        "Månedlig gjennomgang av økonomirapporten i ledergruppa",
        "Redusere papirforbruket med {prosent} %",
        "Kildesortering i alle avdelinger og på personalrommet",
        "Medarbeidersamtaler med alle ansatte innen {måned}",
        "Tiltak fra medarbeiderundersøkelsen følges opp i personalmøter",
        "Nærværsprosjekt i samarbeid med {partner}",
        "Samarbeid med {partner} om {tema}",
    ]
    static let support = [
        "Lederportalen: Verktøykasse", "Lederportalen: Kurs", "HR-rådgiver i fagstaben", "Bedriftshelsetjenesten",
        "Kommunens miljøkoordinator", "Fagrådgiver i tjenesteområdet", "Økonomirådgiver", "Kompetansemidler fra fagstaben",
        "Opplæring i Kvalitetslosen", "Nettverk for enhetsledere", "Hjemmeside for frivillighet: Tilskuddsordninger",
    ]
    static let logEntries = [
        "Gjennomført {aktivitet} med {antall} deltakere.",
        "{Aktivitet} gjennomført som planlagt; {resultat}.",
        "Drøftet {tema} i personalmøtet. Enighet om videre oppfølging i {måned}.",
        "Møte med {partner} om {tema}. Nytt møte avtalt i {måned}.",
        "Status per {måned}: {resultat}.",
        "Sykefraværet i perioden var {fravær} %.",
        "Evaluert i ledergruppa: {resultat}.",
        "{Antall} {folk} har deltatt så langt i år; {resultat}.",
        "Tatt opp i arbeidsmiljøgruppa (AMG). {Resultat}.",
    ]
    static let leaderComments = [
        "Tiltakene er gjennomført som planlagt, og {resultat}.",
        "Vi har kommet godt i gang, men {resultat}.",
        "Arbeidet med {tema} har gitt gode resultater. Vi viderefører det neste år.",
        "Høyt sykefravær i høst gjorde at ikke alt ble gjennomført. {Resultat}.",
    ]
    static let contactComments = [
        "Enig i vurderingen. Tiltakene bør videreføres.",
        "God innsats. Resultatene bør deles med andre enheter i nettverket.",
        "Enheten bør se på hvordan {tema} kan følges tettere opp neste år.",
        "Vurderingen er i tråd med det som kom fram i midtveissamtalen.",
    ]
    static let conditions = [
        "{Enhet} har {antall} årsverk fordelt på fire avdelinger. Bygget er fra 1970-tallet og trenger vedlikehold.",
        "Enheten flyttet inn i nye lokaler i {år}. Det har vært utskifting i ledergruppa.",
        "Høy andel vikarer i perioden og to lange sykefravær i ledergruppa.",
        "Ombygging av kjøkken og fellesareal pågår fram til {måned}.",
    ]
    static let personalGoals = [
        "Styrke egen kompetanse i endringsledelse.", "Gjennomføre kommunens lederutviklingsprogram.",
        "Delegere mer til avdelingslederne og bruke mer tid på strategisk arbeid.", "Være mer til stede ute i avdelingene.",
        "Bli tryggere i vanskelige personalsamtaler.", "Fullføre videreutdanning i ledelse (30 studiepoeng).",
        "Få bedre balanse mellom arbeid og fritid.",
    ]
    static let checklist = [
        "Månedlig økonomirapportering", "Sjekkliste internkontroll – generell del", "Sjekkliste internkontroll – faglig virksomhet",
        "HMS handlingsplan", "Vernerunden", "AMG melding", "Miljørunde", "Medarbeiderundersøkelse", "Brukerundersøkelse",
        "Deltakelse på samlinger initiert av rådmannen (dialogmøter, strategisamling, lederopplæring)",
    ]
    static let assessmentBasis = [
        "Budsjett/regnskap", "Resultater på virksomhetsstyring og internkontroll", "Brukertilfredshet og oppfølging av brukerundersøkelsen",
        "Medarbeidertilfredshet og oppfølging av medarbeiderundersøkelsen", "AMG-rapport og referat fra medbestemmelsesmøter",
        "Årlige resultatmål, egenvurdering og kontaktpersonens vurdering",
    ]

    /// A person's name: first name, sometimes two last names.
    static func person(using rng: inout SplitMix64) -> String {
        let first = rng.pick(firstNames)
        return rng.chance(0.25) ? "\(first) \(rng.pick(lastNames)) \(rng.pick(lastNames))" : "\(first) \(rng.pick(lastNames))"
    }

    /// Fills every `{slot}` of `template`; a slot written with a capital (`{Tema}`) starts with one.
    /// `context` supplies agreement-specific slots such as `år`, `enhet` and `folk`.
    static func fill(_ template: String, context: [String: [String]], using rng: inout SplitMix64) -> String {
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            out += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            let key = name.lowercased()
            let choices = context[key] ?? slots[key] ?? ["{\(name)}"]
            var value = fill(rng.pick(choices), context: context, using: &rng)
            if name.first?.isUppercase == true, let first = value.first {
                value = first.uppercased() + value.dropFirst()
            }
            out += value
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }
}
