/// How long before a calendar entry its alarm goes off (`export --format ics --remind 1h`).
public struct Reminder: Sendable, Equatable {
    public let minutes: Int

    public init?(minutes: Int) {
        guard minutes > 0, minutes <= 60 * 24 * 28 else { return nil }
        self.minutes = minutes
    }

    /// `30m`, `1h`, `2d`: a whole number and a unit (minutes, hours, days), up to four weeks.
    public init?(parsing text: String) {
        let t = text.lowercased()
        guard let unit = t.last, let n = Int(t.dropLast()) else { return nil }
        switch unit {
        case "m": self.init(minutes: n)
        case "h": self.init(minutes: n * 60)
        case "d": self.init(minutes: n * 60 * 24)
        default: return nil
        }
    }

    /// RFC 5545's duration before the start: `-PT30M`, `-PT1H`, `-P2D`.
    var trigger: String {
        if minutes % (60 * 24) == 0 { return "-P\(minutes / (60 * 24))D" }
        if minutes % 60 == 0 { return "-PT\(minutes / 60)H" }
        return "-PT\(minutes)M"
    }
}
