/// An entry in a row's log of measures carried out ("LOGG – gjennomførte tiltak").
public struct LogEntry: Identifiable, Equatable, Sendable, Codable {
    public var id: ItemID
    public var date: LocalDate
    public var text: String
    /// The measure this entry reports on, if any.
    public var measureID: ItemID?

    public init(id: ItemID, date: LocalDate, text: String, measureID: ItemID? = nil) {
        self.id = id
        self.date = date
        self.text = text
        self.measureID = measureID
    }
}
