import AgreementKit
import AgreementStore
import Foundation

extension Nynorsk {
    public func conflictKind(_ kind: FieldConflict.Kind) -> String {
        switch kind {
        case .bothChanged: "konflikt: endra ulikt på begge sider"
        case .changedAndRemoved: "konflikt: sletta på den eine sida og endra på den andre"
        case .amendmentCandidate: "endra etter signering: stadfest som endring i avtalen eller ta tilbake"
        }
    }

    public func changedBy(_ stamp: ChangeStamp) -> String {
        if let party = stamp.party { return person(stamp.person, as: party) }
        return stamp.person.isEmpty ? "ukjend" : stamp.person
    }

    public func changedAt(_ stamp: ChangeStamp) -> String {
        let time = stamp.time
        guard let date = stamp.date else { return time }
        let clock = time.count >= 16 ? String(time.dropFirst(11).prefix(5)) : ""
        return clock.isEmpty ? self.date(date) : "\(self.date(date)) \(clock)"
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
                text = "avtalen vart laga"
            } else if let item = location.item, location.field == nil, record.path.last == itemID(item) {
                text = "\(newItem(item)): \(quoted(summaryValue(record.new), width: 60))"
            } else {
                text = "lagt til: \(recordText(record.new, key: location.key))"
            }
        case .removed:
            if record.path.components.isEmpty {
                text = "avtalen vart sletta"
            } else if let item = location.item, location.field == nil, record.path.last == itemID(item) {
                text = "sletta \(itemWord(item).lowercased()): \(quoted(summaryValue(record.old), width: 60))"
            } else if location.key == "conflicts" || record.path.components.first == "conflicts" {
                text = "konflikten er avgjord"
            } else {
                text = "fjerna: \(recordText(record.old, key: location.key))"
            }
        case .reordered:
            text = "ny rekkjefølgje"
        }
        if let reason = record.reason, !reason.isEmpty { text += " — endring i avtalen, grunngiving: «\(reason)»" }
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
        case .deleted: "sletta"
        case .logEntriesAdded: self.count(count, "loggføring", "loggføringar")
        case .logEntriesEdited: "endra logg"
        case .measures: "tiltak"
        case .support: "støtte"
        case .targets: "mål"
        case .goalAreas: "målområde"
        case .assessment(let numbers): "vurdering av mål \(numbers.joined(separator: ", "))"
        case .midYearNotes: "notat frå midtvegssamtalen"
        case .checklist: "sjekkliste"
        case .about: "om avtalen"
        case .phase: "ny fase"
        case .signOffs: "signering"
        case .amendments: "endring i avtalen"
        case .reviews: "møte"
        case .improvementPlans: "forbetringsplan"
        case .personalGoals: "punkt 4"
        case .conflicts: "konfliktar"
        case .other: "andre endringar"
        }
    }

    public func commitMessage(unit: String, year: Int, summary: ChangeSummary) -> String {
        let topics = summary.topics.map { topic($0.topic, count: $0.count) }
        let name = unit.isEmpty ? "Avtale" : unit
        return "\(name) \(year): \(topics.isEmpty ? "endringar" : topics.joined(separator: ", "))"
    }

    public func commitDeleted(_ id: String) -> String { "\(id): avtalen er sletta" }
    public func commitOtherFiles(_ paths: [String]) -> String { "Andre filer i lageret: \(paths.prefix(5).joined(separator: ", "))\(paths.count > 5 ? " …" : "")" }
    public func commitPrivateFiles(_ ids: [String]) -> String { "Punkt 4: \(ids.joined(separator: ", "))" }
    public func commitMerge(_ branch: String?) -> String { branch.map { "Fletta med \($0)" } ?? "Fletta punkt 4" }
    public var commitFirst: String { "Lageret for leiaravtalar" }

    public var syncAbstract: String { "Synkroniserer lageret med dei andre maskinene gjennom git." }
    public var syncDiscussion: String {
        """
        Lagrar endringane i git (éin commit per avtale, med eining, år og kva som er endra), \
        hentar frå fjernlageret, flettar avtalane felt for felt med lederavtale si eiga fletting, og \
        sender resultatet. Eit felt som er endra ulikt på to maskiner, beheld begge verdiane som \
        ein konflikt som ein person avgjer ved å endre feltet. Punkt 4 (private filer) blir aldri sendt, berre til eit eige \
        fjernlager med --private-remote.
        Namnet frå «lederavtale config set name» står på endringane, elles namnet git sjølv har (user.name).
        Avslutningskodar: 0 i takt, 1 noko må sjåast på av ein person (lista opp), 2 feil bruk.
        """
    }
    public var remoteOptionHelp: String { "Fjernlageret (git remote) som skal synkroniserast med; standard er det til greina, elles origin." }
    public var privateRemoteOptionHelp: String { "Synkroniser òg punkt 4 (private filer) – til dette eigne fjernlageret (URL eller sti)." }
    public var gitFlagHelp: String { "Gjer lageret til eit git-lager, klart for «lederavtale sync»." }
    public var initRemoteOptionHelp: String { "Legg til fjernlageret (URL eller sti) som origin (med --git)." }
    public var mergeDriverAbstract: String { "Flettar to versjonar av ei fil i lageret (blir kalla av git)." }
    public var mergeDriverDiscussion: String {
        """
        git kallar denne når to maskiner har endra same fil. Blir registrert av «init --git» og \
        «sync» i .gitattributes (*.json merge=lederavtale) og .git/config:
          git config merge.lederavtale.driver "lederavtale merge-driver %O %A %B %P"
        Avtalar blir fletta felt for felt etter id; ein konflikt blir lagra i avtalen til ein person avgjer han. \
        Ei fil som ikkje kan lesast, blir overlaten til den vanlege flettinga i git med konfliktmerke \
        (avslutningskode 1); «lederavtale check» viser kvar.
        """
    }
    public func mergeDriverArgumentHelp(_ argument: MergeDriverArgument) -> String {
        switch argument {
        case .base: "Felles utgangspunkt (%O)."
        case .ours: "Versjonen på denne sida, som resultatet blir skrive til (%A)."
        case .theirs: "Versjonen på den andre sida (%B)."
        case .path: "Stien til fila i lageret (%P)."
        }
    }
    public var historyAbstract: String { "Viser endringsloggen for ein avtale: kven, når, kvar og kva." }
    public var historyDiscussion: String {
        """
        Kvar endring frå appen og kommandolinja blir skriven i <id>/history.json i lageret, med \
        namnet frå config og rolla. Nyaste først. Punkt 4 står i history.private.json og blir vist \
        berre med --private.
        --goal tek nummeret til målområdet (3), med del (2.2 3) eller id; --field eit felt (target, \
        log, measuresRating …); --since ein dato (14.3, 14.03.2011, 2011-03-14).
        Kolonnane i --format json: time, person, role, kind, path, where, field, old, new, reason.
        """
    }
    public var goalOptionHelp: String { "Berre endringar i dette målområdet (nummer, del og nummer, eller id)." }
    public var fieldOptionHelp: String { "Berre endringar i dette feltet (nøkkel i fila, t.d. target eller log)." }
    public var sinceOptionHelp: String { "Berre endringar frå og med denne datoen." }
    public var historyFormatHelp: String { "table (standard) eller json." }
    public var historyPrivateFlagHelp: String { "Ta med punkt 4 (personlege utviklingsmål)." }
    public var historyColumns: (when: String, who: String, place: String, what: String) { ("Når", "Kven", "Kvar", "Kva") }
    public func historyEmpty(_ id: String) -> String { "\(id): ingen endringar registrerte" }
    public func goalUnknown(_ given: String, known: [String]) -> String {
        "fann ikkje målområdet «\(given)»; målområda er: \(known.joined(separator: ", "))"
    }

    public func gitRepositoryMade(_ root: String, created: Bool) -> String {
        created ? "git-lager oppretta i \(root), med første commit" : "\(root) er eit git-lager; .gitignore, .gitattributes og flettinga er på plass"
    }
    public func remoteAdded(_ name: String, url: String) -> String { "fjernlager \(name): \(url)" }
    public func syncCommitted(_ message: String) -> String { "lagra: \(message)" }
    public func syncReceived(_ remote: String, files: Int) -> String {
        files == 0 ? "ingenting nytt frå \(remote)" : "henta frå \(remote): \(count(files, "fil", "filer")) endra"
    }
    public func syncPushed(_ remote: String) -> String { "sendt til \(remote)" }
    public func syncInSync(_ remote: String) -> String { "i takt med \(remote)" }
    public func syncPrivateDone(_ remote: String) -> String { "punkt 4 synkronisert med \(remote)" }
    public func syncProblem(_ problem: SyncProblem) -> String {
        switch problem {
        case .notARepository: "lageret er ikkje eit git-lager: køyr «lederavtale init --git» først"
        case .gitMissing: gitNotFound
        case .noRemote: "ingen fjernlager å synkronisere med: legg til eitt med «git -C <lager> remote add origin URL» (eller «init --git --remote URL»); endringane er lagra lokalt"
        case .unknownRemote(let name): "fjernlageret «\(name)» finst ikkje i lageret"
        case .gitFailed(let step, let detail): "\(syncStep(step).lowercased()) feila: \(detail)"
        case .privateFilesInCommits(let files):
            "ingenting er sendt: private filer (punkt 4) ligg i commits som skulle sendast: \(files.joined(separator: ", "))"
        case .pushRefused(let detail): "fjernlageret vart endra medan vi sende, fleire gonger på rad; prøv igjen: \(detail)"
        case .remoteHeadDangling(let remote, let branch):
            "\(remote) er i takt, men HEAD der peikar på ei grein utan commits, så «git clone» hentar ingen filer: køyr «git symbolic-ref HEAD refs/heads/\(branch)» i fjernlageret (eller set standardgreina til \(branch) hos tenesta)"
        case .timedOut(let step, let seconds):
            "\(syncStep(step).lowercased()) tok for lang tid: git vart stoppa etter \(seconds) sekund (svarar fjernlageret? sjekk nettet og prøv igjen; LEDERAVTALE_SYNC_TIMEOUT gir meir tid)"
        case .identityUnknown: "git veit ikkje kven du er: set namnet ditt med «lederavtale config set name \"Kari Nordmann\"» (eller git config user.name)"
        }
    }
    public func syncUnmerged(_ path: String) -> String {
        "må flettast for hand: \(path) (konfliktmerke frå git; sjå README, «Merging by hand», og køyr sync igjen)"
    }
    public func syncConflict(_ conflict: PendingConflict) -> String {
        let c = conflict.conflict
        let place = conflict.place == .unknown ? "" : self.place(conflict.place) + " – "
        let field = conflict.field.map { fieldLabel($0.kind) } ?? c.path.description
        return "\(conflict.agreementID): \(place)\(field): \(conflictKind(c.kind)) (a: \(conflictChoice(c, side: .a)); b: \(conflictChoice(c, side: .b)))"
    }
    public var syncNeedsPerson: String { "noko må sjåast på av ein person (sjå over)" }
    public func syncStep(_ step: SyncStep) -> String {
        switch step {
        case .committing: "Lagrar endringane i git"
        case .fetching: "Hentar"
        case .merging: "Flettar"
        case .pushing: "Sender"
        case .privateFiles: "Punkt 4"
        }
    }
    public func mergeRecorded(_ path: String, count: Int) -> String {
        "\(path): \(self.count(count, "konflikt", "konfliktar")) lagra i avtalen – avgjer ved å endre feltet i appen"
    }
    public func mergeLeftToGit(_ path: String, reason: String) -> String {
        "\(path): kan ikkje flettast felt for felt (\(reason)); overlaten til git med konfliktmerke"
    }
    public var gitNotFound: String { "git er ikkje installert (fann ikkje git i PATH)" }

    public func unsynced(_ count: Int) -> String { "ikkje synkronisert: \(self.count(count, "endring", "endringar"))" }
    public func syncResult(_ report: SyncReport) -> String {
        if let problem = report.problems.first { return "Synkronisering: \(syncProblem(problem))" }
        if !report.unmerged.isEmpty { return "Synkronisering: \(syncUnmerged(report.unmerged[0]))" }
        var parts: [String] = []
        if !report.commits.isEmpty { parts.append("\(count(report.commits.count, "endring", "endringar")) lagra") }
        if !report.received.isEmpty { parts.append("\(count(report.received.count, "fil", "filer")) henta") }
        if report.pushed { parts.append("sendt") }
        let remote = report.remote ?? ""
        var text = "Synkronisert med \(remote)" + (parts.isEmpty ? ": alt var i takt" : ": " + parts.joined(separator: ", "))
        if !report.conflicts.isEmpty { text += " – \(count(report.conflicts.count, "konflikt", "konfliktar")) å velje (Enter på feltet)" }
        return text
    }
    public func conflictOnField(_ conflict: FieldConflict) -> String {
        switch conflict.kind {
        case .amendmentCandidate: "endra etter signering — vel: a behald som endring / b ta tilbake"
        case .bothChanged, .changedAndRemoved: "konflikt — vel: a / b / rediger"
        }
    }
    public func conflictChoice(_ conflict: FieldConflict, side: AgreementMerge.Side) -> String {
        let value = side == .a ? conflict.a : (conflict.kind == .amendmentCandidate ? conflict.base : conflict.b)
        let by = side == .a ? conflict.aBy : conflict.bBy
        let removed = value == nil && conflict.kind == .changedAndRemoved
        let text = removed ? "sletta" : quoted(summaryValue(value), width: 2_000)
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
        case .checklistItem: "Oppgåve"
        case .personalGoal: "Personleg utviklingsmål"
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
        case .checklistItem: "ny oppgåve"
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
        case "signOffs": "Signaturar"
        case "phaseChanges": "Faseskifte"
        case "reviews": "Møte"
        case "amendments": "Endringar i avtalen"
        case "improvementPlans": "Forbetringsplanar"
        case "conflicts": "Konfliktar"
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
            if case .logDate? = location.field, let date = LocalDate(iso: text) { return "«\(self.date(date))»" }
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
        let date = members["date"]?.string.flatMap(LocalDate.init(iso:)).map { self.date($0) } ?? ""
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
