import TalkScript

/// What one talk says about the next check-in, from its own answers: the cadence agreed (or let go), the
/// date set. Small enough to keep in the talk index, so `candor due` and plain `candor` need no record.
public struct TalkPlan: Sendable, Equatable, Codable {
    /// A value this talk set, or cleared (`value` nil: dropped, or changed to words with no cadence).
    public struct Change<Value: Sendable & Equatable & Codable>: Sendable, Equatable, Codable {
        public var value: Value?

        public init(value: Value?) { self.value = value }
    }

    /// The day the talk was held (begun).
    public var day: CivilDate
    /// nil: this talk did not touch the cadence.
    public var cadence: Change<Repeat>?
    /// nil: this talk set no next date.
    public var next: Change<CivilDate>?

    public init(day: CivilDate, cadence: Change<Repeat>? = nil, next: Change<CivilDate>? = nil) {
        self.day = day
        self.cadence = cadence
        self.next = next
    }

    /// What a talk's own record says (only what both agreed, in a talk together).
    public init(record: Record, script: Script?) {
        self.init(day: record.created.local.date)
        for q in script?.questions ?? [] {
            guard let kind = q.standing, let value = StandingAgreements.agreedValue(q, in: record), !value.isSkipped
            else { continue }
            switch kind {
            case .cadence: cadence = Change(value: StandingAgreements.option(value, of: q)?.repeats)
            case .nextDate: if case .date(let d) = value { next = Change(value: d.date) }
            default: break
            }
        }
        for review in record.reviews ?? [] where review.kind == .cadence {
            switch review.outcome {
            case .kept, .skipped: break  // as it was
            case .changed: cadence = Change(value: review.repeats)
            case .dropped: cadence = Change(value: nil)
            }
        }
    }
}
