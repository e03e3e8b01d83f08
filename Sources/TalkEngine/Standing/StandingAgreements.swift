import TalkScript

/// An agreement that holds until changed: the newest answer to a `standing` question, or what a later
/// check-in made of it (kept, changed), with when and in which talk.
public struct StandingAgreement: Sendable, Equatable {
    public var kind: StandingKind
    public var value: AnswerValue
    /// The answer in words ("pineapple", "every month").
    public var text: String
    /// When it was agreed, or last kept.
    public var since: Moment
    /// The talk where that happened.
    public var talk: String
    public var how: How
    /// The option chosen, when the answer is one (its `lasts` and `repeats`).
    public var option: Option?
    /// The question it first answered (nil when its talk can no longer be found): a change at a check-in
    /// is read by the same rules (its kind, options, `reject` and `warn`).
    public var question: Question?

    public enum How: String, Sendable, Equatable {
        /// Agreed in a talk.
        case agreed
        /// Offered again in a later talk and kept: consent given again.
        case kept
        /// Changed in a later talk.
        case changed
    }
}

/// Deriving the standing agreements of the same people from their talks, oldest first. Pure: the host
/// reads the records (and their scripts); nothing here touches a file.
public enum StandingAgreements {
    /// The agreements in force after these talks (give them oldest first), newest first. In a together
    /// talk only what both agreed to counts, never a private answer; practising alone, the person's own.
    public static func current(_ talks: [(record: Record, script: Script?)]) -> [StandingAgreement] {
        var byKind: [StandingKind: StandingAgreement] = [:]
        for (record, script) in talks { fold(record, script: script, into: &byKind) }
        return ordered(byKind)
    }

    /// One talk's part: what it agreed, then what it made of earlier agreements (kept, changed, dropped).
    public static func fold(_ record: Record, script: Script?, into byKind: inout [StandingKind: StandingAgreement]) {
        if let script {
            for q in script.questions {
                guard let kind = q.standing, let value = agreedValue(q, in: record), !value.isSkipped else {
                    continue
                }
                let at = record.answers[q.id]?.values.map(\.at).max() ?? record.updated
                byKind[kind] = StandingAgreement(
                    kind: kind, value: value, text: AnswerText.render(value, for: q, script: script) ?? "",
                    since: at,
                    talk: record.id, how: .agreed,
                    option: option(value, of: q), question: q)
            }
        }
        for review in record.reviews ?? [] {
            switch review.outcome {
            case .kept:
                byKind[review.kind]?.since = review.at
                byKind[review.kind]?.talk = record.id
                byKind[review.kind]?.how = .kept
            case .changed:
                guard let value = review.value else { continue }
                let q = byKind[review.kind]?.question
                byKind[review.kind] = StandingAgreement(
                    kind: review.kind, value: value, text: text(value, of: q), since: review.at, talk: record.id,
                    how: .changed, option: q.flatMap { option(value, of: $0) }, question: q)
            case .dropped:
                byKind[review.kind] = nil
            case .skipped:
                continue  // left as it was: not given again, not changed
            }
        }
    }

    /// Newest first; agreed in the same moment, in the order the kinds are listed (safe word first).
    static func ordered(_ byKind: [StandingKind: StandingAgreement]) -> [StandingAgreement] {
        let order = Dictionary(uniqueKeysWithValues: StandingKind.allCases.enumerated().map { ($1, $0) })
        return byKind.values.sorted {
            $0.since.epochSeconds != $1.since.epochSeconds
                ? $0.since > $1.since : order[$0.kind, default: 0] < order[$1.kind, default: 0]
        }
    }

    /// A question's standing answer in a record: agreed by everyone (together), or the person's own.
    static func agreedValue(_ q: Question, in record: Record) -> AnswerValue? {
        switch record.mode {
        case .together:
            guard q.who == .both, let a = record.agreements[q.id], a.agreed else { return nil }
            return a.value
        case .practice:
            guard let p = record.people.first?.id, let answer = record.answer(q.id, by: p),
                answer.isKind(q.kind.name), !record.isWithheld(question: q.id, by: p)
            else { return nil }
            return answer.value
        }
    }

    static func option(_ value: AnswerValue, of q: Question) -> Option? {
        guard case .option(let id) = value, case .choice(let options) = q.kind else { return nil }
        return options.first { $0.id == id }
    }

    /// A changed agreement in words, as its question words it ("every week"; a new signal as typed).
    public static func text(_ value: AnswerValue, of q: Question?) -> String {
        guard let q else { return AnswerText.plain(value) }
        // A change is never a rating (one is not offered again), the one kind whose words need its script.
        return AnswerText.render(value, for: q, script: Script(id: q.id, title: "", version: 1))
            ?? AnswerText.plain(value)
    }
}
