import TalkScript

/// A check-in or debrief starts from what was agreed before: each standing agreement offered again, to
/// keep (consent given again), change or drop, each recorded (`reviewed`), so the history shows when
/// consent was re-given or changed. Asked on the shared screen of both, never of one alone.
extension Session {
    /// The next standing agreement not offered yet in this talk.
    var pendingReview: StandingKind? {
        let done = Set((record.reviews ?? []).map(\.kind))
        return standing.first { !done.contains($0.kind) }?.kind
    }

    /// Whether the walk has got past the readiness check (a review comes after it).
    func isPastReadiness(_ location: Location) -> Bool {
        guard case .ask(let e, _, _) = location else { return true }
        return script.steps[entries[e].step].id != Script.readinessStepId
    }

    func agreement(_ kind: StandingKind) -> StandingAgreement? { standing.first { $0.kind == kind } }

    func reviewPrompt(_ kind: StandingKind, intro: Bool) -> Prompt? {
        guard let a = agreement(kind) else { return nil }
        var notes: [Note] = []
        if intro && (record.reviews ?? []).isEmpty {
            notes = [Note(.heading, CoachText.reviewHeading), Note(.say, CoachText.reviewIntro)]
        }
        let together = record.mode == .together
        return Prompt(
            kind: .question(.choice), id: "review-\(kind.rawValue)",
            text: CoachText.reviewQuestion(a, together: together), intro: notes,
            person: record.people.first ?? Participant(id: .first, name: nil),
            choices: Review.Outcome.allCases.enumerated().map {
                Prompt.Choice(key: String($0 + 1), id: $1.rawValue, label: CoachText.reviewChoice($1))
            },
            completions: Review.Outcome.allCases.map(\.rawValue) + Command.completions)
    }

    func revisePrompt(_ kind: StandingKind) -> Prompt {
        Prompt(
            kind: .question(.text), id: "review-\(kind.rawValue)", text: CoachText.reviseQuestion(kind.label),
            hint: CoachText.reviseHint, person: record.people.first ?? Participant(id: .first, name: nil),
            completions: Command.completions)
    }

    mutating func review(_ kind: StandingKind, input: String, now: Moment) -> Reply {
        let word = input.trimmingSpaces.lowercased()
        let outcome = Review.Outcome.allCases.enumerated().first { i, o in
            word == String(i + 1) || word == o.rawValue || (o == .kept && (word == "keep" || word == "yes"))
                || (o == .changed && word == "change") || (o == .dropped && word == "drop")
        }?.element
        switch outcome {
        case nil:
            return Reply(problem: CoachText.pickReview)
        case .changed?:
            phase = .revising(kind)
            return Reply()
        case .kept?, .dropped?:
            return settle(kind, outcome!, value: nil, now: now)
        }
    }

    mutating func revise(_ kind: StandingKind, input: String, now: Moment) -> Reply {
        let text = input.trimmingSpaces
        if text.lowercased() == "keep" { return settle(kind, .kept, value: nil, now: now) }
        guard !text.isEmpty else { return Reply(problem: CoachText.reviseHint) }
        return settle(kind, .changed, value: .text(text), now: now)
    }

    private mutating func settle(_ kind: StandingKind, _ outcome: Review.Outcome, value: AnswerValue?, now: Moment)
        -> Reply
    {
        var reply = Reply()
        commit(Event(.reviewed, at: now, value: value, reason: outcome.rawValue, standing: kind), into: &reply)
        reply.notes.append(
            Note(.reflect, CoachText.reviewed(outcome, agreement(kind), new: value.map(AnswerText.plain))))
        reply.merge(advance(now: now))
        return reply
    }
}

extension StandingKind {
    /// Offered again in a check-in: ongoing consent and how you look after each other. A next date and
    /// the time set aside belong to one talk, and are asked afresh.
    public var isReviewed: Bool { self != .nextDate && self != .length }
}
