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
            choices: Review.Outcome.offered.enumerated().map {
                Prompt.Choice(key: String($0 + 1), id: $1.rawValue, label: CoachText.reviewChoice($1))
            },
            completions: Review.Outcome.offered.map(\.rawValue) + Command.completions)
    }

    /// Asking for the new answer: the question it first answered, with its choices and hints, on the shared
    /// screen; only its words when that talk can no longer be found.
    func revisePrompt(_ kind: StandingKind, lines: [String]) -> Prompt {
        let who = record.people.first ?? Participant(id: .first, name: nil)
        var prompt = Prompt(
            kind: .question(.text), id: "review-\(kind.rawValue)", text: CoachText.reviseQuestion(kind.label),
            hint: CoachText.reviseHint, person: who, collected: lines, completions: Command.completions)
        guard let q = agreement(kind)?.question else { return prompt }
        let f = record.mode == .together ? facts(.shared) : facts(for: who.id)
        prompt.kind = .question(q.kind.name)
        if f.allReferencesHaveValues(q.text) { prompt.text = f.render(q.text) }
        switch q.kind {
        case .choice(let options), .choices(let options):
            prompt.choices = options.enumerated().map { Prompt.Choice(key: String($0 + 1), id: $1.id, label: $1.label) }
            prompt.completions = options.map(\.id) + Command.completions
            prompt.hint = CoachText.reviseChoiceHint
        case .yesno:
            prompt.hint = CoachText.reviseChoiceHint
            prompt.choices = [
                Prompt.Choice(key: "y", id: "yes", label: "yes"), Prompt.Choice(key: "n", id: "no", label: "no"),
            ]
            prompt.completions = ["yes", "no"] + Command.completions
        case .lines, .list:
            if !lines.isEmpty { prompt.kind = .multiline }
            prompt.hint = CoachText.reviseListHint
        default:
            break
        }
        return prompt
    }

    mutating func review(_ kind: StandingKind, input: String, now: Moment) -> Reply {
        let word = input.trimmingSpaces.lowercased()
        let outcome = Review.Outcome.offered.enumerated().first { i, o in
            word == String(i + 1) || word == o.rawValue || (o == .kept && (word == "keep" || word == "yes"))
                || (o == .changed && word == "change") || (o == .dropped && word == "drop")
        }?.element
        switch outcome {
        case nil:
            return Reply(problem: CoachText.pickReview)
        case .changed?:
            phase = .revising(kind, lines: [])
            return Reply()
        case .kept?, .dropped?, .skipped?:
            return settle(kind, outcome!, value: nil, now: now)
        }
    }

    /// The new answer, read as the question first read it: a safe word it warns about ("no", "more",
    /// "green") is taken only once confirmed, an option stays an option (so a cadence keeps its `repeats`),
    /// a list is typed a line at a time. The same answer again, or "keep", keeps it.
    mutating func revise(_ kind: StandingKind, lines: [String], input: String, now: Moment) -> Reply {
        let text = input.trimmingSpaces
        if lines.isEmpty, text.lowercased() == "keep" { return settle(kind, .kept, value: nil, now: now) }
        guard let q = agreement(kind)?.question else {
            guard !text.isEmpty else { return Reply(problem: CoachText.reviseHint) }
            if let held = holdBackDistressedRevision(kind, typed: [text], now: now) { return held }
            return settle(kind, .changed, value: .text(text), now: now)
        }
        if q.kind.takesLines && !text.isEmpty {
            phase = .revising(kind, lines: lines + [text])
            return Reply()
        }
        phase = .revising(kind, lines: [])
        if q.kind.takesLines && lines.isEmpty { return Reply(problem: CoachText.reviseHint) }
        // Typed words are read with the same care as any answer (docs/care.md).
        if let held = holdBackDistressedRevision(kind, typed: lines + [text], now: now) { return held }
        let f = record.mode == .together ? facts(.shared) : facts(for: record.people.first?.id ?? .first)
        switch AnswerRules.parse(text, lines: lines, for: q, facts: f.render, today: today) {
        case .accepted(let value):
            return changed(kind, to: value, now: now)
        case .problem(let why):
            return Reply(problem: why)
        case .confirm(let value, let reason):
            phase = .confirmingRevision(kind, value: value, reason: reason)
            return Reply()
        }
    }

    mutating func confirmRevision(_ kind: StandingKind, value: AnswerValue, input: String, now: Moment) -> Reply {
        guard let yes = AnswerRules.yesNo(input.trimmingSpaces) else { return Reply(problem: CoachText.typeYesOrNo) }
        phase = .revising(kind, lines: [])
        guard yes else { return Reply(notes: [Note(.info, CoachText.pickAnother)]) }
        return changed(kind, to: value, now: now)
    }

    /// A new answer read: practising alone, it is yours; together, it stands once both say it is right for
    /// them (as a joint answer does), so neither changes what the other agreed to alone.
    private mutating func changed(_ kind: StandingKind, to value: AnswerValue, now: Moment) -> Reply {
        if value == agreement(kind)?.value { return settle(kind, .kept, value: nil, now: now) }
        if record.mode == .together {
            phase = .agreeingRevision(kind, value: value)
            return Reply()
        }
        return settle(kind, .changed, value: value, now: now)
    }

    func bothAgreeQuestion(_ kind: StandingKind, _ value: AnswerValue) -> String {
        let words = StandingAgreements.text(value, of: agreement(kind)?.question)
        return CoachText.bothAgree(kind, value, words: words, names: record.people.compactMap(\.name))
    }

    mutating func agreeToRevision(_ kind: StandingKind, value: AnswerValue, input: String, now: Moment) -> Reply {
        guard let yes = AnswerRules.yesNo(input.trimmingSpaces) else { return Reply(problem: CoachText.typeYesOrNo) }
        if yes { return settle(kind, .changed, value: value, now: now) }
        // Not both: what was agreed before is offered again, to keep, change otherwise, or drop.
        phase = .reviewing(kind)
        return Reply(notes: [Note(.info, CoachText.notBoth)])
    }

    /// `:skip` while an agreement is offered (or being changed): left for another time, as it was.
    mutating func skipReview(now: Moment) -> Reply? {
        switch phase {
        case .reviewing(let kind), .revising(let kind, _), .confirmingRevision(let kind, _, _),
            .agreeingRevision(let kind, _):
            return settle(kind, .skipped, value: nil, now: now)
        default:
            return nil
        }
    }

    private mutating func settle(_ kind: StandingKind, _ outcome: Review.Outcome, value: AnswerValue?, now: Moment)
        -> Reply
    {
        var reply = Reply()
        let value = outcome == .changed ? value : nil
        let question = agreement(kind)?.question
        let repeats = value.flatMap { v in question.flatMap { StandingAgreements.option(v, of: $0)?.repeats } }
        commit(
            Event(.reviewed, at: now, value: value, reason: outcome.rawValue, standing: kind, repeats: repeats),
            into: &reply)
        let words = value.map { StandingAgreements.text($0, of: agreement(kind)?.question) }
        reply.notes.append(Note(.reflect, CoachText.reviewed(outcome, agreement(kind), new: value, words: words)))
        reply.merge(advance(now: now))
        return reply
    }
}

extension StandingKind {
    /// Offered again in a check-in: ongoing consent and how you look after each other. A next date and
    /// the time set aside belong to one talk, and are asked afresh.
    public var isReviewed: Bool { self != .nextDate && self != .length }
}
