import Glibc
import TalkEngine

/// The only place Candor reads the clock; the engine is handed what this returns. For testing only,
/// `CANDOR_NOW` (an ISO 8601 time with its offset, `2027-01-03T10:00:00+01:00`) stands in for the clock,
/// so a test can be run as of any day.
enum Clock {
    static let variable = "CANDOR_NOW"

    static func now() -> Moment {
        if let fixed = fixed() { return fixed }
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        var seconds = ts.tv_sec
        var parts = tm()
        localtime_r(&seconds, &parts)
        return Moment(epochSeconds: Int64(ts.tv_sec), utcOffset: Int(parts.tm_gmtoff))
    }

    /// The time `CANDOR_NOW` sets, if it is set and valid (`check` refuses it otherwise, at start).
    private static func fixed() -> Moment? {
        guard let raw = getenv(variable) else { return nil }
        return Moment(iso8601: String(cString: raw))
    }

    /// A `CANDOR_NOW` that is set but is not a time: a usage error, said before anything is done.
    static func check() throws {
        guard let raw = getenv(variable), Moment(iso8601: String(cString: raw)) == nil else { return }
        throw CommandFailure(
            message: "\(variable) is set to \u{201C}\(String(cString: raw))\u{201D}, which is not a time. It is for "
                + "testing only: use an ISO 8601 time with its offset, like 2027-01-03T10:00:00+01:00, or unset it.",
            code: .usage)
    }
}
