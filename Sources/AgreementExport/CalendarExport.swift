import AgreementKit
import Catalogue
import Foundation

/// The wheel as an iCalendar file (RFC 5545) that Outlook, Google and Apple calendars import:
/// one all-day VEVENT per entry with a UID that stays the same across exports, DTSTART as a
/// DATE, SUMMARY, DESCRIPTION and CATEGORIES, and a VALARM the day before each open deadline.
/// Lines end in CRLF and are folded at 75 octets without splitting a character.
public enum CalendarExport {
    public static func data(_ listing: WheelListing, name: String, words: any Wording) -> Data {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//lederavtale//lederavtale//NB", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "X-WR-CALNAME:" + text(words.wheel(.calendarName(name))),
        ]
        // A fixed stamp (the time reference, midnight UTC) keeps the file the same for the same data.
        let stamp = compact(listing.reference) + "T000000Z"
        for line in listing.lines {
            let entry = line.entry
            let title = words.deadlineTitle(entry.source, inSentence: false)
            var description = [words.wheel(.calendarAgreement(line.agreementName)), WheelListing.source(entry, words: words)]
            let who = WheelListing.who(entry, words: words)
            if !who.isEmpty { description.append(words.wheel(.whoLine(who))) }
            // Only a lasting state: "due soon" or "overdue" would be stale in a calendar.
            if entry.status != .open { description.append(words.wheel(.tableStatus) + ": " + listing.status(of: entry, words: words)) }
            lines += [
                "BEGIN:VEVENT",
                "UID:" + text(line.uid),
                "DTSTAMP:" + stamp,
                "DTSTART;VALUE=DATE:" + compact(entry.date),
                "DTEND;VALUE=DATE:" + compact(entry.date.adding(days: 1) ?? entry.date),
                "SUMMARY:" + text(title),
                "DESCRIPTION:" + text(description.joined(separator: "\n")),
                "CATEGORIES:" + text(words.deadlineKind(entry)),
                "TRANSP:TRANSPARENT",
            ]
            if entry.status == .open, entry.kind == .deadline {
                // 09:00 the day before (the trigger counts from the start of the day).
                lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-PT15H", "DESCRIPTION:" + text(words.wheel(.alarm(title))), "END:VALARM"]
            }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return Data((lines.map(fold).joined(separator: "\r\n") + "\r\n").utf8)
    }

    /// A date as iCalendar writes it: `20110927`.
    static func compact(_ date: LocalDate) -> String { date.iso.replacingOccurrences(of: "-", with: "") }

    /// A TEXT value escaped (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks;
    /// other control characters are dropped.
    static func text(_ value: String) -> String {
        var out = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            case "\r": continue
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A content line folded to lines of at most 75 octets (RFC 5545 3.1), each continuation
    /// starting with a space, never inside a character.
    static func fold(_ line: String) -> String {
        var pieces: [String] = []
        var current = ""
        var octets = 0
        for character in line {
            let size = String(character).utf8.count
            let limit = pieces.isEmpty ? 75 : 74
            if octets + size > limit {
                pieces.append(current)
                current = ""
                octets = 0
            }
            current.append(character)
            octets += size
        }
        pieces.append(current)
        return pieces.joined(separator: "\r\n ")
    }
}
