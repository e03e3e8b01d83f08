import TalkScript

/// An instant plus the local UTC offset in force when it was read. The engine never reads a clock:
/// the host passes moments in, so every behaviour can be tested deterministically.
public struct Moment: Sendable, Hashable, Comparable {
    public var epochSeconds: Int64
    /// Seconds east of UTC (3600 for UTC+1).
    public var utcOffset: Int

    public init(epochSeconds: Int64, utcOffset: Int = 0) {
        self.epochSeconds = epochSeconds
        self.utcOffset = utcOffset
    }

    public static func < (a: Moment, b: Moment) -> Bool { a.epochSeconds < b.epochSeconds }

    /// The wall-clock date and time at this moment, in its own offset.
    public var local: LocalDateTime {
        let localSeconds = epochSeconds + Int64(utcOffset)
        let days = localSeconds.floorDiv(86_400)
        let secondOfDay = Int(localSeconds - days * 86_400)
        let date = CivilDate(daysSinceEpoch: days)
        return LocalDateTime(
            date: date, time: LocalTime(hour: secondOfDay / 3600, minute: secondOfDay % 3600 / 60),
            second: secondOfDay % 60)
    }

    /// "2026-11-21 18:05": for lists and headers, in the moment's own offset.
    public var shortText: String {
        let l = local
        return "\(l.date.iso) \(l.time?.iso ?? "")"
    }

    /// ISO 8601 with offset: `2026-11-21T18:05:09+01:00`.
    public var iso8601: String {
        let off = abs(utcOffset)
        let offset = LocalTime(hour: off / 3600, minute: off % 3600 / 60)  // written like a clock: 01:00
        return "\(local.isoWithSeconds)\(utcOffset < 0 ? "-" : "+")\(offset.iso)"
    }

    /// Parses what `iso8601` writes (a `Z` suffix is accepted too).
    public init?(iso8601 text: String) {
        let s = Array(text.utf8)
        guard s.count >= 20, let date = CivilDate(iso: String(decoding: s[0..<10], as: UTF8.self)),
            s[10] == UInt8(ascii: "T"),
            let h = Int(String(decoding: s[11..<13], as: UTF8.self)),
            let m = Int(String(decoding: s[14..<16], as: UTF8.self)),
            let sec = Int(String(decoding: s[17..<19], as: UTF8.self))
        else { return nil }
        var offset = 0
        let rest = s[19...]
        if rest.first == UInt8(ascii: "Z") {
            offset = 0
        } else if rest.count == 6, let oh = Int(String(decoding: s[20..<22], as: UTF8.self)),
            let om = Int(String(decoding: s[23..<25], as: UTF8.self))
        {
            offset = (oh * 3600 + om * 60) * (s[19] == UInt8(ascii: "-") ? -1 : 1)
        } else {
            return nil
        }
        let local = date.daysSinceEpoch * 86_400 + Int64(h * 3600 + m * 60 + sec)
        self.init(epochSeconds: local - Int64(offset), utcOffset: offset)
    }
}

extension Moment: Codable {
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let m = Moment(iso8601: text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "not an ISO 8601 time: \(text)"))
        }
        self = m
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(iso8601)
    }
}

extension Int64 {
    func floorDiv(_ d: Int64) -> Int64 { self >= 0 ? self / d : -((-self + d - 1) / d) }
}
