import Testing

@testable import TalkEngine
@testable import TalkScript

struct TimeTests {
    // Saturday 21 November 2026, 10:00 local.
    let now = LocalDateTime(date: CivilDate(year: 2026, month: 11, day: 21), time: LocalTime(hour: 10, minute: 0))

    func parse(_ s: String) -> String? {
        if case .success(let d) = NaturalDate.parse(s, now: now) { return d.iso }
        return nil
    }

    @Test func weekdaysAndTimes() {
        #expect(CivilDate(year: 2026, month: 11, day: 21).weekday == 6)
        #expect(parse("saturday 7pm") == "2026-11-21T19:00")
        #expect(parse("next saturday 7pm") == "2026-11-28T19:00")
        #expect(parse("sun 19:30") == "2026-11-22T19:30")
        #expect(parse("tomorrow 19:30") == "2026-11-22T19:30")
        // A bare hour from 1 to 7 is taken as the evening: nobody plans this talk for 3 in the morning.
        #expect(parse("friday at 7") == "2026-11-27T19:00")
        #expect(parse("friday at 10") == "2026-11-27T10:00")
        #expect(parse("thurs 7.30pm") == "2026-11-26T19:30")
        #expect(parse("tonight") == "2026-11-21T20:00")
    }

    @Test func datesWrittenOut() {
        #expect(parse("2026-12-01 18:00") == "2026-12-01T18:00")
        #expect(parse("2026-12-01") == "2026-12-01")
        #expect(parse("3 dec 6pm") == "2026-12-03T18:00")
        #expect(parse("december 3rd at 18:00") == "2026-12-03T18:00")
        #expect(parse("jan 5") == "2027-01-05")
        #expect(parse("12:00 noon") == nil || parse("noon") == "2026-11-21T12:00")
    }

    /// ISO 8601 with a `T`, the form Candor stores: the wall-clock time as written, whatever the offset.
    @Test func isoWithATParses() {
        #expect(parse("2026-12-10T18:00") == "2026-12-10T18:00")
        #expect(parse("2026-12-10t18:00") == "2026-12-10T18:00")
        #expect(parse("2026-12-10T18:00+01:00") == "2026-12-10T18:00")
        #expect(parse("2026-12-10T18:00-0500") == "2026-12-10T18:00")
        #expect(parse("2026-12-10T18:00Z") == "2026-12-10T18:00")
        #expect(parse("2026-12-10T18:00:30+01:00") == "2026-12-10T18:00")
        #expect(parse(Moment(epochSeconds: 1_796_925_600, utcOffset: 3600).iso8601) == "2026-12-10T19:00")
        for bad in [
            "2026-12-10T", "2026-12-10T25:00", "2026-12-10T18:60", "2026-12-10T18", "2026-12-10T18:00+1",
            "2026-12-10T18:00+25:00", "2026-13-10T18:00", "2026-12-10T1800",
        ] {
            #expect(parse(bad) == nil, "\(bad)")
        }
        #expect(parse("2026-11-20T18:00") == nil, "in the past")
    }

    @Test func aTimeAlreadyPastTodayMeansTomorrow() {
        #expect(parse("9am") == "2026-11-22T09:00")
        #expect(parse("saturday 9am") == "2026-11-28T09:00")
    }

    @Test func refusals() {
        #expect(NaturalDate.parse("2026-11-20 10:00", now: now) == .failure(.inThePast))
        #expect(NaturalDate.parse("whenever", now: now) == .failure(.notUnderstood))
        #expect(NaturalDate.parse("", now: now) == .failure(.notUnderstood))
        #expect(NaturalDate.parse("25:00", now: now) == .failure(.notUnderstood))
        #expect(NaturalDate.parse("feb 30", now: now) == .failure(.notUnderstood))
    }

    @Test func spoken() {
        let d = LocalDateTime(date: CivilDate(year: 2026, month: 11, day: 28), time: LocalTime(hour: 19, minute: 0))
        #expect(d.spoken(currentYear: 2026) == "Saturday 28 November at 19:00")
        #expect(d.spoken(currentYear: 2025) == "Saturday 28 November 2026 at 19:00")
    }

    @Test func isoRoundTripKeepsTheOffset() {
        let m = Moment(epochSeconds: 1_795_000_000, utcOffset: -5 * 3600)
        #expect(Moment(iso8601: m.iso8601) == m)
        #expect(
            Moment(iso8601: "2026-11-21T10:00:00Z")?.epochSeconds
                == Moment(iso8601: "2026-11-21T11:00:00+01:00")?.epochSeconds)
        #expect(Moment(iso8601: "yesterday") == nil)
    }

    @Test func civilDatesRoundTrip() {
        for days in stride(from: Int64(-800_000), through: 800_000, by: 997) {
            #expect(CivilDate(daysSinceEpoch: days).daysSinceEpoch == days)
        }
        #expect(CivilDate(year: 2024, month: 2, day: 29).isValid)
        #expect(!CivilDate(year: 2100, month: 2, day: 29).isValid)
    }
}
