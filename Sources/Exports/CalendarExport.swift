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

    /// What a talk's entries say beyond its own answers, from what the same people agreed up to it: how
    /// long a talk lasts (the length agreed, an option that `lasts`; an hour when none was), how often the
    /// next one repeats (the cadence agreed, an option that `repeats`), and the next talk's entry: one
    /// entry from talk to talk (`uid`, named after their first talk: random, saying nothing about them),
    /// `sequence` counting each time what it says (when, how long, how often) changed, so a calendar moves
    /// it instead of adding another.
    public struct Plan: Sendable, Equatable {
        public var minutes: Int
        public var repeats: Repeat?
        public var uid: String
        public var sequence: Int

        public init(minutes: Int, repeats: Repeat?, uid: String, sequence: Int) {
            self.minutes = minutes
            self.repeats = repeats
            self.uid = uid
            self.sequence = sequence
        }

        /// From the same people's talks (give them oldest first), up to and including the one exported.
        public init(_ talks: [(record: Record, script: Script?)]) {
            var agreed: [StandingKind: StandingAgreement] = [:]
            var said: Said?
            sequence = 0
            for (record, script) in talks {
                StandingAgreements.fold(record, script: script, into: &agreed)
                guard case .date(let when)? = agreed[.nextDate]?.value else { continue }
                let now = Said(
                    when: when, minutes: agreed[.length]?.option?.minutes, repeats: agreed[.cadence]?.option?.repeats)
                if let said, said != now { sequence += 1 }
                said = now
            }
            minutes = agreed[.length]?.option?.minutes ?? 60
            repeats = agreed[.cadence]?.option?.repeats
            uid = "next-\(ExportText.clean(talks.first?.record.id ?? ""))@candor.invalid"
        }

        /// What the next talk's entry says.
        struct Said: Equatable {
            var when: LocalDateTime
            var minutes: Int?
            var repeats: Repeat?
        }
    }

    /// `remind`: an alarm that long before each entry. `plan`: what the same people agreed up to this talk
    /// (without it, what this talk alone says).
    public static func render(
        _ record: Record, script: Script, product: String, remind: Reminder? = nil, plan: Plan? = nil
    ) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Candor//\(product)//EN", "CALSCALE:GREGORIAN"]
        let stamp = utc(record.updated)
        let plan = plan ?? Plan([(record, script)])
        for (id, when) in events(record, script: script) {
            let isNext = script.question(id)?.standing == .nextDate
            lines += [
                "BEGIN:VEVENT", "UID:\(isNext ? plan.uid : "\(ExportText.clean(record.id))-\(id)@candor.invalid")",
                "DTSTAMP:\(stamp)", "SEQUENCE:\(isNext ? plan.sequence : 0)",
            ]
            if let t = when.time {
                // Floating (wall-clock) time: the talk is at 19:00 wherever the two of you are.
                lines.append("DTSTART:\(compact(when.date))T\(pad(t.hour))\(pad(t.minute))00")
                lines.append("DURATION:\(duration(plan.minutes))")
            } else {
                lines.append("DTSTART;VALUE=DATE:\(compact(when.date))")
            }
            if isNext, let repeats = plan.repeats { lines.append("RRULE:FREQ=\(repeats.rawValue.uppercased())") }
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
