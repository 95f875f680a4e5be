/// One dated thing in an agreement's year: its own phase deadline or meeting, a wheel event, or
/// a follow-up agreed in a leader conversation; open, done, or for information only.
public struct DeadlineEntry: Identifiable, Equatable, Sendable {
    /// Where the entry comes from; the catalogue words its title from this.
    public enum Source: Equatable, Sendable {
        /// The date the agreement should leave a phase by (the agreement's own).
        case phase(Phase)
        /// The date of a meeting of the year (the agreement's own).
        case meeting(Review.Kind)
        /// An event of an annual wheel.
        case wheel(wheelID: String, wheelTitle: String, event: WheelEvent)
        /// A follow-up agreed in the leader conversation of `agreedOn`.
        case followUp(FollowUpItem, agreedOn: LocalDate)
    }

    /// Whether the entry is still to be done.
    public enum Status: Equatable, Sendable {
        case open
        case done
        /// Not the unit's to do (a committee deals with a matter): shown, never due or overdue.
        case information
    }

    /// Stable across runs and exports (the calendar UID is made from it): `phase-agreement`,
    /// `meeting-midYear`, `wheel-<wheel>-<event>`, `followup-<id>`.
    public var id: String
    public var date: LocalDate
    public var source: Source
    public var status: Status
    public var kind: WheelEventKind
    public var target: DeadlineTarget?
    /// A step of the year on its standard date: neither the agreement nor a wheel set one.
    public var standard: Bool

    public init(id: String, date: LocalDate, source: Source, status: Status, kind: WheelEventKind, target: DeadlineTarget?,
                standard: Bool = false) {
        self.id = id
        self.date = date
        self.source = source
        self.status = status
        self.kind = kind
        self.target = target
        self.standard = standard
    }

    /// Open and dated before `reference`.
    public func isOverdue(on reference: LocalDate) -> Bool { status == .open && date < reference }

    /// Open and dated from `reference` through `days` days later.
    public func isDue(within days: Int, of reference: LocalDate) -> Bool {
        guard status == .open, date >= reference, let end = reference.adding(days: days) else { return false }
        return date <= end
    }

    /// True for what the agreement's progress is measured against: its phase deadlines and
    /// meetings, whether set on the agreement or given by a wheel event tied to a milestone.
    public var concernsProgress: Bool {
        switch target {
        case .phase?, .meeting?: true
        default: false
        }
    }

    /// The key a wheel event is marked done by in `AgreementSchedule.doneEvents`.
    public static func wheelKey(wheelID: String, eventID: ItemID) -> String { "\(wheelID)/\(eventID.rawValue)" }

    /// The key of this entry when it is a wheel event, else nil.
    public var wheelKey: String? {
        guard case .wheel(let wheelID, _, let event) = source else { return nil }
        return Self.wheelKey(wheelID: wheelID, eventID: event.id)
    }
}
