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

    /// The next talk's entry is the same calendar entry from talk to talk (`uid`), its time changed with
    /// `sequence` counting up, so a calendar moves it instead of adding another.
    public struct NextTalk: Sendable {
        public var uid: String
        public var sequence: Int

        public init(uid: String, sequence: Int) {
            self.uid = uid
            self.sequence = sequence
        }
    }

    /// `remind`: an alarm that long before each entry. The length agreed (`standing length`, an option
    /// that `lasts`) is each entry's DURATION (an hour when none was); the cadence agreed (`repeats`)
    /// repeats the next talk's entry (RRULE).
    public static func render(
        _ record: Record, script: Script, product: String, remind: Reminder? = nil, nextTalk: NextTalk? = nil
    ) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Candor//\(product)//EN", "CALSCALE:GREGORIAN"]
        let stamp = utc(record.updated)
        let agreed = StandingAgreements.current([(record, script)])
        let minutes = agreed.first { $0.kind == .length }?.option?.minutes ?? 60
        let repeats = agreed.first { $0.kind == .cadence }?.option?.repeats
        for (id, when) in events(record, script: script) {
            let isNext = script.question(id)?.standing == .nextDate
            let uid = isNext ? nextTalk?.uid : nil
            lines += [
                "BEGIN:VEVENT", "UID:\(uid ?? "\(ExportText.clean(record.id))-\(id)@candor.invalid")",
                "DTSTAMP:\(stamp)", "SEQUENCE:\(isNext ? nextTalk?.sequence ?? 0 : 0)",
            ]
            if let t = when.time {
                // Floating (wall-clock) time: the talk is at 19:00 wherever the two of you are.
                lines.append("DTSTART:\(compact(when.date))T\(pad(t.hour))\(pad(t.minute))00")
                lines.append("DURATION:\(duration(minutes))")
            } else {
                lines.append("DTSTART;VALUE=DATE:\(compact(when.date))")
            }
            if isNext, let repeats { lines.append("RRULE:FREQ=\(repeats.rawValue.uppercased())") }
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

    /// PT30M, PT1H, PT1H30M.
    static func duration(_ minutes: Int) -> String {
        let (h, m) = (minutes / 60, minutes % 60)
        return "PT" + (h > 0 ? "\(h)H" : "") + (m > 0 || h == 0 ? "\(m)M" : "")
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
