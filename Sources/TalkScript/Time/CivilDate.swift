/// A calendar date with no time zone. Conversions use Howard Hinnant's days-from-civil algorithms,
/// which are exact for the proleptic Gregorian calendar.
public struct CivilDate: Sendable, Hashable, Comparable, Codable {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    public init(daysSinceEpoch z0: Int64) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        year = Int(yoe + era * 400 + (m <= 2 ? 1 : 0))
        month = Int(m)
        day = Int(d)
    }

    public var daysSinceEpoch: Int64 {
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let m = Int64(month)
        let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + Int64(day) - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// 0 = Sunday ... 6 = Saturday.
    public var weekday: Int { Int((daysSinceEpoch + 4).floorMod(7)) }

    public func adding(days: Int) -> CivilDate { CivilDate(daysSinceEpoch: daysSinceEpoch + Int64(days)) }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public var isValid: Bool {
        (1...12).contains(month) && day >= 1 && day <= CivilDate.daysIn(month: month, year: year)
    }

    public static func < (a: CivilDate, b: CivilDate) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    public var iso: String { "\(year)-\(pad2(month))-\(pad2(day))" }

    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        self.init(year: y, month: m, day: d)
        guard isValid else { return nil }
    }

    static let weekdayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ]

    /// "Saturday 28 November", with the year only when it is not `currentYear`.
    public func spoken(currentYear: Int? = nil) -> String {
        let base = "\(CivilDate.weekdayNames[weekday]) \(day) \(CivilDate.monthNames[month - 1])"
        return currentYear == nil || currentYear == year ? base : "\(base) \(year)"
    }
}

public struct LocalTime: Sendable, Hashable, Comparable, Codable {
    public var hour: Int
    public var minute: Int

    public init(hour: Int, minute: Int) {
        self.hour = hour
        self.minute = minute
    }

    public var iso: String { "\(pad2(hour)):\(pad2(minute))" }
    public static func < (a: LocalTime, b: LocalTime) -> Bool { (a.hour, a.minute) < (b.hour, b.minute) }
}

/// A wall-clock date, with a time when one was given.
public struct LocalDateTime: Sendable, Hashable {
    public var date: CivilDate
    public var time: LocalTime?
    public var second: Int

    public init(date: CivilDate, time: LocalTime?, second: Int = 0) {
        self.date = date
        self.time = time
        self.second = second
    }

    /// `2026-11-28T19:00`, or `2026-11-28` with no time.
    public var iso: String { time.map { "\(date.iso)T\($0.iso)" } ?? date.iso }

    /// `2026-11-28T19:00:05`, midnight when there is no time: how `Moment` writes itself.
    public var isoWithSeconds: String { "\(date.iso)T\((time ?? LocalTime(hour: 0, minute: 0)).iso):\(pad2(second))" }

    public init?(iso: String) {
        let parts = iso.split(separator: "T", maxSplits: 1)
        guard let first = parts.first, let d = CivilDate(iso: String(first)) else { return nil }
        if parts.count == 2 {
            let hm = parts[1].split(separator: ":")
            guard hm.count == 2, let h = Int(hm[0]), let m = Int(hm[1]), (0..<24).contains(h), (0..<60).contains(m)
            else {
                return nil
            }
            self.init(date: d, time: LocalTime(hour: h, minute: m))
        } else {
            self.init(date: d, time: nil)
        }
    }

    /// "Saturday 28 November at 19:00".
    public func spoken(currentYear: Int? = nil) -> String {
        let d = date.spoken(currentYear: currentYear)
        return time.map { "\(d) at \($0.iso)" } ?? d
    }
}

/// Two digits at least: 7 is "07".
func pad2(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }

extension Int64 {
    func floorMod(_ d: Int64) -> Int64 { ((self % d) + d) % d }
}
