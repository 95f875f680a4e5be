import AgreementKit

/// The action plan of `data/plans/kuo-2018-2021.json`, transcribed from the KUO action plan 2018–2021:
/// every main goal, every initiative's full text, every period-goal code (the document gives no period-goal texts).
enum KUOPlan {
    static let plan = ActionPlan(
        id: "kuo-2018-2021",
        title: "Handlingsplan 2018 – 2021",
        subtitle: "for oppfølging av hovedmål og satsinger i KUO-planen 2018 – 2025",
        firstYear: 2018,
        lastYear: 2021,
        mainGoals: [
            MainGoal(id: "b4wsd9fu", number: 1, title: "GODT OPPVEKST- OG LÆRINGSMILJØ", initiatives: [
                Initiative(
                    id: "tbftcnzg", code: "1.a",
                    text: "Trygg hver dag. Barna har rett til å ha det bra den tiden de oppholder seg i, eller er på vei til og fra, skolen og barnehagen. Sektoren skal jobbe kontinuerlig for at alle får, og opprettholder, oppmerksomhet og forståelse om dette, og at det blir et innarbeidet og helt naturlig sjekkpunkt nummer én hver eneste dag.",
                    periodGoals: [
                        PeriodGoal(id: "k757e4au", code: "S.1", sector: .schools),
                        PeriodGoal(id: "r3mhjsm3", code: "S.2", sector: .schools),
                        PeriodGoal(id: "tbthdtng", code: "B.1", sector: .kindergartens),
                        PeriodGoal(id: "8fxjv3sw", code: "K.1", sector: .cultureSchool),
                        PeriodGoal(id: "34mnzfy7", code: "P.1", sector: .educationalPsychologicalService),
                    ]
                ),
                Initiative(
                    id: "cqvmptkq", code: "1.b",
                    text: "Flere veier til læring. Sektoren må stimulere de ansatte til å være nysgjerrige, utforskende og søkende etter nye idéer som kan bidra til bedre læringsmiljø, bredere tilbud og større læringsutbytte for barna. Sektoren må etablere en praksis for å vurdere og prøve ut idéer – for å opprettholde motivasjonen for å tenke nytt og for å unngå tap av muligheter.",
                    periodGoals: [
                        PeriodGoal(id: "te9kcnhc", code: "S.3", sector: .schools),
                        PeriodGoal(id: "9qyw4tdb", code: "S.4", sector: .schools),
                        PeriodGoal(id: "2ybrx6vy", code: "B.2", sector: .kindergartens),
                        PeriodGoal(id: "tk4k3xmd", code: "K.2", sector: .cultureSchool),
                        PeriodGoal(id: "86a554qj", code: "P.2", sector: .educationalPsychologicalService),
                    ]
                ),
            ]),
            MainGoal(id: "tmyz83px", number: 2, title: "STYRKET KOMPETANSE", initiatives: [
                Initiative(
                    id: "se2uhctn", code: "2.a",
                    text: "Kunnskapsløft for de ansatte. Sektoren må utvikle seg videre som en lærende organisasjon. Underveis må sektoren sørge for å etablere kunnskapsbasert styring og praksis som kjerneelementer både i det administrative, faglige og pedagogiske arbeidet.",
                    periodGoals: [
                        PeriodGoal(id: "svxb4yu8", code: "S.5", sector: .schools),
                        PeriodGoal(id: "42ypudtz", code: "S.6", sector: .schools),
                        PeriodGoal(id: "cpvtqyhs", code: "B.3", sector: .kindergartens),
                        PeriodGoal(id: "rrqnru2p", code: "K.3", sector: .cultureSchool),
                        PeriodGoal(id: "d6dema7g", code: "P.3", sector: .educationalPsychologicalService),
                    ]
                ),
                Initiative(
                    id: "zsb94ag3", code: "2.b",
                    text: "Mer praksisnær ledelse. Sektorens lederutvikling må balanseres mellom formell lederutdanning og praksisnær lederutdanning, der sistnevnte fokuserer på en operativ og handlingsrettet utøvelse av lederskapet. Satsingen gjelder alle ledernivåer: kommunalsjef, rektorer, fagledere og kontaktlærere.",
                    periodGoals: [
                        PeriodGoal(id: "76kzye8q", code: "S.7", sector: .schools),
                        PeriodGoal(id: "qjf55r83", code: "S.8", sector: .schools),
                        PeriodGoal(id: "74q4xenh", code: "B.4", sector: .kindergartens),
                        PeriodGoal(id: "rnwceksu", code: "K.4", sector: .cultureSchool),
                        PeriodGoal(id: "k3js37j6", code: "P.4", sector: .educationalPsychologicalService),
                    ]
                ),
            ]),
            MainGoal(id: "ax5hybhf", number: 3, title: "STØRRE OG BEDRE SAMHANDLING", initiatives: [
                Initiative(
                    id: "p5w7u8yd", code: "3.a",
                    text: "Fra møterom til handlingsrom. Sektoren må etablere effektive arenaer for samhandling mellom enhetene i sektoren, der møter har et tydelig formål, tiltak fører til målbare resultater og bedre ressursutnyttelse skaper større handlingsrom. Sektoren skal også ta initiativ til samhandling med andre deler av kommunen, når det kan gi mulighet for bedre kommunale tjenester.",
                    periodGoals: [
                        PeriodGoal(id: "2sq5xrcr", code: "S.9", sector: .schools),
                        PeriodGoal(id: "44yuv2hz", code: "S.10", sector: .schools),
                        PeriodGoal(id: "tu7ws7mp", code: "B.5", sector: .kindergartens),
                        PeriodGoal(id: "emc95byf", code: "K.5", sector: .cultureSchool),
                        PeriodGoal(id: "mhrs5cfb", code: "P.5", sector: .educationalPsychologicalService),
                    ]
                ),
                Initiative(
                    id: "jxjcexgb", code: "3.b",
                    text: "En åpen og inviterende sektor. Sektoren skal være aktiv i å utvikle et større samspill med barnas hjem og relevante, frivillige organisasjoner for barn. Sektoren må være bevisst på at den er den profesjonelle parten i samarbeidet og må ta rollen som initiativtaker, tilrettelegger, pådriver og koordinator.",
                    periodGoals: [
                        PeriodGoal(id: "ngkc84kj", code: "S.11", sector: .schools),
                        PeriodGoal(id: "546343f9", code: "S.12", sector: .schools),
                        PeriodGoal(id: "eaj4jwa5", code: "B.6", sector: .kindergartens),
                        PeriodGoal(id: "rkrywbs5", code: "K.6", sector: .cultureSchool),
                        PeriodGoal(id: "cct28z48", code: "P.6", sector: .educationalPsychologicalService),
                    ]
                ),
            ]),
        ]
    )
}
