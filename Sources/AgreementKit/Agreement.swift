/// A unit leader's agreement for one year, sections 1–4 of the form.
public struct Agreement: Identifiable, Equatable, Sendable, Codable {
    /// A readable ASCII slug of unit and year, unique in the store, e.g. `hoeggen-skole-2011`.
    public var id: String
    public var header: AgreementHeader
    public var phase: Phase
    public var about: AboutSection
    public var checklist: [ChecklistItem]
    /// Goal areas of sections 2.1, 2.2 and 3.2 in form order.
    public var goalAreas: [GoalArea]
    public var conditions: UnitConditions
    /// Section 4: confidential, never written to the public file.
    public var personalGoals: [PersonalGoal]
    /// Signatures per phase.
    public var signOffs: [SignOff]
    /// Every move between phases, with gaps or reasons.
    public var phaseChanges: [PhaseChange]
    /// Agreed changes to blue fields after Inngåelse.
    public var amendments: [Amendment]
    /// Review meetings held.
    public var reviews: [Review]
    /// Improvement plans for goal areas rated below the agreement.
    public var improvementPlans: [ImprovementPlan]
    /// The agreement's own dates: meetings, phase deadlines, wheel events marked done.
    public var schedule: AgreementSchedule
    /// Section 1.5's two-sided leader assessment: confidential, kept in the private file.
    public var leaderAssessment: [CriterionAssessment]
    /// True for generated demonstration data (the demo municipality), never a real agreement.
    public var demo: Bool
    /// The id of last year's agreement this one was made from (`next`), if it was.
    public var carriedFrom: String?
    /// The municipal template the common parts came from, if any.
    public var template: TemplateLink?
    /// Conflicts a merge of two people's changes recorded, until a person settles each.
    public var conflicts: [FieldConflict]
    /// Who took over as leader or contact person during the year, and from when (schema 9).
    public var roleChanges: [RoleChange]

    public init(id: String, header: AgreementHeader, phase: Phase = .agreement, about: AboutSection = AboutSection(),
                checklist: [ChecklistItem] = [], goalAreas: [GoalArea] = [], conditions: UnitConditions = UnitConditions(),
                personalGoals: [PersonalGoal] = [], signOffs: [SignOff] = [], phaseChanges: [PhaseChange] = [],
                amendments: [Amendment] = [], reviews: [Review] = [], improvementPlans: [ImprovementPlan] = [],
                schedule: AgreementSchedule = AgreementSchedule(), leaderAssessment: [CriterionAssessment] = [], demo: Bool = false,
                carriedFrom: String? = nil, template: TemplateLink? = nil, conflicts: [FieldConflict] = [],
                roleChanges: [RoleChange] = []) {
        self.id = id
        self.header = header
        self.phase = phase
        self.about = about
        self.checklist = checklist
        self.goalAreas = goalAreas
        self.conditions = conditions
        self.personalGoals = personalGoals
        self.signOffs = signOffs
        self.phaseChanges = phaseChanges
        self.amendments = amendments
        self.reviews = reviews
        self.improvementPlans = improvementPlans
        self.schedule = schedule
        self.leaderAssessment = leaderAssessment
        self.demo = demo
        self.carriedFrom = carriedFrom
        self.template = template
        self.conflicts = conflicts
        self.roleChanges = roleChanges
    }

    /// Section 4 and the leader assessment live in the private file, so they are not part of
    /// the agreement's own coding.
    enum CodingKeys: String, CodingKey {
        case id, header, phase, about, checklist, goalAreas, conditions
        case signOffs, phaseChanges, amendments, reviews, improvementPlans
        case schedule, demo, carriedFrom, template, conflicts, roleChanges
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        header = try c.decode(AgreementHeader.self, forKey: .header)
        phase = try c.decode(Phase.self, forKey: .phase)
        about = try c.decode(AboutSection.self, forKey: .about)
        checklist = try c.decode([ChecklistItem].self, forKey: .checklist)
        goalAreas = try c.decode([GoalArea].self, forKey: .goalAreas)
        conditions = try c.decode(UnitConditions.self, forKey: .conditions)
        signOffs = try c.decode([SignOff].self, forKey: .signOffs)
        phaseChanges = try c.decode([PhaseChange].self, forKey: .phaseChanges)
        amendments = try c.decode([Amendment].self, forKey: .amendments)
        reviews = try c.decode([Review].self, forKey: .reviews)
        improvementPlans = try c.decode([ImprovementPlan].self, forKey: .improvementPlans)
        schedule = try c.decode(AgreementSchedule.self, forKey: .schedule)
        demo = try c.decode(Bool.self, forKey: .demo)
        carriedFrom = try c.decodeIfPresent(String.self, forKey: .carriedFrom)
        template = try c.decodeIfPresent(TemplateLink.self, forKey: .template)
        conflicts = try c.decode([FieldConflict].self, forKey: .conflicts)
        roleChanges = try c.decode([RoleChange].self, forKey: .roleChanges)
        personalGoals = []
        leaderAssessment = []
    }

    /// The goal areas of one section, in order.
    public func goalAreas(in section: GoalSection) -> [GoalArea] {
        goalAreas.filter { $0.section == section }
    }

    /// Every row of every goal area.
    public var allRows: [GoalRow] { goalAreas.flatMap(\.rows) }
}
