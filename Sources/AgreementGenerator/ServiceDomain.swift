/// The service areas of the generated municipality, each with its own goal areas and wording.
public enum ServiceDomain: CaseIterable, Sendable {
    case education
    case health
    case culture

    /// The service area as the form names it.
    var serviceArea: String {
        switch self {
        case .education: "Oppvekst og utdanning"
        case .health: "Helse og velferd"
        case .culture: "Kultur og næring"
        }
    }

    /// The director who signs for the service area.
    var director: String {
        switch self {
        case .education: "Randi Søreng Aune"
        case .health: "Håvard Østby Lien"
        case .culture: "Gunnhild Bråten Moe"
        }
    }

    /// Goal areas of section 2.2 for units of this service area.
    var goalAreas: [String] {
        switch self {
        case .education:
            ["Økt læringsutbytte i grunnleggende ferdigheter", "Trygt og godt læringsmiljø", "Tidlig innsats",
             "Flerspråklige barn og unge har god kompetanse i norsk", "Vurdering for læring, god vurderingspraksis",
             "Samarbeid mellom hjem og skole", "Digital kompetanse og dømmekraft", "God overgang mellom barnehage og skole",
             "Barn og unge medvirker i eget læringsmiljø", "Elevene møter ulike kulturuttrykk", "Praksisarena for høgskole og universitet"]
        case .health:
            ["Brukermedvirkning og verdighet", "Ernæring og måltidsglede", "Trygg legemiddelhåndtering", "Fallforebygging",
             "Hverdagsrehabilitering", "Lindrende behandling ved livets slutt", "Velferdsteknologi i tjenestene",
             "Godt samarbeid med pårørende", "Kompetanse i demensomsorg", "Aktivitet og meningsfulle dager", "Pasientsikkerhet"]
        case .culture:
            ["Flere besøkende og brukere", "Lesestimulering for barn og unge", "Ungdom medvirker i tilbudet", "Inkludering og mangfold",
             "Et variert arrangementstilbud", "Digital formidling", "Samarbeid med frivillige", "Lavterskeltilbud i nærmiljøet",
             "Kulturarv og lokalhistorie", "Trygge møteplasser for alle aldre"]
        }
    }

    /// Who the unit serves, for templates: "elever", "beboere".
    var people: [String] {
        switch self {
        case .education: ["elever", "barn", "elever på mellomtrinnet", "elever på 1.–4. trinn", "minoritetsspråklige elever", "foresatte"]
        case .health: ["beboere", "brukere", "pasienter", "brukere av hjemmetjenesten", "pårørende", "beboere med demens"]
        case .culture: ["besøkende", "ungdommer", "lånere", "seniorer", "barnefamilier", "nyankomne innbyggere"]
        }
    }

    /// Measures (tiltak) typical of the service area; `{…}` slots are filled by `NorwegianText`.
    var measures: [String] {
        switch self {
        case .education:
            ["Kartlegging av leseferdigheter på {trinn} trinn i september og mai",
             "Lesekurs i små grupper for elever på {trinn} trinn som trenger ekstra oppfølging",
             "Ukentlige møter i trinnteamene om {tema}",
             "Felles planleggingsdag om {tema} for hele personalet",
             "Foreldremøter med tolk for flerspråklige familier",
             "Elevrådet er med og planlegger {aktivitet}",
             "Innføring av {verktøy} i undervisningen på {trinn} trinn",
             "Gratis leksehjelp to ettermiddager i uka",
             "Uteskole i nærmiljøet hver fredag for småtrinnet",
             "Trivselsledere i alle friminutt",
             "Observasjon og veiledning mellom lærere (kollegaveiledning)",
             "Språkgrupper i barnehagen med vekt på begrepsforståelse"]
        case .health:
            ["Kartlegging av ernæringsstatus for alle beboere ved innkomst og hver tredje måned",
             "Fallrisikovurdering og individuell tiltaksplan for hver bruker",
             "Faste pårørendemøter to ganger i året",
             "Legemiddelgjennomgang for alle langtidsbeboere sammen med tilsynslegen",
             "Måltidsvert på hver avdeling ved middag",
             "Demensomsorgens ABC for alle fast ansatte",
             "Hverdagsrehabilitering for nye brukere av hjemmetjenesten",
             "Innføring av {verktøy} på alle avdelinger",
             "Aktivitetstilbud hver ettermiddag med hjelp fra frivillige",
             "Samtaler om livets sluttfase med beboere og pårørende",
             "Tavlemøter om pasientsikkerhet hver morgen",
             "Sansehage tas i bruk fra mai til september"]
        case .culture:
            ["Lesesirkler for ungdom i samarbeid med {partner}",
             "Åpen møteplass for seniorer hver onsdag",
             "Arrangementsserie om {tema} gjennom høsten",
             "Språkkafé for nyankomne to kvelder i uka",
             "Digitale lånekort og veiledning i e-bøker",
             "Ungdomsrådet planlegger egne arrangementer",
             "Sommerles for alle barneskoleelever",
             "Formidling av lokalhistorie i samarbeid med historielaget",
             "Meråpent bibliotek med utvidet åpningstid",
             "Turnering og aktivitetskveld hver fredag"]
        }
    }
}
