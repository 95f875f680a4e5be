import AgreementKit
import AgreementStore
import Foundation

extension Bokmal {
    public func conflictKind(_ kind: FieldConflict.Kind) -> String {
        switch kind {
        case .bothChanged: "konflikt: endret ulikt på begge sider"
        case .changedAndRemoved: "konflikt: slettet på den ene siden og endret på den andre"
        case .amendmentCandidate: "endret etter signering: bekreft som endring i avtalen eller ta tilbake"
        }
    }

    public func changedBy(_ stamp: ChangeStamp) -> String {
        if let party = stamp.party { return person(stamp.person, as: party) }
        return stamp.person.isEmpty ? "ukjent" : stamp.person
    }

    public func changedAt(_ stamp: ChangeStamp) -> String {
        let time = stamp.time
        guard let date = stamp.date else { return time }
        let clock = time.count >= 16 ? String(time.dropFirst(11).prefix(5)) : ""
        return clock.isEmpty ? date.display : "\(date.display) \(clock)"
    }

    public func changeWhere(_ location: ChangeLocation) -> String {
        let place = location.place == .unknown ? "" : self.place(location.place)
        var what = ""
        if let field = location.field {
            what = fieldLabel(field.kind)
            if case .about(let f) = field { what = screen(.aboutField(f)) }
            if case .header(let f) = field { what = screen(.headerField(f)) }
            if case .logDate = field { what = "Logg – dato" }
        } else if let item = location.item {
            what = itemWord(item)
        } else if let record = recordList(location.key) {
            what = record
        } else if !location.key.isEmpty {
            what = location.key
        }
        return [place, what].filter { !$0.isEmpty }.joined(separator: " – ").ifEmpty("avtalen")
    }

    public func changeWhat(_ record: ChangeRecord, at location: ChangeLocation) -> String {
        var text: String
        switch record.kind {
        case .changed:
            text = "\(shown(record.old, location)) → \(shown(record.new, location))"
        case .added:
            if record.path.components.isEmpty {
                text = "avtalen ble laget"
            } else if let item = location.item, location.field == nil, record.path.last == itemID(item) {
                text = "\(newItem(item)): \(quoted(summaryValue(record.new), width: 60))"
            } else {
                text = "lagt til: \(recordText(record.new, key: location.key))"
            }
        case .removed:
            if record.path.components.isEmpty {
                text = "avtalen ble slettet"
            } else if let item = location.item, location.field == nil, record.path.last == itemID(item) {
                text = "slettet \(itemWord(item).lowercased()): \(quoted(summaryValue(record.old), width: 60))"
            } else if location.key == "conflicts" || record.path.components.first == "conflicts" {
                text = "konflikten er avgjort"
            } else {
                text = "fjernet: \(recordText(record.old, key: location.key))"
            }
        case .reordered:
            text = "ny rekkefølge"
        }
        if let reason = record.reason, !reason.isEmpty { text += " — endring i avtalen, begrunnelse: «\(reason)»" }
        return text
    }

    public func quoted(_ value: JSONValue?, width: Int) -> String {
        guard let value, value != .null else { return "(tomt)" }
        var text = value.displayText.replacingOccurrences(of: "\n", with: " ⏎ ")
        if text.isEmpty { return "(tomt)" }
        if text.count > width { text = String(text.prefix(max(1, width - 1))) + "…" }
        return "«\(text)»"
    }

    public func topic(_ topic: ChangeSummary.Topic, count: Int) -> String {
        switch topic {
        case .created: "ny avtale"
        case .deleted: "slettet"
        case .logEntriesAdded: self.count(count, "loggføring", "loggføringer")
        case .logEntriesEdited: "endret logg"
        case .measures: "tiltak"
        case .support: "støtte"
        case .targets: "mål"
        case .goalAreas: "målområder"
        case .assessment(let numbers): "vurdering av mål \(numbers.joined(separator: ", "))"
        case .midYearNotes: "notat fra midtveissamtalen"
        case .checklist: "sjekkliste"
        case .about: "om avtalen"
        case .phase: "ny fase"
        case .signOffs: "signering"
        case .amendments: "endring i avtalen"
        case .reviews: "møte"
        case .improvementPlans: "forbedringsplan"
        case .personalGoals: "punkt 4"
        case .conflicts: "konflikter"
        case .other: "andre endringer"
        }
    }

    public func commitMessage(unit: String, year: Int, summary: ChangeSummary) -> String {
        let topics = summary.topics.map { topic($0.topic, count: $0.count) }
        let name = unit.isEmpty ? "Avtale" : unit
        return "\(name) \(year): \(topics.isEmpty ? "endringer" : topics.joined(separator: ", "))"
    }

    public func commitDeleted(_ id: String) -> String { "\(id): avtalen er slettet" }
    public func commitOtherFiles(_ paths: [String]) -> String { "Andre filer i lageret: \(paths.prefix(5).joined(separator: ", "))\(paths.count > 5 ? " …" : "")" }
    public func commitPrivateFiles(_ ids: [String]) -> String { "Punkt 4: \(ids.joined(separator: ", "))" }
    public func commitMerge(_ branch: String?) -> String { branch.map { "Flettet med \($0)" } ?? "Flettet punkt 4" }
    public var commitFirst: String { "Lageret for lederavtaler" }

    public var syncAbstract: String { "Synkroniserer lageret med de andre maskinene gjennom git." }
    public var syncDiscussion: String {
        """
        Lagrer endringene i git (én commit per avtale, med enhet, år og hva som er endret), \
        henter fra fjernlageret, fletter avtalene felt for felt med lederavtales egen fletting, og \
        sender resultatet. Et felt som er endret ulikt på to maskiner, beholder begge verdiene som \
        en konflikt som en person avgjør ved å endre feltet. Punkt 4 (private filer) sendes aldri, bare til et eget \
        fjernlager med --private-remote.
        Navnet fra «lederavtale config set name» står på endringene, ellers gits eget (user.name).
        Avslutningskoder: 0 i takt, 1 noe må ses på av en person (listet), 2 feil bruk.
        """
    }
    public var remoteOptionHelp: String { "Fjernlageret (git remote) å synkronisere med; standard er grenens, ellers origin." }
    public var privateRemoteOptionHelp: String { "Synkroniser også punkt 4 (private filer) – til dette egne fjernlageret (URL eller sti)." }
    public var gitFlagHelp: String { "Gjør lageret til et git-lager, klart for «lederavtale sync»." }
    public var initRemoteOptionHelp: String { "Legg til fjernlageret (URL eller sti) som origin (med --git)." }
    public var mergeDriverAbstract: String { "Fletter to versjoner av en fil i lageret (kalles av git)." }
    public var mergeDriverDiscussion: String {
        """
        git kaller denne når to maskiner har endret samme fil. Registreres av «init --git» og \
        «sync» i .gitattributes (*.json merge=lederavtale) og .git/config:
          git config merge.lederavtale.driver "lederavtale merge-driver %O %A %B %P"
        Avtaler flettes felt for felt etter id; en konflikt lagres i avtalen til en person avgjør den. \
        En fil som ikke kan leses, overlates til gits vanlige fletting med konfliktmarkører \
        (avslutningskode 1); «lederavtale check» viser hvor.
        """
    }
    public func mergeDriverArgumentHelp(_ argument: MergeDriverArgument) -> String {
        switch argument {
        case .base: "Felles utgangspunkt (%O)."
        case .ours: "Denne sidens versjon, som resultatet skrives til (%A)."
        case .theirs: "Den andre sidens versjon (%B)."
        case .path: "Filens sti i lageret (%P)."
        }
    }
    public var historyAbstract: String { "Viser endringsloggen for en avtale: hvem, når, hvor og hva." }
    public var historyDiscussion: String {
        """
        Hver endring fra appen og kommandolinjen skrives i <id>/history.json i lageret, med \
        navnet fra config og rollen. Nyeste først. Punkt 4 står i history.private.json og vises \
        bare med --private.
        --goal tar målområdets nummer (3), med del (2.2 3) eller id; --field et felt (target, \
        log, measuresRating …); --since en dato (14.3, 14.03.2011, 2011-03-14).
        Kolonnene i --format json: time, person, role, kind, path, where, field, old, new, reason.
        """
    }
    public var goalOptionHelp: String { "Bare endringer i dette målområdet (nummer, del og nummer, eller id)." }
    public var fieldOptionHelp: String { "Bare endringer i dette feltet (nøkkel i filen, f.eks. target eller log)." }
    public var sinceOptionHelp: String { "Bare endringer fra og med denne datoen." }
    public var historyFormatHelp: String { "table (standard) eller json." }
    public var historyPrivateFlagHelp: String { "Ta med punkt 4 (personlige utviklingsmål)." }
    public var historyColumns: (when: String, who: String, place: String, what: String) { ("Når", "Hvem", "Hvor", "Hva") }
    public func historyEmpty(_ id: String) -> String { "\(id): ingen endringer registrert" }
    public func goalUnknown(_ given: String, known: [String]) -> String {
        "fant ikke målområdet «\(given)»; målområdene er: \(known.joined(separator: ", "))"
    }

    public func gitRepositoryMade(_ root: String, created: Bool) -> String {
        created ? "git-lager opprettet i \(root), med første commit" : "\(root) er et git-lager; .gitignore, .gitattributes og flettingen er på plass"
    }
    public func remoteAdded(_ name: String, url: String) -> String { "fjernlager \(name): \(url)" }
    public func syncCommitted(_ message: String) -> String { "lagret: \(message)" }
    public func syncReceived(_ remote: String, files: Int) -> String {
        files == 0 ? "ingenting nytt fra \(remote)" : "hentet fra \(remote): \(count(files, "fil", "filer")) endret"
    }
    public func syncPushed(_ remote: String) -> String { "sendt til \(remote)" }
    public func syncInSync(_ remote: String) -> String { "i takt med \(remote)" }
    public func syncPrivateDone(_ remote: String) -> String { "punkt 4 synkronisert med \(remote)" }
    public func syncProblem(_ problem: SyncProblem) -> String {
        switch problem {
        case .notARepository: "lageret er ikke et git-lager: kjør «lederavtale init --git» først"
        case .gitMissing: gitNotFound
        case .noRemote: "ingen fjernlager å synkronisere med: legg til et med «git -C <lager> remote add origin URL» (eller «init --git --remote URL»); endringene er lagret lokalt"
        case .unknownRemote(let name): "fjernlageret «\(name)» finnes ikke i lageret"
        case .gitFailed(let step, let detail): "\(syncStep(step).lowercased()) feilet: \(detail)"
        case .privateFilesInCommits(let files):
            "ingenting er sendt: private filer (punkt 4) ligger i commits som skulle sendes: \(files.joined(separator: ", "))"
        case .pushRefused(let detail): "fjernlageret ble endret mens vi sendte, flere ganger på rad; prøv igjen: \(detail)"
        case .remoteHeadDangling(let remote, let branch):
            "\(remote) er i takt, men HEAD der peker på en gren uten commits, så «git clone» henter ingen filer: kjør «git symbolic-ref HEAD refs/heads/\(branch)» i fjernlageret (eller sett standardgrenen til \(branch) hos tjenesten)"
        case .timedOut(let step, let seconds):
            "\(syncStep(step).lowercased()) tok for lang tid: git ble stoppet etter \(seconds) sekunder (svarer fjernlageret? sjekk nettet og prøv igjen; LEDERAVTALE_SYNC_TIMEOUT gir mer tid)"
        case .identityUnknown: "git vet ikke hvem du er: sett navnet ditt med «lederavtale config set name \"Kari Nordmann\"» (eller git config user.name)"
        }
    }
    public func syncUnmerged(_ path: String) -> String {
        "må flettes for hånd: \(path) (konfliktmarkører fra git; se README, «Merging by hand», og kjør sync igjen)"
    }
    public func syncConflict(_ conflict: PendingConflict) -> String {
        let c = conflict.conflict
        let place = conflict.place == .unknown ? "" : self.place(conflict.place) + " – "
        let field = conflict.field.map { fieldLabel($0.kind) } ?? c.path.description
        return "\(conflict.agreementID): \(place)\(field): \(conflictKind(c.kind)) (a: \(conflictChoice(c, side: .a)); b: \(conflictChoice(c, side: .b)))"
    }
    public var syncNeedsPerson: String { "noe må ses på av en person (se over)" }
    public func syncStep(_ step: SyncStep) -> String {
        switch step {
        case .committing: "Lagrer endringene i git"
        case .fetching: "Henter"
        case .merging: "Fletter"
        case .pushing: "Sender"
        case .privateFiles: "Punkt 4"
        }
    }
    public func mergeRecorded(_ path: String, count: Int) -> String {
        "\(path): \(self.count(count, "konflikt", "konflikter")) lagret i avtalen – avgjør ved å endre feltet i appen"
    }
    public func mergeLeftToGit(_ path: String, reason: String) -> String {
        "\(path): kan ikke flettes felt for felt (\(reason)); overlatt til git med konfliktmarkører"
    }
    public var gitNotFound: String { "git er ikke installert (fant ikke git i PATH)" }

    public func unsynced(_ count: Int) -> String { "ikke synkronisert: \(self.count(count, "endring", "endringer"))" }
    public func syncResult(_ report: SyncReport) -> String {
        if let problem = report.problems.first { return "Synkronisering: \(syncProblem(problem))" }
        if !report.unmerged.isEmpty { return "Synkronisering: \(syncUnmerged(report.unmerged[0]))" }
        var parts: [String] = []
        if !report.commits.isEmpty { parts.append("\(count(report.commits.count, "endring", "endringer")) lagret") }
        if !report.received.isEmpty { parts.append("\(count(report.received.count, "fil", "filer")) hentet") }
        if report.pushed { parts.append("sendt") }
        let remote = report.remote ?? ""
        var text = "Synkronisert med \(remote)" + (parts.isEmpty ? ": alt var i takt" : ": " + parts.joined(separator: ", "))
        if !report.conflicts.isEmpty { text += " – \(count(report.conflicts.count, "konflikt", "konflikter")) å velge (Enter på feltet)" }
        return text
    }
    public func conflictOnField(_ conflict: FieldConflict) -> String {
        switch conflict.kind {
        case .amendmentCandidate: "endret etter signering — velg: a behold som endring / b ta tilbake"
        case .bothChanged, .changedAndRemoved: "konflikt — velg: a / b / rediger"
        }
    }
    public func conflictChoice(_ conflict: FieldConflict, side: AgreementMerge.Side) -> String {
        let value = side == .a ? conflict.a : (conflict.kind == .amendmentCandidate ? conflict.base : conflict.b)
        let by = side == .a ? conflict.aBy : conflict.bBy
        let removed = value == nil && conflict.kind == .changedAndRemoved
        let text = removed ? "slettet" : quoted(summaryValue(value), width: 2_000)
        guard let by else { return text }
        return "\(text), \(changedBy(by)) \(changedAt(by))"
    }

    // Helpers.

    /// The item kind in a word: "Tiltak".
    private func itemWord(_ item: ItemRef) -> String {
        switch item {
        case .goalArea: "Målområde"
        case .row: "Rad"
        case .measure: "Tiltak"
        case .support: "Støtte"
        case .logEntry: "Loggføring"
        case .checklistItem: "Oppgave"
        case .personalGoal: "Personlig utviklingsmål"
        case .indicator: "Målt indikator"
        case .indicatorValue: "Verdi"
        }
    }

    private func newItem(_ item: ItemRef) -> String {
        switch item {
        case .goalArea: "nytt målområde"
        case .row: "ny rad"
        case .measure: "nytt tiltak"
        case .support: "ny støtte"
        case .logEntry: "ny loggføring"
        case .checklistItem: "ny oppgave"
        case .personalGoal: "nytt utviklingsmål"
        case .indicator: "ny målt indikator"
        case .indicatorValue: "ny verdi"
        }
    }

    private func itemID(_ item: ItemRef) -> String {
        switch item {
        case .goalArea(let id), .row(let id), .measure(let id), .support(let id), .logEntry(let id), .checklistItem(let id), .personalGoal(let id),
             .indicator(let id), .indicatorValue(let id, _, _): id.rawValue
        }
    }

    /// The words of a list of records by its key.
    private func recordList(_ key: String) -> String? {
        switch key {
        case "signOffs": "Signaturer"
        case "phaseChanges": "Faseskifter"
        case "reviews": "Møter"
        case "amendments": "Endringer i avtalen"
        case "improvementPlans": "Forbedringsplaner"
        case "conflicts": "Konflikter"
        case "phase": "Fase"
        default: nil
        }
    }

    /// A value as a field shows it: ratings, marks, dates and phases in words.
    private func shown(_ value: JSONValue?, _ location: ChangeLocation) -> String {
        if let text = value?.string {
            switch location.field?.kind {
            case .measuresRating?, .attainmentRating?: if let r = Rating(rawValue: text) { return "«\(rating(r))»" }
            case .checklistStatus?: if let s = ChecklistStatus(rawValue: text) { return "«\(checklistStatus(s))»" }
            default: break
            }
            if case .logDate? = location.field, let date = LocalDate(iso: text) { return "«\(date.display)»" }
            if location.key == "phase", let p = Phase(rawValue: text) { return "«\(phase(p))»" }
        }
        if value == nil, location.field?.isChoice == true { return "«\(screen(.notSet))»" }
        return quoted(value, width: 60)
    }

    /// The text that names an item or record: its text, title, task or target.
    private func summaryValue(_ value: JSONValue?) -> JSONValue? {
        guard let members = value?.members else { return value }
        // A measured value: its period and number as the scorecard shows them.
        if let period = members["period"]?.string.flatMap(Period.init(id:)), let number = members["value"]?.numeric {
            return .string("\(self.period(period)): \(self.number(number))")
        }
        for key in ["text", "title", "task", "target", "resultGoal", "name", "field"] {
            if let text = members[key], text.string?.isEmpty == false { return text }
        }
        return value
    }

    private func recordText(_ value: JSONValue?, key: String) -> String {
        guard let members = value?.members else { return quoted(value, width: 60) }
        let date = members["date"]?.string.flatMap(LocalDate.init(iso:))?.display ?? ""
        switch key {
        case "signOffs":
            let phaseName = members["phase"]?.string.flatMap(Phase.init(rawValue:)).map(phase) ?? ""
            return "signert \(phaseName) av \(members["name"]?.string ?? "") \(date)".trimmingCharacters(in: .whitespaces)
        case "phaseChanges":
            let from = members["from"]?.string.flatMap(Phase.init(rawValue:)).map(phase) ?? ""
            let to = members["to"]?.string.flatMap(Phase.init(rawValue:)).map(phase) ?? ""
            return "fase \(from) → \(to) \(date)".trimmingCharacters(in: .whitespaces)
        case "reviews":
            let kind = members["kind"]?.string.flatMap(Review.Kind.init(rawValue:)).map(reviewKind) ?? ""
            return "\(kind) \(date)".trimmingCharacters(in: .whitespaces)
        default:
            return quoted(summaryValue(value), width: 60)
        }
    }
}

extension String {
    fileprivate func ifEmpty(_ other: String) -> String { isEmpty ? other : self }
}
