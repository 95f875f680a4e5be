/// Dates and times as bokmål and nynorsk write them (the two agree): `14.03.2011 10:42`, and
/// the month names a user may type (`14. mars`).
enum NorwegianTime {
    /// 2011-03-14T10:42:05+01:00 → 14.03.2011 10:42; anything else as it is.
    static func timestamp(_ iso: String) -> String {
        let parts = iso.split(separator: "T")
        guard parts.count == 2 else { return iso }
        let d = parts[0].split(separator: "-")
        guard d.count == 3 else { return iso }
        return "\(d[2]).\(d[1]).\(d[0]) \(parts[1].prefix(5))"
    }

    /// January first; the full name and the usual short forms.
    static let monthNames: [[String]] = [
        ["jan", "januar"], ["feb", "februar"], ["mar", "mars"], ["apr", "april"], ["mai"], ["jun", "juni"],
        ["jul", "juli"], ["aug", "august"], ["sep", "sept", "september"], ["okt", "oktober"], ["nov", "november"],
        ["des", "desember"],
    ]
}
