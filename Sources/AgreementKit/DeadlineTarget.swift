/// What a dated entry of the year concerns, for `Enter` in the wheel view to go to.
public enum DeadlineTarget: Hashable, Sendable {
    /// A phase of the agreement (the phase dialog).
    case phase(Phase)
    /// A meeting of the year (meeting mode, or its date).
    case meeting(Review.Kind)
    /// An indicator, by the name a wheel event gives it; a goal row carrying it shows it.
    case indicator(String)
    /// A goal row of the agreement.
    case goalRow(ItemID)
    /// The leader conversation held on a date.
    case conversation(LocalDate)
}
