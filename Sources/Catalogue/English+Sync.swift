import AgreementKit
import AgreementStore
import Foundation

extension English {
    public func conflictKind(_ kind: FieldConflict.Kind) -> String {
        switch kind {
        case .bothChanged: "conflict: changed differently on both sides"
        case .changedAndRemoved: "conflict: deleted on one side and changed on the other"
        case .amendmentCandidate: "changed after signing: confirm as an amendment to the agreement or take it back"
        }
    }

    public func changedBy(_ stamp: ChangeStamp) -> String {
        if let party = stamp.party { return person(stamp.person, as: party) }
        return stamp.person.isEmpty ? "unknown" : stamp.person
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
            if case .logDate = field { what = "Log – date" }
        } else if let item = location.item {
            what = itemWord(item)
        } else if let record = recordList(location.key) {
            what = record
        } else if !location.key.isEmpty {
            what = location.key
        }
        return [place, what].filter { !$0.isEmpty }.joined(separator: " – ").ifEmpty("the agreement")
    }

    public func changeWhat(_ record: ChangeRecord, at location: ChangeLocation) -> String {
        var text: String
        switch record.kind {
        case .changed:
            text = "\(shown(record.old, location)) → \(shown(record.new, location))"
        case .added:
            if record.path.components.isEmpty {
                text = "the agreement was created"
            } else if let item = location.item, location.field == nil, record.path.last == itemID(item) {
                text = "\(newItem(item)): \(quoted(summaryValue(record.new), width: 60))"
            } else {
                text = "added: \(recordText(record.new, key: location.key))"
            }
        case .removed:
            if record.path.components.isEmpty {
                text = "the agreement was deleted"
            } else if let item = location.item, location.field == nil, record.path.last == itemID(item) {
                text = "deleted \(itemWord(item).lowercased()): \(quoted(summaryValue(record.old), width: 60))"
            } else if location.key == "conflicts" || record.path.components.first == "conflicts" {
                text = "the conflict is resolved"
            } else {
                text = "removed: \(recordText(record.old, key: location.key))"
            }
        case .reordered:
            text = "new order"
        }
        if let reason = record.reason, !reason.isEmpty { text += " — amendment to the agreement, reason: “\(reason)”" }
        return text
    }

    public func quoted(_ value: JSONValue?, width: Int) -> String {
        guard let value, value != .null else { return "(empty)" }
        var text = value.displayText.replacingOccurrences(of: "\n", with: " ⏎ ")
        if text.isEmpty { return "(empty)" }
        if text.count > width { text = String(text.prefix(max(1, width - 1))) + "…" }
        return "“\(text)”"
    }

    public func topic(_ topic: ChangeSummary.Topic, count: Int) -> String {
        switch topic {
        case .created: "new agreement"
        case .deleted: "deleted"
        case .logEntriesAdded: self.count(count, "log entry", "log entries")
        case .logEntriesEdited: "log edited"
        case .measures: "measures"
        case .support: "support"
        case .targets: "the unit's goals"
        case .goalAreas: "goal areas"
        case .assessment(let numbers): "assessment of goal \(numbers.joined(separator: ", "))"
        case .midYearNotes: "note from the mid-year review"
        case .checklist: "checklist"
        case .about: "about the agreement"
        case .phase: "new phase"
        case .signOffs: "signing"
        case .amendments: "amendment to the agreement"
        case .reviews: "meeting"
        case .improvementPlans: "improvement plan"
        case .personalGoals: "section 4"
        case .conflicts: "conflicts"
        case .other: "other changes"
        }
    }

    public func commitMessage(unit: String, year: Int, summary: ChangeSummary) -> String {
        let topics = summary.topics.map { topic($0.topic, count: $0.count) }
        let name = unit.isEmpty ? "Agreement" : unit
        return "\(name) \(year): \(topics.isEmpty ? "changes" : topics.joined(separator: ", "))"
    }

    public func commitDeleted(_ id: String) -> String { "\(id): the agreement is deleted" }
    public func commitOtherFiles(_ paths: [String]) -> String { "Other files in the store: \(paths.prefix(5).joined(separator: ", "))\(paths.count > 5 ? " …" : "")" }
    public func commitPrivateFiles(_ ids: [String]) -> String { "Section 4: \(ids.joined(separator: ", "))" }
    public func commitMerge(_ branch: String?) -> String { branch.map { "Merged with \($0)" } ?? "Merged section 4" }
    public var commitFirst: String { "The store of leader agreements" }

    public var syncAbstract: String { "Syncs the store with the other machines through git." }
    public var syncDiscussion: String {
        """
        Saves the changes in git (one commit per agreement, with unit, year and what changed), \
        fetches from the remote, merges the agreements field by field with lederavtale's own merge, and \
        pushes the result. A field changed differently on two machines keeps both values as \
        a conflict a person settles by editing the field. Section 4 (private files) is never pushed, except to a separate \
        remote with --private-remote.
        The name from “lederavtale config set name” is on the changes, else git's own (user.name).
        Exit codes: 0 in sync, 1 something needs a person to look at it (listed), 2 wrong usage.
        """
    }
    public var remoteOptionHelp: String { "The remote (git remote) to sync with; default is the branch's, else origin." }
    public var privateRemoteOptionHelp: String { "Also sync section 4 (private files) – to this separate remote (URL or path)." }
    public var gitFlagHelp: String { "Make the store a git repository, ready for “lederavtale sync”." }
    public var initRemoteOptionHelp: String { "Add the remote (URL or path) as origin (with --git)." }
    public var mergeDriverAbstract: String { "Merges two versions of a file in the store (called by git)." }
    public var mergeDriverDiscussion: String {
        """
        git calls this when two machines have changed the same file. Registered by “init --git” and \
        “sync” in .gitattributes (*.json merge=lederavtale) and .git/config:
          git config merge.lederavtale.driver "lederavtale merge-driver %O %A %B %P"
        Agreements are merged field by field by id; a conflict is recorded in the agreement until a person settles it. \
        A file that cannot be read is left to git's usual merge with conflict markers \
        (exit code 1); “lederavtale check” shows where.
        """
    }
    public func mergeDriverArgumentHelp(_ argument: MergeDriverArgument) -> String {
        switch argument {
        case .base: "The common starting point (%O)."
        case .ours: "This side's version, which the result is written to (%A)."
        case .theirs: "The other side's version (%B)."
        case .path: "The file's path in the store (%P)."
        }
    }
    public var historyAbstract: String { "Shows the change history of an agreement: who, when, where and what." }
    public var historyDiscussion: String {
        """
        Every change from the app and the command line is written to <id>/history.json in the store, with \
        the name from config and the role. Newest first. Section 4 is in history.private.json and is shown \
        only with --private.
        --goal takes the goal area's number (3), with its section (2.2 3) or its id; --field a field (target, \
        log, measuresRating …); --since a date (14.3, 14.03.2011, 2011-03-14).
        The columns of --format json: time, person, role, kind, path, where, field, old, new, reason.
        """
    }
    public var goalOptionHelp: String { "Only changes in this goal area (number, section and number, or id)." }
    public var fieldOptionHelp: String { "Only changes in this field (key in the file, e.g. target or log)." }
    public var sinceOptionHelp: String { "Only changes from this date on." }
    public var historyFormatHelp: String { "table (default) or json." }
    public var historyPrivateFlagHelp: String { "Include section 4 (personal development goals)." }
    public var historyColumns: (when: String, who: String, place: String, what: String) { ("When", "Who", "Where", "What") }
    public func historyEmpty(_ id: String) -> String { "\(id): no changes recorded" }
    public func goalUnknown(_ given: String, known: [String]) -> String {
        "goal area “\(given)” not found; the goal areas are: \(known.joined(separator: ", "))"
    }

    public func gitRepositoryMade(_ root: String, created: Bool) -> String {
        created ? "git repository created in \(root), with a first commit" : "\(root) is a git repository; .gitignore, .gitattributes and the merge driver are in place"
    }
    public func remoteAdded(_ name: String, url: String) -> String { "remote \(name): \(url)" }
    public func syncCommitted(_ message: String) -> String { "saved: \(message)" }
    public func syncReceived(_ remote: String, files: Int) -> String {
        files == 0 ? "nothing new from \(remote)" : "fetched from \(remote): \(count(files, "file", "files")) changed"
    }
    public func syncPushed(_ remote: String) -> String { "pushed to \(remote)" }
    public func syncInSync(_ remote: String) -> String { "in sync with \(remote)" }
    public func syncPrivateDone(_ remote: String) -> String { "section 4 synced with \(remote)" }
    public func syncProblem(_ problem: SyncProblem) -> String {
        switch problem {
        case .notARepository: "the store is not a git repository: run “lederavtale init --git” first"
        case .gitMissing: gitNotFound
        case .noRemote: "no remote to sync with: add one with “git -C <store> remote add origin URL” (or “init --git --remote URL”); the changes are saved locally"
        case .unknownRemote(let name): "the remote “\(name)” does not exist in the store"
        case .gitFailed(let step, let detail): "\(syncStep(step).lowercased()) failed: \(detail)"
        case .privateFilesInCommits(let files):
            "nothing was pushed: private files (section 4) are in commits that were to be pushed: \(files.joined(separator: ", "))"
        case .pushRefused(let detail): "the remote changed while we were pushing, several times in a row; try again: \(detail)"
        case .remoteHeadDangling(let remote, let branch):
            "\(remote) is in sync, but its HEAD names a branch with no commits, so “git clone” checks out no files: run “git symbolic-ref HEAD refs/heads/\(branch)” in the remote repository (or make \(branch) the default branch at the service)"
        case .timedOut(let step, let seconds):
            "\(syncStep(step).lowercased()) took too long: git was stopped after \(seconds) seconds (is the remote answering? check the network and try again; LEDERAVTALE_SYNC_TIMEOUT gives more time)"
        case .identityUnknown: "git does not know who you are: set your name with “lederavtale config set name \"Kari Nordmann\"” (or git config user.name)"
        }
    }
    public func syncUnmerged(_ path: String) -> String {
        "must be merged by hand: \(path) (conflict markers from git; see the README, “Merging by hand”, and run sync again)"
    }
    public func syncConflict(_ conflict: PendingConflict) -> String {
        let c = conflict.conflict
        let place = conflict.place == .unknown ? "" : self.place(conflict.place) + " – "
        let field = conflict.field.map { fieldLabel($0.kind) } ?? c.path.description
        return "\(conflict.agreementID): \(place)\(field): \(conflictKind(c.kind)) (a: \(conflictChoice(c, side: .a)); b: \(conflictChoice(c, side: .b)))"
    }
    public var syncNeedsPerson: String { "something needs a person to look at it (see above)" }
    public func syncStep(_ step: SyncStep) -> String {
        switch step {
        case .committing: "Saving the changes in git"
        case .fetching: "Fetching"
        case .merging: "Merging"
        case .pushing: "Pushing"
        case .privateFiles: "Section 4"
        }
    }
    public func mergeRecorded(_ path: String, count: Int) -> String {
        "\(path): \(self.count(count, "conflict", "conflicts")) recorded in the agreement – settle it by editing the field in the app"
    }
    public func mergeLeftToGit(_ path: String, reason: String) -> String {
        "\(path): cannot be merged field by field (\(reason)); left to git with conflict markers"
    }
    public var gitNotFound: String { "git is not installed (git not found in PATH)" }

    public func unsynced(_ count: Int) -> String { "not synced: \(self.count(count, "change", "changes"))" }
    public func syncResult(_ report: SyncReport) -> String {
        if let problem = report.problems.first { return "Sync: \(syncProblem(problem))" }
        if !report.unmerged.isEmpty { return "Sync: \(syncUnmerged(report.unmerged[0]))" }
        var parts: [String] = []
        if !report.commits.isEmpty { parts.append("\(count(report.commits.count, "change", "changes")) saved") }
        if !report.received.isEmpty { parts.append("\(count(report.received.count, "file", "files")) fetched") }
        if report.pushed { parts.append("pushed") }
        let remote = report.remote ?? ""
        var text = "Synced with \(remote)" + (parts.isEmpty ? ": everything was in sync" : ": " + parts.joined(separator: ", "))
        if !report.conflicts.isEmpty { text += " – \(count(report.conflicts.count, "conflict", "conflicts")) to choose (Enter on the field)" }
        return text
    }
    public func conflictOnField(_ conflict: FieldConflict) -> String {
        switch conflict.kind {
        case .amendmentCandidate: "changed after signing — choose: a keep as amendment / b take back"
        case .bothChanged, .changedAndRemoved: "conflict — choose: a / b / edit"
        }
    }
    public func conflictChoice(_ conflict: FieldConflict, side: AgreementMerge.Side) -> String {
        let value = side == .a ? conflict.a : (conflict.kind == .amendmentCandidate ? conflict.base : conflict.b)
        let by = side == .a ? conflict.aBy : conflict.bBy
        let removed = value == nil && conflict.kind == .changedAndRemoved
        let text = removed ? "deleted" : quoted(summaryValue(value), width: 2_000)
        guard let by else { return text }
        return "\(text), \(changedBy(by)) \(changedAt(by))"
    }

    // Helpers.

    /// The item kind in a word: "Measure".
    private func itemWord(_ item: ItemRef) -> String {
        switch item {
        case .goalArea: "Goal area"
        case .row: "Row"
        case .measure: "Measure"
        case .support: "Support"
        case .logEntry: "Log entry"
        case .checklistItem: "Task"
        case .personalGoal: "Personal development goal"
        case .indicator: "Measured indicator"
        case .indicatorValue: "Value"
        }
    }

    private func newItem(_ item: ItemRef) -> String {
        switch item {
        case .goalArea: "new goal area"
        case .row: "new row"
        case .measure: "new measure"
        case .support: "new support"
        case .logEntry: "new log entry"
        case .checklistItem: "new task"
        case .personalGoal: "new development goal"
        case .indicator: "new measured indicator"
        case .indicatorValue: "new value"
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
        case "signOffs": "Signatures"
        case "phaseChanges": "Phase changes"
        case "reviews": "Meetings"
        case "amendments": "Amendments to the agreement"
        case "improvementPlans": "Improvement plans"
        case "conflicts": "Conflicts"
        case "phase": "Phase"
        default: nil
        }
    }

    /// A value as a field shows it: ratings, marks, dates and phases in words.
    private func shown(_ value: JSONValue?, _ location: ChangeLocation) -> String {
        if let text = value?.string {
            switch location.field?.kind {
            case .measuresRating?, .attainmentRating?: if let r = Rating(rawValue: text) { return "“\(rating(r))”" }
            case .checklistStatus?: if let s = ChecklistStatus(rawValue: text) { return "“\(checklistStatus(s))”" }
            default: break
            }
            if case .logDate? = location.field, let date = LocalDate(iso: text) { return "“\(self.date(date))”" }
            if location.key == "phase", let p = Phase(rawValue: text) { return "“\(phase(p))”" }
        }
        if value == nil, location.field?.isChoice == true { return "“\(screen(.notSet))”" }
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
            return "signed \(phaseName) by \(members["name"]?.string ?? "") \(date)".trimmingCharacters(in: .whitespaces)
        case "phaseChanges":
            let from = members["from"]?.string.flatMap(Phase.init(rawValue:)).map(phase) ?? ""
            let to = members["to"]?.string.flatMap(Phase.init(rawValue:)).map(phase) ?? ""
            return "phase \(from) → \(to) \(date)".trimmingCharacters(in: .whitespaces)
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
