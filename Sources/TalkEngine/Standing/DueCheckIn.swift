import TalkScript

/// When the same people's next check-in comes due, from what they agreed: a date set for it, or how
/// often they said they'd come back to their agreements (`repeats`), counted from their last talk.
public struct DueCheckIn: Sendable, Equatable {
    public enum Reason: Sendable, Equatable {
        /// The date they set (`standing next-date`).
        case agreedDate
        /// Their cadence, from their last talk.
        case cadence(Repeat)
    }

    public var date: CivilDate
    public var reason: Reason
    /// The last talk it counts from.
    public var lastTalk: String

    public func isDue(on today: CivilDate) -> Bool { date <= today }

    /// From their talks, oldest first; nil when nothing they agreed sets a next time.
    public static func next(_ talks: [(record: Record, script: Script?)]) -> DueCheckIn? {
        next(talks.map { (id: $0.record.id, plan: TalkPlan(record: $0.record, script: $0.script)) })
    }

    /// The same from each talk's plan (as the talk index keeps it), oldest first.
    public static func next(_ plans: [(id: String, plan: TalkPlan)]) -> DueCheckIn? {
        guard let last = plans.last else { return nil }
        var candidates: [DueCheckIn] = []
        // A talk after the date set means it happened (or was let go): the cadence takes over.
        if let next = plans.last(where: { $0.plan.next != nil })?.plan.next?.value, last.plan.day <= next {
            candidates.append(DueCheckIn(date: next, reason: .agreedDate, lastTalk: last.id))
        }
        if let repeats = plans.last(where: { $0.plan.cadence != nil })?.plan.cadence?.value {
            candidates.append(
                DueCheckIn(date: last.plan.day.after(repeats), reason: .cadence(repeats), lastTalk: last.id))
        }
        return candidates.min { $0.date < $1.date }
    }
}

extension CivilDate {
    /// One step of `repeats` later: a month later is the same day of the month, or the month's last day.
    public func after(_ step: Repeat) -> CivilDate {
        switch step {
        case .daily: return adding(days: 1)
        case .weekly: return adding(days: 7)
        case .monthly:
            let (y, m) = month == 12 ? (year + 1, 1) : (year, month + 1)
            return CivilDate(year: y, month: m, day: min(day, CivilDate.daysIn(month: m, year: y)))
        case .yearly:
            return CivilDate(
                year: year + 1, month: month, day: min(day, CivilDate.daysIn(month: month, year: year + 1)))
        }
    }
}
