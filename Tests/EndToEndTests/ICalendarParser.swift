import Foundation

/// A real iCalendar parser from outside: Python's `icalendar` (PyPI; `.ci/run` installs it),
/// the `python3` on PATH. It reads a file strictly and reports its events.
enum ICalendarParser {
    /// True when the python3 on PATH can import icalendar.
    static let available: Bool = (try? CommandRunner.system(["/usr/bin/env", "python3", "-c", "import icalendar"])) == 0

    /// One event as the parser read it.
    struct Event: Decodable, Equatable {
        var uid: String
        /// `2011-09-27`; `isDate` is false for a date-time.
        var start: String
        var isDate: Bool
        var summary: String
        var description: String
        var categories: [String]
        /// The alarms' triggers in seconds from the start.
        var alarms: [Int]
    }

    /// The events of `file`, or the parser's error text.
    static func events(in file: String) throws -> [Event] {
        let script = """
        import sys, json, datetime, icalendar
        cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
        assert cal.name == 'VCALENDAR' and str(cal['VERSION']) == '2.0' and 'PRODID' in cal
        out = []
        for e in cal.walk('VEVENT'):
            start = e['DTSTART'].dt
            cats = e.get('CATEGORIES')
            out.append({'uid': str(e['UID']), 'start': start.isoformat(), 'isDate': not isinstance(start, datetime.datetime),
                        'summary': str(e['SUMMARY']), 'description': str(e.get('DESCRIPTION', '')),
                        'categories': [str(c) for c in (cats.cats if cats else [])],
                        'alarms': [int(a['TRIGGER'].dt.total_seconds()) for a in e.walk('VALARM')]})
        print(json.dumps(out))
        """
        let result = try CommandRunner.run(["python3", "-c", script, file], executable: "/usr/bin/env")
        guard result.status == 0 else { throw TmuxSession.Failure(description: "icalendar refused \(file): \(result.stderr)") }
        return try JSONDecoder().decode([Event].self, from: Data(result.stdout.utf8))
    }
}
