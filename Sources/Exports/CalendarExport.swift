import TalkEngine
import TalkScript

/// The agreed times of a talk as an iCalendar file, to import into a calendar. Calendars sync and are
/// often shared, so an entry says only "Time for our talk": no talk title, no answers, no place.
public enum CalendarExport {
    public static let summary = "Time for our talk"

    /// Every date answer a calendar may hold: agreed ones (and, practising alone, one's own).
    public static func events(_ record: Record, script: Script) -> [(id: String, when: LocalDateTime)] {
        script.questions.compactMap { q in
            guard q.kind == .date else { return nil }
            if record.mode == .together && q.who != .both { return nil }
            for p in record.people {
                if case .date(let d)? = record.answer(q.id, by: p.id)?.value { return (q.id, d) }
            }
            return nil
        }
    }

    /// `remind`: an alarm that long before each entry.
    public static func render(_ record: Record, script: Script, product: String, remind: Reminder? = nil) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Candor//\(product)//EN", "CALSCALE:GREGORIAN"]
        let stamp = utc(record.updated)
        for (id, when) in events(record, script: script) {
            lines += ["BEGIN:VEVENT", "UID:\(ExportText.clean(record.id))-\(id)@candor.invalid", "DTSTAMP:\(stamp)"]
            if let t = when.time {
                // Floating (wall-clock) time: the talk is at 19:00 wherever the two of you are.
                lines.append("DTSTART:\(compact(when.date))T\(pad(t.hour))\(pad(t.minute))00")
                lines.append("DURATION:PT1H")
            } else {
                lines.append("DTSTART;VALUE=DATE:\(compact(when.date))")
            }
            // A day with no time set keeps the calendar free; a time set for the talk does not.
            lines += ["SUMMARY:\(summary)", "TRANSP:\(when.time == nil ? "TRANSPARENT" : "OPAQUE")"]
            if let remind {
                lines += [
                    "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:\(summary)", "TRIGGER:\(remind.trigger)",
                    "END:VALARM",
                ]
            }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    static func compact(_ d: CivilDate) -> String { "\(d.year)\(pad(d.month))\(pad(d.day))" }

    static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    static func utc(_ m: Moment) -> String {
        let l = Moment(epochSeconds: m.epochSeconds, utcOffset: 0).local
        return "\(compact(l.date))T\(pad(l.time?.hour ?? 0))\(pad(l.time?.minute ?? 0))\(pad(l.second))Z"
    }

    /// RFC 5545 folds lines longer than 75 octets.
    static func fold(_ line: String) -> String {
        var out = ""
        var count = 0
        for ch in line {
            let n = String(ch).utf8.count
            if count + n > 75 {
                out += "\r\n "
                count = 1
            }
            out.append(ch)
            count += n
        }
        return out
    }
}
