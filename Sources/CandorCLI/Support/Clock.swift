import Glibc
import TalkEngine

/// The only place Candor reads the clock; the engine is handed what this returns.
enum Clock {
    static func now() -> Moment {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        var seconds = ts.tv_sec
        var parts = tm()
        localtime_r(&seconds, &parts)
        return Moment(epochSeconds: Int64(ts.tv_sec), utcOffset: Int(parts.tm_gmtoff))
    }
}
