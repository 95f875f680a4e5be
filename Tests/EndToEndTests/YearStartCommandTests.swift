import Foundation
import Testing

@Suite("The command line: new, next, templates, rename, archive and delete")
struct YearStartCommandTests {
    /// A store with the samples and the trondheim-2011 template, removed afterwards.
    final class Store {
        let path = NSTemporaryDirectory() + "lederavtale-start-" + UUID().uuidString
        init() throws {
            let result = try CommandRunner.run(["init", "--sample", "--store", path])
            guard result.status == 0 else { throw TmuxSession.Failure(description: "init failed: \(result.stderr)") }
            try SampleOnlyStore.removeDemoAgreements(in: path)
        }
        deinit { try? FileManager.default.removeItem(atPath: path) }

        func run(_ arguments: String...) throws -> CommandRunner.Result {
            try CommandRunner.run(arguments + ["--store", path])
        }

        func json(_ id: String) throws -> [String: Any] {
            let data = try Data(contentsOf: URL(fileURLWithPath: "\(path)/\(id).json"))
            let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
            return object?["agreement"] as? [String: Any] ?? [:]
        }
    }

    @Test func newMakesAnAgreementFromTheTemplateAndRefusesBadInput() throws {
        let store = try Store()
        let made = try store.run("new", "--unit", "Åsveien skole", "--year", "2011", "--municipality", "Trondheim kommune", "--leader", "Kari Nordmann")
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.contains("lagde asveien-skole-2011: \(store.path)/asveien-skole-2011.json"))
        #expect(made.stdout.contains("med malen trondheim-2011"))
        let agreement = try store.json("asveien-skole-2011")
        #expect(agreement["phase"] as? String == "agreement")
        #expect((agreement["goalAreas"] as? [Any])?.count == 3)
        #expect((agreement["header"] as? [String: Any])?["leader"] as? String == "Kari Nordmann")
        let list = try store.run("list")
        #expect(list.stdout.contains("asveien-skole-2011    Åsveien skole    2011  Inngåelse"))

        let clash = try store.run("new", "--unit", "Åsveien skole", "--year", "2011", "--municipality", "Trondheim kommune")
        #expect(clash.status == 1)
        #expect(clash.stderr == "lederavtale: avtalen «asveien-skole-2011» finnes fra før\n")
        let unknown = try store.run("new", "--unit", "Lade skole", "--year", "2011", "--municipality", "Trondheim kommune", "--template", "oslo-2011")
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "lederavtale: fant ingen mal «oslo-2011»; malene i lageret er: trondheim-2011\n")
        let mismatch = try store.run("new", "--unit", "Lade skole", "--year", "2012", "--municipality", "Trondheim kommune", "--template", "trondheim-2011")
        #expect(mismatch.status == 1)
        #expect(mismatch.stderr.contains("malen «trondheim-2011» er for Trondheim kommune 2011, avtalen for Trondheim kommune 2012"))
        // Without --municipality: the year's only template settles it; with none for the year and
        // two municipalities in the store, the command asks.
        let fromTemplate = try store.run("new", "--unit", "Tiller skole", "--year", "2011")
        #expect(fromTemplate.status == 0, "\(fromTemplate.stderr)")
        #expect(fromTemplate.stdout.contains("med malen trondheim-2011"))
        #expect((try store.json("tiller-skole-2011")["header"] as? [String: Any])?["municipality"] as? String == "Trondheim kommune")
        let noMunicipality = try store.run("new", "--unit", "Lade skole", "--year", "2013")
        #expect(noMunicipality.status == 2)
        #expect(noMunicipality.stderr.contains("oppgi kommunen med --municipality (lageret har: Eide kommune, Trondheim kommune)"))
        let bare = try store.run("new", "--unit", "Lade skole", "--year", "2012", "--municipality", "Trondheim kommune")
        #expect(bare.status == 0)
        #expect(bare.stdout.contains("merk: ingen mal for Trondheim kommune 2012"))
        #expect(try store.run("check").status == 0)
    }

    @Test func templatesAreListedShownMadeAndApplied() throws {
        let store = try Store()
        let list = try store.run("template", "list")
        #expect(list.stdout == "trondheim-2011  Trondheim kommune  2011  3 felles målområder, 0 tjenesteområder, 10 oppgaver\n")
        let csv = try store.run("template", "list", "--format", "csv")
        #expect(csv.stdout == "name,municipality,year,commonGoalAreas,serviceAreas,tasks\ntrondheim-2011,Trondheim kommune,2011,3,0,10\n")
        let json = try store.run("template", "list", "--format", "json")
        let rows = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(rows?.first?["name"] as? String == "trondheim-2011" && rows?.first?["tasks"] as? Int == 10)
        let show = try store.run("template", "show", "trondheim-2011")
        #expect(show.status == 0)
        #expect(show.stdout.hasPrefix("Mal trondheim-2011: Trondheim kommune 2011\n"))
        #expect(show.stdout.contains("3. Miljø\n") && show.stdout.contains("Beskriv minst ett mål med tiltak"))
        #expect(try store.run("template", "show", "oslo").stderr == "lederavtale: fant ingen mal «oslo»; malene i lageret er: trondheim-2011\n")

        // Two more agreements of the year: one new (Inngåelse), one the unit signed.
        _ = try store.run("new", "--unit", "Lade skole", "--year", "2011", "--municipality", "Trondheim kommune")
        _ = try store.run("new", "--unit", "Ila skole", "--year", "2011", "--municipality", "Trondheim kommune")
        // The municipality revises its template: a new checklist task, a reworded result goal.
        let file = "\(store.path)/templates/trondheim-2011.json"
        var text = try String(contentsOfFile: file, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"task\" : \"Miljørunde\"", with: "\"task\" : \"Miljørunde\"\n      },\n      {\n        \"id\" : \"nyoppg01\",\n        \"task\" : \"Beredskapsplan\"")
        text = text.replacingOccurrences(of: "være under 9 %.", with: "være under 8,5 %.")
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try store.run("check").status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: "\(store.path)/lade-skole-2011.json"))

        let dry = try store.run("template", "apply", "trondheim-2011", "--all", "--dry-run")
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("malen trondheim-2011 (prøvekjøring, ingenting endres):"))
        #expect(dry.stdout.contains("lade-skole-2011: ville fått 2 endringer\n"))
        #expect(dry.stdout.contains("hoeggen-skole-2011: ville fått 1 endring (som endringer i avtalen, begrunnet med malens navn)\n  Lagt til fra malen: oppgaven: Beredskapsplan\n"))
        // The sample was typed in before templates: whether its result goal is the unit's own
        // wording cannot be told, so it is kept (and said so).
        #expect(dry.stdout.contains("  beholdt enhetens egen tekst: 2.1 2. Redusert sykefravær – Resultatmål\n"))
        #expect(!dry.stdout.contains("– Om avtalen\n"), "a section 1 text kept is named by its number")
        #expect(dry.stdout.contains("  2.1 2. Redusert sykefravær – Resultatmål: Ved utgangen av 2011 skal sykefraværet i Trondheim kommune være under 8,5 %.\n"))
        #expect(!dry.stdout.contains("eide-barneskole-2013"), "another municipality is skipped without a word")
        #expect(dry.stdout.hasSuffix("ville endret 3, uendret 0, hoppet over 0, feilet 0\n"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: "\(store.path)/lade-skole-2011.json")) == before)

        let real = try store.run("template", "apply", "trondheim-2011", "--all")
        #expect(real.status == 0)
        #expect(real.stdout.contains("lade-skole-2011: fikk 2 endringer\n  Lagt til fra malen: oppgaven: Beredskapsplan\n"))
        let lade = try store.json("lade-skole-2011")
        let tasks = (lade["checklist"] as? [[String: Any]])?.compactMap { $0["task"] as? String } ?? []
        #expect(tasks.firstIndex(of: "Beredskapsplan") == (tasks.firstIndex(of: "Miljørunde") ?? -1) + 1, "after the template's task before it")
        let hoeggen = try store.json("hoeggen-skole-2011")
        #expect((hoeggen["amendments"] as? [[String: Any]])?.map { $0["reason"] as? String } == ["trondheim-2011"])
        let again = try store.run("template", "apply", "trondheim-2011", "--to", "lade")
        #expect(again.stdout.contains("lade-skole-2011: ingen endringer"))
        let other = try store.run("template", "apply", "trondheim-2011", "--to", "eide")
        #expect(other.status == 1)
        #expect(other.stdout.contains("eide-barneskole-2013: feilet – malen «trondheim-2011» er for Trondheim kommune 2011, avtalen for Eide kommune 2013"))
        #expect(try store.run("template", "apply", "trondheim-2011").status == 2, "--to or --all")

        let made = try store.run("template", "new", "trondheim-2011-b", "--from", "lade")
        #expect(made.stdout == "lagde malen trondheim-2011-b: \(store.path)/templates/trondheim-2011-b.json\n")
        #expect(try store.run("template", "new", "trondheim-2011-b", "--from", "lade").stderr == "lederavtale: malen «trondheim-2011-b» finnes fra før\n")
        #expect(try store.run("template", "new", "Trondheim 2011", "--from", "lade").status == 2)
        // A broken template is named with line and column by check.
        try "{\n  \"template\" : {},\n  \"version\" : 1\n}\n".write(toFile: "\(store.path)/templates/x-2011.json", atomically: true, encoding: .utf8)
        let check = try store.run("check")
        #expect(check.status == 1)
        #expect(check.stdout.contains("\(store.path)/templates/x-2011.json:2:"))
    }

    @Test func nextMakesNextYearsAgreementAndNeverTouchesThisYears() throws {
        let store = try Store()
        let before = try Data(contentsOf: URL(fileURLWithPath: "\(store.path)/hoeggen-skole-2011.json"))
        let dry = try store.run("next", "hoeggen", "--dry-run", "--drop", "3.2 3")
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("neste års avtale (2012) fra hoeggen-skole-2011: hoeggen-skole-2012"))
        #expect(dry.stdout.contains("merk: året 2011 er ikke avsluttet (Oppfølging)"))
        #expect(dry.stdout.contains("merk: ingen mal for Trondheim kommune 2012; årets felles resultatmål kopieres"))
        #expect(dry.stdout.contains("  3.2 3. Bruk av alternative læringsarenaer: legges igjen"))
        #expect(dry.stdout.contains("  2.2 2. Skolene har økt samarbeid med kultur, nærings- og arbeidsliv: føres videre – 6 tiltak"))
        #expect(!FileManager.default.fileExists(atPath: "\(store.path)/hoeggen-skole-2012.json"))
        #expect(try store.run("next", "hoeggen", "--drop", "9.9").status == 2)

        let made = try store.run("next", "hoeggen", "--drop", "3.2 3")
        #expect(made.status == 0)
        #expect(made.stdout.hasSuffix("lagde hoeggen-skole-2012: \(store.path)/hoeggen-skole-2012.json\n"))
        let next = try store.json("hoeggen-skole-2012")
        #expect(next["phase"] as? String == "agreement")
        #expect(next["carriedFrom"] as? String == "hoeggen-skole-2011")
        #expect((next["goalAreas"] as? [Any])?.count == 13)
        #expect((next["header"] as? [String: Any])?["year"] as? Int == 2012)
        #expect(try Data(contentsOf: URL(fileURLWithPath: "\(store.path)/hoeggen-skole-2011.json")) == before, "last year's agreement is never modified")
        let again = try store.run("next", "hoeggen-skole-2011")
        #expect(again.status == 1)
        #expect(again.stderr == "lederavtale: neste års avtale finnes fra før: «hoeggen-skole-2012»\n")
        let list = try store.run("list")
        #expect(list.stdout.contains("hoeggen-skole-2012") && list.stdout.contains("hoeggen-skole-2011"), "both years are listed")
        #expect(try store.run("check").status == 0)
    }

    @Test func handoverRecordsTheNewLeaderFromADateAndKeepsTheEarlierOne() throws {
        let store = try Store()
        _ = try store.run("new", "--unit", "Lade skole", "--year", "2011", "--leader", "Kari Hansen", "--contact", "Per Berg")
        let made = try store.run("handover", "lade", "--leader", "Ola Nordmann", "--from", "15.8")
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout == "lade-skole-2011: Enhetsleder fra 15.08.2011: Ola Nordmann (før: Kari Hansen)\n")
        let agreement = try store.json("lade-skole-2011")
        #expect((agreement["header"] as? [String: Any])?["leader"] as? String == "Ola Nordmann")
        let change = (agreement["roleChanges"] as? [[String: Any]])?.first
        #expect(change?["previous"] as? String == "Kari Hansen" && change?["from"] as? String == "2011-08-15" && change?["role"] as? String == "leader")
        #expect((agreement["amendments"] as? [Any])?.isEmpty == true, "in Inngåelse, unsigned: no amendment")
        let markdown = try store.run("export", "lade", "--format", "markdown")
        #expect(markdown.stdout.contains("| 15.08.2011 | Enhetsleder | Kari Hansen | Ola Nordmann |"))

        // The sample is past Inngåelse: the change is an amendment and needs a reason.
        let refused = try store.run("handover", "hoeggen", "--contact", "Lise Dahl")
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("trenger en begrunnelse"))
        let amended = try store.run("handover", "hoeggen", "--contact", "Lise Dahl", "--from", "01.09.2011", "--reason", "Ny kontaktperson")
        #expect(amended.status == 0, "\(amended.stderr)")
        #expect(amended.stdout.hasSuffix("– ført som endring i avtalen\n"))
        let hoeggen = try store.json("hoeggen-skole-2011")
        #expect((hoeggen["amendments"] as? [[String: Any]])?.last?["newValue"] as? String == "Lise Dahl")
        #expect(try store.run("handover", "hoeggen").status == 2, "a new name is needed")
        #expect(try store.run("check").status == 0)
    }

    @Test func renameArchiveAndDeleteKeepTheListTidy() throws {
        let store = try Store()
        let renamed = try store.run("rename", "hoeggen", "--unit", "Hoeggen ungdomsskole")
        #expect(renamed.status == 0, "\(renamed.stderr)")
        #expect(renamed.stdout == "hoeggen-skole-2011 heter nå hoeggen-ungdomsskole-2011\n")
        let agreement = try store.json("hoeggen-ungdomsskole-2011")
        let amendment = (agreement["amendments"] as? [[String: Any]])?.last
        #expect(amendment?["oldValue"] as? String == "Hoeggen skole" && amendment?["reason"] as? String == "Enheten har fått nytt navn")

        let archived = try store.run("archive", "hoeggen-u")
        #expect(archived.stdout == "hoeggen-ungdomsskole-2011 er flyttet til arkivet (lederavtale list --archived)\n")
        #expect(!(try store.run("list").stdout.contains("hoeggen")))
        #expect(try store.run("list", "--archived").stdout.hasPrefix("hoeggen-ungdomsskole-2011  Hoeggen ungdomsskole  2011  Oppfølging"))
        let clash = try store.run("new", "--unit", "Hoeggen ungdomsskole", "--year", "2011", "--municipality", "Trondheim kommune")
        #expect(clash.stderr.contains("finnes fra før i arkivet"))
        #expect(try store.run("archive", "hoeggen", "--restore").stdout == "hoeggen-ungdomsskole-2011 er hentet tilbake fra arkivet\n")
        #expect(try store.run("list", "--archived").stdout == "ingen arkiverte avtaler\n")

        let refused = try store.run("delete", "eide")
        #expect(refused.status == 2, "no terminal to ask on, and no --yes")
        #expect(refused.stderr == "lederavtale: slett eide-barneskole-2013 fra en terminal, eller bekreft med --yes\n")
        let deleted = try store.run("delete", "eide", "--yes")
        #expect(deleted.status == 0)
        #expect(deleted.stdout.hasPrefix("eide-barneskole-2013 er flyttet til \(store.path)/trash/eide-barneskole-2013-"))
        #expect(try store.run("list").stdout.split(separator: "\n").count == 1)
        #expect(try store.run("check").status == 0)
    }
}
