/// A wheel event on its date in one particular year.
public struct WheelOccurrence: Equatable, Sendable {
    public var event: WheelEvent
    public var date: LocalDate

    public init(event: WheelEvent, date: LocalDate) {
        self.event = event
        self.date = date
    }
}
