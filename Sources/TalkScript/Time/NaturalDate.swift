/// Reads a date and time as people type them: "saturday 7pm", "tomorrow 19:30", "next fri at 8",
/// "28 nov 18:00", "dec 3", "2026-12-01 18:00", "2026-12-01T18:00+01:00", "tonight". Pure: "now" is passed in.
public enum NaturalDate {
    public enum Failure: Error, Equatable, Sendable {
        case notUnderstood
        case inThePast
    }

    public static func parse(_ text: String, now: LocalDateTime) -> Result<LocalDateTime, Failure> {
        var words = tokenize(text)
        guard !words.isEmpty else { return .failure(.notUnderstood) }
        var date: CivilDate?
        var time: LocalTime?
        var nextWeek = false
        var i = 0
        while i < words.count {
            let w = words[i]
            if w == "at" || w == "on" || w == "the" || w == "this" {
                i += 1
                continue
            }
            if w == "next" {
                nextWeek = true
                i += 1
                continue
            }
            if w == "today" {
                date = now.date
                i += 1
                continue
            }
            if w == "tonight" {
                date = now.date
                if time == nil { time = LocalTime(hour: 20, minute: 0) }
                i += 1
                continue
            }
            if w == "tomorrow" || w == "tmrw" {
                date = now.date.adding(days: 1)
                i += 1
                continue
            }
            if w == "noon" || w == "midday" {
                time = LocalTime(hour: 12, minute: 0)
                i += 1
                continue
            }
            if w == "midnight" {
                time = LocalTime(hour: 0, minute: 0)
                i += 1
                continue
            }
            if w == "morning" {
                time = time ?? LocalTime(hour: 9, minute: 0)
                i += 1
                continue
            }
            if w == "afternoon" {
                time = time ?? LocalTime(hour: 15, minute: 0)
                i += 1
                continue
            }
            if w == "evening" {
                time = time ?? LocalTime(hour: 19, minute: 0)
                i += 1
                continue
            }
            if let wd = weekday(w) {
                var ahead = (wd - now.date.weekday + 7) % 7
                if nextWeek && ahead == 0 { ahead = 7 }
                date = now.date.adding(days: ahead)
                i += 1
                continue
            }
            if let iso = CivilDate(iso: w) {
                date = iso
                i += 1
                continue
            }
            if let stamp = isoStamp(w) {
                date = stamp.date
                time = stamp.time
                i += 1
                continue
            }
            if let month = month(w) {
                // "dec 3", "december 3rd"
                if i + 1 < words.count, let d = dayNumber(words[i + 1]) {
                    date = resolve(month: month, day: d, now: now.date)
                    i += 2
                    continue
                }
                return .failure(.notUnderstood)
            }
            if let d = dayNumber(w), i + 1 < words.count, let month = month(words[i + 1]) {
                // "3 dec", "3rd of december" ("of" is dropped by tokenize)
                date = resolve(month: month, day: d, now: now.date)
                i += 2
                continue
            }
            if let t = clockTime(w, next: i + 1 < words.count ? words[i + 1] : nil) {
                time = t.time
                i += t.consumed
                continue
            }
            return .failure(.notUnderstood)
        }
        words.removeAll()
        guard date != nil || time != nil else { return .failure(.notUnderstood) }
        var day = date ?? now.date
        if date == nil, let t = time, t <= (now.time ?? LocalTime(hour: 0, minute: 0)) {
            day = day.adding(days: 1)  // "7pm" said after 7pm means tomorrow
        }
        if let d = date, d == now.date, nextWeek == false, let t = time, let n = now.time, t <= n, isWeekdayOnly(text) {
            day = d.adding(days: 7)  // "saturday 7pm" said on Saturday at 8pm means next week
        }
        guard day.isValid else { return .failure(.notUnderstood) }
        let result = LocalDateTime(date: day, time: time)
        if day < now.date || (day == now.date && time != nil && time! <= (now.time ?? LocalTime(hour: 0, minute: 0))) {
            return .failure(.inThePast)
        }
        return .success(result)
    }

    /// ISO 8601 with a `T`, as Candor writes times: `2026-12-10t18:00` (lower case here), with seconds and
    /// an offset (`z`, `+01:00`, `-0500`) or without. The time is kept as written, seconds dropped: an
    /// answer is a wall-clock time, and the offset only says where that clock was.
    static func isoStamp(_ w: String) -> LocalDateTime? {
        let halves = w.split(separator: "t", maxSplits: 1, omittingEmptySubsequences: false)
        guard halves.count == 2, let date = CivilDate(iso: String(halves[0])) else { return nil }
        var clock = halves[1]
        if clock.hasSuffix("z") {
            clock = clock.dropLast()
        } else if let sign = clock.lastIndex(where: { $0 == "+" || $0 == "-" }) {
            let offset = clock[clock.index(after: sign)...].split(separator: ":", omittingEmptySubsequences: false)
            let digits =
                offset.count == 1 && offset[0].count == 4
                ? [offset[0].prefix(2), offset[0].suffix(2)] : offset
            guard (1...2).contains(digits.count), digits.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) }),
                let h = Int(digits[0]), h <= 14, digits.count == 1 || Int(digits[1]).map({ $0 < 60 }) == true
            else { return nil }
            clock = clock[..<sign]
        }
        let parts = clock.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) }),
            let h = Int(parts[0]), let m = Int(parts[1]), h < 24, m < 60,
            parts.count == 2 || Int(parts[2]).map({ $0 < 60 }) == true
        else { return nil }
        return LocalDateTime(date: date, time: LocalTime(hour: h, minute: m))
    }

    private static func isWeekdayOnly(_ text: String) -> Bool {
        tokenize(text).contains { weekday($0) != nil }
    }

    /// The next occurrence of month/day, this year or next.
    private static func resolve(month: Int, day: Int, now: CivilDate) -> CivilDate {
        let candidate = CivilDate(year: now.year, month: month, day: day)
        return candidate < now ? CivilDate(year: now.year + 1, month: month, day: day) : candidate
    }

    /// Lower-cased words; "7 pm" stays two words, "at 7:30pm," loses its comma; "of" and "," dropped.
    static func tokenize(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        for ch in text.lowercased() {
            if ch == " " || ch == "," || ch == "\t" {
                if !current.isEmpty {
                    out.append(current)
                    current = ""
                }
            } else {
                current.append(ch)
            }
        }
        if !current.isEmpty { out.append(current) }
        return out.filter { $0 != "of" }
    }

    /// Any prefix of three letters or more of a weekday's name ("sat", "thurs", "wednesday").
    private static func weekday(_ w: String) -> Int? {
        guard w.count >= 3 else { return nil }
        let names = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]
        return names.firstIndex { $0.hasPrefix(w) } ?? (w == "weds" ? 3 : nil)
    }

    private static func month(_ w: String) -> Int? {
        let names = [
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december",
        ]
        guard w.count >= 3 else { return nil }
        for (n, name) in names.enumerated() where name.hasPrefix(w) || (w == "sept" && n == 8) {
            return n + 1
        }
        return nil
    }

    private static func dayNumber(_ w: String) -> Int? {
        var digits = Substring(w)
        for suffix in ["st", "nd", "rd", "th"] where digits.hasSuffix(suffix) {
            digits = digits.dropLast(2)
        }
        guard let n = Int(digits), (1...31).contains(n) else { return nil }
        return n
    }

    /// "7pm", "7", "7:30", "19:30", "7.30pm", "19h30", "7 pm"; consumed counts "pm" as its own word.
    private static func clockTime(_ w: String, next: String?) -> (time: LocalTime, consumed: Int)? {
        var body = Substring(w)
        var meridiem: String?
        var consumed = 1
        if body.hasSuffix("am") || body.hasSuffix("pm") {
            meridiem = String(body.suffix(2))
            body = body.dropLast(2)
        } else if let n = next, n == "am" || n == "pm" || n == "a.m." || n == "p.m." {
            meridiem = n.hasPrefix("a") ? "am" : "pm"
            consumed = 2
        }
        let pieces = body.split(whereSeparator: { $0 == ":" || $0 == "." || $0 == "h" })
        guard (1...2).contains(pieces.count), let h = Int(pieces[0]) else { return nil }
        let m = pieces.count == 2 ? Int(pieces[1]) : 0
        guard let minute = m, (0..<60).contains(minute), pieces[0].count <= 2 else { return nil }
        var hour = h
        if let mer = meridiem {
            guard (1...12).contains(hour) else { return nil }
            if mer == "pm" && hour < 12 { hour += 12 }
            if mer == "am" && hour == 12 { hour = 0 }
        } else if pieces.count == 1 && body.count <= 2 && hour >= 1 && hour <= 7 {
            hour += 12  // a bare "7" for a talk most likely means the evening
        }
        guard (0..<24).contains(hour) else { return nil }
        return (LocalTime(hour: hour, minute: minute), consumed)
    }
}
