import AgreementKit
import Foundation

/// The store's action plans: `plans/<id>.json`, each read as strictly as an agreement and
/// checked by `ActionPlanValidator`; a plan with a fault is reported, with file, line and column, and left out.
extension AgreementStore {
    /// The folder of the action plans.
    public static let plansFolder = "plans"

    public var plansPath: String { "\(root)/\(Self.plansFolder)" }

    /// The path of a plan's file.
    public func planPath(_ id: String) -> String { "\(plansPath)/\(id).json" }

    /// Every usable plan, sorted by id, and the problems of the others. A store without a
    /// `plans/` folder has no plans; that is not a problem.
    public func plans() -> PlanList {
        guard fileSystem.exists(plansPath) else { return PlanList() }
        let names: [String]
        do { names = try fileSystem.list(plansPath) } catch {
            return PlanList(problems: [StoreError(file: plansPath, problem: .unreadable(error))])
        }
        var list = PlanList()
        for name in names.sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
            let file = "\(plansPath)/\(name)"
            do {
                let data = try readPlanFile(file)
                let issues = try decodePlan(data, file: file, expectedID: String(name.dropLast(5)))
                if let plan = issues.plan, issues.problems.isEmpty { list.plans.append(plan) } else { list.problems += issues.problems }
            } catch {
                list.problems.append(error)
            }
        }
        return list
    }

    /// Writes the built-in action plans into `plans/`, leaving a plan already there alone.
    /// Returns the ids written.
    @discardableResult
    public func installSamplePlans() throws(StoreError) -> [String] {
        do { try fileSystem.createDirectory(plansPath) } catch {
            throw StoreError(file: error.path, problem: .cannotCreateStore(error))
        }
        var written: [String] = []
        for (id, bytes) in SampleCatalog.planFiles where !fileSystem.exists(planPath(id)) {
            do { try fileSystem.write(Data(bytes), to: planPath(id), options: .internalFile(permissions: 0o644)) } catch {
                throw StoreError(file: error.path, problem: .saveFailed(error))
            }
            written.append(id)
        }
        return written
    }

    private func readPlanFile(_ file: String) throws(StoreError) -> Data {
        do { return try fileSystem.read(file) } catch {
            throw StoreError(file: file, problem: .unreadable(error))
        }
    }

    /// The plan in a file and every fault found in it, each with its line and column.
    func decodePlan(_ data: Data, file: String, expectedID: String) throws(StoreError) -> (plan: ActionPlan?, problems: [StoreError]) {
        let plan = try FileDecoder(migration: PlanFile.migration).decode(PlanFile.self, kind: .plan, from: data, file: file, version: \.version).plan
        var problems: [StoreError] = []
        let root = JSONLocator.parse(data).root
        func at(_ path: [PathComponent], _ problem: StoreError.Problem) -> StoreError {
            guard let root else { return StoreError(file: file, problem: problem) }
            let p = JSONLocator.position(of: ["plan"] + path, in: root)
            return StoreError(file: file, line: p.line, column: p.column, problem: problem)
        }
        if plan.id != expectedID {
            problems.append(at(["id"], .planIDMismatch(found: plan.id, expected: expectedID)))
        }
        for issue in ActionPlanValidator.validate(plan) {
            problems.append(at(issue.path, .planInvalid(path: AgreementValidator.render(["plan"] + issue.path), issue.kind)))
        }
        return (plan, problems)
    }

    /// `check`'s view of the plans: every plan file's faults as errors, and every link of an
    /// agreement to a plan or code the store does not have as a warning, at the link.
    func checkPlans(into report: inout CheckReport) -> [ActionPlan] {
        let list = plans()
        report.errors += list.problems
        return list.plans
    }
}

extension AgreementStore {
    /// Links to a plan the store does not have, or to a code the plan does not have, with the
    /// path of each link in the agreement file.
    static func planLinkProblems(_ agreement: Agreement, plans: [ActionPlan]) -> [([PathComponent], StoreError.Problem)] {
        var problems: [([PathComponent], StoreError.Problem)] = []
        for (a, area) in agreement.goalAreas.enumerated() {
            for (r, row) in area.rows.enumerated() {
                for (l, link) in row.planLinks.enumerated() {
                    let path: [PathComponent] = ["goalAreas", .index(a), "rows", .index(r), "planLinks", .index(l)]
                    guard let plan = plans.first(where: { $0.id == link.plan }) else {
                        problems.append((path, .planLinkUnknownPlan(link.plan)))
                        continue
                    }
                    if plan.entry(code: link.code) == nil {
                        problems.append((path + ["code"], .planLinkUnknownCode(plan: plan.id, code: link.code, nearest: plan.nearestCodes(to: link.code))))
                    }
                }
            }
        }
        return problems
    }
}
