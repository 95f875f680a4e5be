import AgreementKit
import AgreementStore

extension English {
    public var newAbstract: String { "Creates a new agreement for a unit and a year, with the municipality's template." }
    public var newDiscussion: String {
        """
        The id is the unit's name and the year (Åsveien skole 2011 → asveien-skole-2011); if it \
        exists already, in the store or in the archive, the new one is refused. The agreement starts \
        in Agreement with section 1, the common result goals and the checklist from the template: the \
        one named with --template, else the newest template for the municipality and the year (in \
        templates/ in the store). If there is no template, the agreement is created all the same, \
        without the common parts, and it says why.
        Example: lederavtale new --unit "Åsveien skole" --year 2011 --municipality "Trondheim kommune"
        """
    }
    public var nextAbstract: String { "Creates next year's agreement from this one (this year's agreement is not changed)." }
    public var nextDiscussion: String {
        """
        Common result goals come from next year's template (if there is none, this year's are copied, \
        and it says so). Result goals of the service area and the unit's own are carried over with \
        their rows, the measures not marked as carried out (with a link to where they came from) and \
        the support; the log stays in the year it belongs to. A goal area with the goal attainment \
        “Less than agreed” is carried over with its improvement plan, as its first log entry. The \
        parties and the contact person come along; the new agreement is in Agreement. Before this \
        year's year-end assessment, a warning says that the year is not closed. If next year's \
        agreement exists, the command is refused with its id.
        """
    }
    public var templateAbstract: String { "The municipality's templates: common result goals, checklist and section 1 for a year." }
    public var templateListAbstract: String { "Lists the templates in the store." }
    public var templateShowAbstract: String { "Shows the contents of a template." }
    public var templateNewAbstract: String { "Creates a template from the municipal parts of an agreement." }
    public var templateApplyAbstract: String { "Applies a template to this year's agreements (adds, and updates what the unit has not changed)." }
    public var templateApplyDiscussion: String {
        """
        Adds the common goal areas, rows, measures, support and checklist tasks that are missing, \
        and updates municipal text that the unit has not changed since the template gave it. The \
        unit's own goals, measures, log and assessments are never changed, and nothing is removed. A \
        signed agreement, or one past Agreement, changes only through amendments to the agreement \
        with the template's name as the reason; a closed agreement is not changed. Each agreement is \
        saved on its own, completely or not at all; one that fails is reported, and the others stay \
        as they were. With --all it applies to all agreements of the template's municipality and year \
        (others are skipped without an error). --dry-run shows what would happen, without changing anything.
        """
    }
    public var renameAbstract: String { "Gives the unit a new name (and the agreement a new id); the change is recorded with the date." }
    public var archiveAbstract: String { "Moves an agreement to the archive (hidden in the list, but kept); --restore brings it back." }
    public var deleteAbstract: String { "Deletes an agreement: asks first, and moves the files to trash/ in the store." }

    public func optionHelp(_ option: YearStartOption) -> String {
        switch option {
        case .unit: "The unit's name."
        case .year: "The agreement's year."
        case .municipality: "The municipality (default: the municipality of the agreements in the store, when they have one)."
        case .serviceArea: "The service area (gives the service area's result goals from the template)."
        case .leader: "The unit leader's name."
        case .contact: "The contact person's name."
        case .director: "The director's name."
        case .template: "The template (default: the newest for the municipality and the year)."
        case .nextYear: "The year of the new agreement (default: the year after)."
        case .drop: "A goal area not to carry over, such as “3.2 2” (part and number); can be repeated."
        case .dryRun: "Show what would happen, without changing anything."
        case .templateName: "The template's name, such as trondheim-2011."
        case .from: "The agreement the template is made from."
        case .to: "The agreement to apply the template to; can be repeated."
        case .all: "All agreements of the template's municipality and year."
        case .format: "Output format: text, csv or json."
        case .renameUnit: "The unit's new name."
        case .reason: "The reason that is recorded (default: “The unit has been renamed”)."
        case .restore: "Bring the agreement back from the archive."
        case .yes: "Do not ask (for scripts)."
        case .archived: "Show the archived agreements."
        }
    }

    public func optionValueName(_ option: YearStartOption) -> String {
        switch option {
        case .unit, .renameUnit: "unit"
        case .year, .nextYear: "year"
        case .municipality: "municipality"
        case .serviceArea: "service area"
        case .leader, .contact, .director: "name"
        case .template, .templateName: "template"
        case .drop: "part no"
        case .from, .to: "agreement"
        case .format: "format"
        case .reason: "text"
        case .dryRun, .all, .restore, .yes, .archived: ""
        }
    }

    public func answerIsYes(_ answer: String) -> Bool { ["j", "ja", "y", "yes"].contains(answer.lowercased()) }

    public func startProblem(_ problem: StartProblem) -> String {
        switch problem {
        case .templateNotFound(let name, let known):
            known.isEmpty ? "found no template “\(name)”; the store has no templates (templates/)"
                : "found no template “\(name)”; the templates in the store are: \(known.joined(separator: ", "))"
        case .templateExists(let name): "the template “\(name)” exists already"
        case .templateMismatch(let template, let municipality, let year, let wantedMunicipality, let wantedYear):
            "the template “\(template)” is for \(municipality) \(year), the agreement for \(wantedMunicipality.isEmpty ? "(no municipality)" : wantedMunicipality) \(wantedYear)"
        case .agreementExists(let id, let archived):
            archived ? "the agreement “\(id)” exists already in the archive (lederavtale archive --restore \(id))" : "the agreement “\(id)” exists already"
        case .nextYearExists(let id): "next year's agreement exists already: “\(id)”"
        case .unitMissing: "the unit must have a name (with letters or digits)"
        case .yearInvalid(let year): "the year \(year) is unreasonable"
        case .heldElsewhere(let id, let holder): "“\(id)” is open in another session (\(holder.host), process \(holder.pid)); try again when it is closed"
        case .notArchived(let id, let known):
            known.isEmpty ? "found no archived agreement “\(id)”; the archive is empty" : "found no archived agreement “\(id)”; the archive has: \(known.joined(separator: ", "))"
        case .store(let error): storeError(error)
        }
    }

    public func yearStart(_ text: YearStartText) -> String {
        switch text {
        case .created(let id, let path): "created \(id): \(path)"
        case .createdFromTemplate(let name): "with the template \(name): section 1, common result goals and checklist"
        case .createdWithoutTemplate(let municipality, let year):
            "note: no template for \(municipality) \(year) in the store; section 1, common result goals and checklist must be filled in (or: lederavtale template apply)"
        case .createdInApp(let id, let template):
            template.map { "New agreement \(id) made with the template \($0): section 1, common result goals and checklist" }
                ?? "New agreement \(id) made without a template: section 1, common result goals and checklist are to be filled in"
        case .municipalityNeeded(let known):
            known.isEmpty ? "give the municipality with --municipality" : "give the municipality with --municipality (the store has: \(known.joined(separator: ", ")))"
        case .yearNotANumber(let text): "“\(text)” is not a year"
        case .templateListHeader: "template  municipality  year  common goal areas  service areas  tasks"
        case .templateLine(let name, let municipality, let year, let common, let serviceAreas, let tasks):
            "\(name)  \(municipality)  \(year)  \(count(common, "common goal area", "common goal areas")), \(count(serviceAreas, "service area", "service areas")), \(count(tasks, "task", "tasks"))"
        case .noTemplates: "no templates in the store (templates/)"
        case .templateCreated(let name, let path): "created the template \(name): \(path)"
        case .applyHeading(let template, let dryRun): dryRun ? "template \(template) (dry run, nothing is changed):" : "template \(template):"
        case .applyChanged(let id, let changes, let amended, let dryRun):
            "\(id): \(dryRun ? "would get" : "got") \(count(changes, "change", "changes"))\(amended ? " (as amendments to the agreement, with the template's name as the reason)" : "")"
        case .applyUnchanged(let id): "\(id): no changes"
        case .applyKept(let field): "  kept the unit's own text: \(field)"
        case .applySkippedClosed(let id): "\(id): skipped – the agreement is closed and is not changed"
        case .applyFailed(let id, let reason): "\(id): failed – \(reason) (the agreement is as it was)"
        case .applyNotFor(let id, let municipality, let year): "\(id): skipped – the agreement is for \(municipality) \(year)"
        case .applySummary(let changed, let unchanged, let skipped, let failed, let dryRun):
            "\(dryRun ? "would change" : "changed") \(changed), unchanged \(unchanged), skipped \(skipped), failed \(failed)"
        case .applyNeedsTarget: "name the agreements with --to ID (can be repeated) or --all"
        case .templateShowHeading(let name, let municipality, let year): "Template \(name): \(municipality) \(year)"
        case .templateShowSection(let title): "== \(title)"
        case .templateShowServiceArea(let name): "== 2.2 Result goals of the service area: \(name)"
        case .checkTemplate(let name, let common, let serviceAreas, let tasks):
            "\(TemplateFiles.folder)/\(name): \(count(common, "common goal area", "common goal areas")), \(count(serviceAreas, "service area", "service areas")), \(count(tasks, "task", "tasks"))"
        case .nextHeading(let from, let to, let year): "next year's agreement (\(year)) from \(from): \(to)"
        case .nextEarly(let year, let phase): "note: the year \(year) is not closed (\(phase)); next year's agreement is created all the same"
        case .nextTemplate(let name): "common result goals from the template \(name)"
        case .nextNoTemplate(let municipality, let year): "note: no template for \(municipality) \(year); this year's common result goals are copied"
        case .nextCreated(let id, let path): "created \(id): \(path)"
        case .nextDryRun: "dry run: no agreement was created"
        case .nextDropUnknown(let given, let known): "found no goal area “\(given)” (write part and number: \(known.joined(separator: ", ")))"
        case .nextAreaLine(let name, let fate): "  \(name): \(fate)"
        case .nextFreshLine(let name): "  \(name): new from the template"
        case .renamed(let from, let to): "\(from) is now called \(to)"
        case .renamedKeepsID(let id): "\(id): the unit has been renamed (the id is the same)"
        case .relinked(let ids): "the links in \(ids.joined(separator: ", ")) point to the new id"
        case .renameReason: "The unit has been renamed"
        case .archived(let id): "\(id) has been moved to the archive (lederavtale list --archived)"
        case .restored(let id): "\(id) has been brought back from the archive"
        case .deleteQuestion(let id, let unit, let year): "Delete \(id) (\(unit) \(year))? The files are moved to trash/ in the store. (y/n) "
        case .deleteNeedsYes(let id): "delete \(id) from a terminal, or confirm with --yes"
        case .deleted(let id, let folder): "\(id) has been moved to \(folder)"
        case .deleteCancelled: "nothing was deleted"
        case .noArchived: "no archived agreements"
        case .newAgreementRow: "+ New agreement…"
        case .newAgreementTitle: "New agreement"
        case .fieldUnit: "Unit"
        case .fieldYear: "Year"
        case .fieldMunicipality: "Municipality"
        case .fieldServiceArea: "Service area"
        case .fieldTemplate: "Template"
        case .templateHint: "empty: the newest template for the municipality and the year"
        case .idWillBe(let id): "id: \(id)"
        case .unitMissing: "Write the unit's name first"
        case .nextYearTitle(let unit, let year): "Next year's agreement: \(unit) \(year)"
        case .nextYearFrom(let id): "From \(id), which is not changed. The log stays behind; each row carried over refers to last year's."
        case .nextYearFresh: "new from the template"
        case .nextYearMakes(let id): "Enter creates \(id) in Agreement; Space carries a goal area over or leaves it behind."
        case .nextYearOnlyAtYearEnd: "Next year's agreement is created in Assessment or when the agreement is closed (on the command line: lederavtale next)"
        case .nextYearCarriedNote: "Carried over"
        case .notToggleable: "Common result goals follow the template (or are copied when there is none)"
        case .previousLogTitle(let year, let row): "Log \(year): \(row)"
        case .previousLogReadOnly: "Last year's log, read-only"
        case .noPreviousRow: "The row was not carried over from last year"
        case .previousMissing(let id): "Last year's agreement “\(id)” was not found (archived or deleted?)"
        case .measureDone(let date): "The measure was carried out \(date)"
        case .measureNotDone: "The measure is no longer marked as carried out"
        case .onlyMeasuresAreDone: "Only measures can be marked (not headings, guidance or indicators)"
        case .chooseMeasure: "Choose a measure in the measures pane first (Tab)"
        }
    }

    public func templateChange(_ change: TemplateApplication.Change, in agreement: Agreement) -> (field: String, old: String, new: String) {
        switch change {
        case .added(let item):
            ("Added from the template: \(itemNoun(item))", "", agreement.summary(of: item) ?? "")
        case .updated(let field, let old, let new):
            ("\(place(agreement.place(of: field))) – \(fieldLabel(field.kind))", old, new)
        }
    }

    public func unmetNote(area: GoalArea, year: Int, plan: ImprovementPlan?) -> String {
        var text = "Carried over from \(year): the goal attainment was assessed as “\(rating(.belowAgreement))”."
        if let plan {
            text += "\nImprovement plan: \(plan.actions)"
            if !plan.followUpDates.isEmpty { text += "\nFollow-up conversations: \(plan.followUpDates.map(self.date).joined(separator: ", "))" }
        }
        return text
    }

    public func fate(_ area: Rollover.Area, template: String?, year: Int) -> String {
        switch area.fate {
        case .replacedByTemplate: return "new common result goals from the template \(template ?? "")"
        case .copied: return "copied (no template for \(year)) – \(measures(area))"
        case .dropped: return "left behind"
        case .carried:
            let unmet = area.unmet ? (area.hasImprovementPlan ? "; less than agreed: carried over with the improvement plan" : "; less than agreed: carried over with a note in the log") : ""
            return "carried over – \(measures(area))\(unmet)"
        }
    }

    private func measures(_ area: Rollover.Area) -> String {
        let open = count(area.openMeasures, "measure", "measures")
        return area.doneMeasures == 0 ? open : "\(open), \(area.doneMeasures) carried out stay behind"
    }
}

extension English {
    func describeNextYear(_ command: NextYearCommand) -> String {
        switch command {
        case .up: "Previous goal area"
        case .down: "Next goal area"
        case .toggle: "Carry the goal area over, or leave it behind"
        case .create: "Create next year's agreement"
        case .cancel: "Cancel (nothing is created)"
        }
    }

    func hintNextYear(_ command: NextYearCommand) -> String {
        switch command {
        case .up: "Up"
        case .down: "Down"
        case .toggle: "Carry/leave"
        case .create: "Create"
        case .cancel: "Cancel"
        }
    }

    func describePreviousLog(_ command: PreviousLogCommand) -> String {
        switch command {
        case .up: "Scroll up"
        case .down: "Scroll down"
        case .pageUp: "A page up"
        case .pageDown: "A page down"
        case .close: "Close"
        }
    }
}
