import TalkScript

/// A talk in progress: a pure state machine the host pulls from. `current` is the prompt to show;
/// `submit` takes what was typed and gives back the events to save and the notes to show.
/// It never reads a clock, a file or a terminal. Rebuilt from a record, it lands on the first
/// unanswered question: resume is "fold the journal, then look at `current`".
public struct Session: Sendable {
    public let script: Script
    public internal(set) var record: Record
    /// What the session is doing now (`Phase`); `current` is made from it.
    var phase: Phase = .over
    /// Whether `current` opens with its coaching: not when it is shown again after a problem or a note.
    var showsIntro = true
    /// Standing agreements from earlier talks, offered again before this talk's own questions (the host
    /// passes them for a check-in or a debrief).
    public internal(set) var standing: [StandingAgreement] = []
    /// Ratings brought with the list being rated, offered as defaults when practising (`BroughtRatings`).
    public var brought: BroughtRatings?

    /// The script, flattened: one entry per node, with its step.
    let entries: [Entry]
    var today: LocalDateTime
    /// Entries before this index are settled: their questions answered (or not asked), their flags
    /// raised, their stop rules not holding. Conditions may only name earlier questions, so an answer
    /// can't unsettle anything before itself; the walk carries on from here instead of from the top,
    /// which keeps the cost of an answer the same however long the talk. `:back` moves it back.
    var settled = 0
    /// Each step's entries, as a range of `entries`.
    let stepRanges: [Range<Int>]
    /// Per entry: whether it is a question, and its condition. Counting a step's questions for the
    /// progress line reads these, not whole `Question` values (copying those cost more than the rest
    /// of a prompt together in a long talk).
    let isQuestion: [Bool]
    let questionConditions: [Condition?]
    /// Per entry, together: a `say` inside a private run that belongs to each person's own turn, because it
    /// reads private answers or comes before the run's last private question. Shown to each person for
    /// whom it holds, at the latest at the end of their turn; never on a shared screen.
    let turnBound: [Bool]

    struct Entry: Sendable {
        let step: Int
        let node: Node
    }

    /// The prompt to show now; nil when the talk is over (complete, paused, stopped or ended). Made anew
    /// on every call: read it once per turn.
    public var current: Prompt? {
        phase == .over ? nil : makePrompt(intro: showsIntro)
    }

    /// The pause reason `:hide` records.
    public static let hideReason = "hidden"

    /// Whether the talk was last paused by `:hide`: nothing more is said on the way out.
    public var wasHidden: Bool {
        guard let last = record.events.last else { return false }
        return last.type == .paused && last.reason == Session.hideReason
    }

    /// Whether the talk is over (`current` is nil), without making the prompt.
    public var isOver: Bool { phase == .over }

    /// Rebuilds a session from a record (resume), without changing anything.
    public init(script: Script, record: Record, standing: [StandingAgreement] = []) {
        self.script = script
        self.record = record
        // Only a talk that says so (`reviews agreements`) starts from them; in a fixed order (as
        // `StandingKind` lists them), whatever order they were agreed in.
        self.standing =
            !script.reviewsAgreements
            ? []
            : StandingKind.allCases.compactMap { kind in standing.first { $0.kind == kind && kind.isReviewed }
            }
        entries = script.steps.enumerated().flatMap { i, step in step.nodes.map { Entry(step: i, node: $0) } }
        var ranges: [Range<Int>] = []
        var start = 0
        for step in script.steps {
            ranges.append(start..<(start + step.nodes.count))
            start += step.nodes.count
        }
        stepRanges = ranges
        isQuestion = entries.map { if case .ask = $0.node { true } else { false } }
        questionConditions = entries.map { if case .ask(let q) = $0.node { q.condition } else { nil } }
        turnBound = Session.turnBoundSays(script: script, entries: entries)
        today = record.updated.local
        if record.status.isOpen {
            let location = locate()
            settled = settledIndex(for: location)
            phase = Phase(location)
            switch location {
            case .unlock, .warning: break  // those come first
            default: if let kind = pendingReview, isPastReadiness(location) { phase = .reviewing(kind) }
            }
        }
    }

    /// Starts a new talk: the `started` event, then whatever the first step brings.
    public static func start(
        script: Script, talk: TalkInfo, id: String, mode: Mode, people: [Participant],
        now: Moment, reveal: RevealPolicy? = nil, sealing: Sealing? = nil, standing: [StandingAgreement] = []
    ) -> (Session, Reply) {
        let started = Event(
            .started, at: now, talk: talk, mode: mode, people: people,
            reveal: mode == .together ? (reveal ?? .matches) : nil, sealing: sealing)
        var session = Session(script: script, record: Record(id: id, started: started), standing: standing)
        var reply = session.advance(now: now)
        reply.events.insert(started, at: 0)
        return (session, reply)
    }

    /// Opens a paused (or interrupted) talk again: a `resumed` event and a word of welcome.
    public mutating func resume(now: Moment) -> Reply {
        guard record.status.isOpen else { return Reply() }
        var reply = Reply(events: [], notes: [Note(.info, CoachText.welcomeBack)])
        commit(Event(.resumed, at: now), into: &reply)
        reply.merge(advance(now: now))
        return reply
    }

    /// How the talk ended, once `current` is nil.
    public var ending: Ending? {
        switch record.status {
        case .inProgress: phase == .over ? .complete : nil
        case .paused: .paused
        case .stopped: .stopped
        case .ended: .ended
        case .complete: .complete
        }
    }

    /// Pauses the talk (`:pause`, end of input, Ctrl-C): everything is already saved (or, during the
    /// readiness check, nothing is yet); this records why.
    public mutating func pause(reason: String, now: Moment) -> Reply {
        guard record.status.isOpen, phase != .over else { return Reply() }
        var reply = Reply()
        // Lines of a several-line answer typed before Ctrl-D or Ctrl-C are part of what was said: finish
        // the answer with them, as an empty line would, so they are saved too ("Everything you've said so
        // far is saved"). If they can't stand as an answer (fewer than `min`), the question is simply
        // asked again on resume.
        if case .collecting(_, let lines) = phase, !lines.isEmpty {
            let finished = submit("", now: now)
            if finished.problem == nil { reply.events += finished.events }
            // A warning sign those lines raised (a check-in, docs/care.md) is still said before stopping; the
            // choice it offers comes again on resume.
            if case .warned(let flag) = phase { reply.notes.append(guidance(record.flags[flag])) }
            guard record.status.isOpen, phase != .over else { return reply }
        }
        // Before the readiness check is done nothing is saved (the host holds a new talk in memory until
        // then), so "everything is saved" would be untrue.
        let saved = isPastReadiness
        commit(Event(.paused, at: now, question: currentQuestionId, reason: reason), into: &reply)
        reply.notes.append(Note(.closing, saved ? CoachText.paused : CoachText.pausedBeforeSaving))
        phase = .over
        return reply
    }

    /// Whether the talk has moved past the readiness check. Until then there is nothing worth keeping,
    /// and a talk that ends there (someone is not ready, or said red) should leave nothing behind.
    public var isPastReadiness: Bool {
        // Changing an earlier answer, the talk has got as far as the walk says.
        switch phase.ask?.revisiting == true ? walk().location : phase.location {
        case .ask(let e, _, _):
            if script.steps[entries[e].step].id != Script.readinessStepId { return true }
        case .card, .reveal, .warning, .unlock, .review:
            return true
        case .done:
            if record.status == .complete { return true }
        }
        let readiness = Set(
            script.steps.filter { $0.id == Script.readinessStepId }.flatMap { step in
                step.nodes.compactMap { if case .ask(let q) = $0 { q.id } else { nil } }
            })
        return record.answers.keys.contains { !readiness.contains($0) }
    }

    /// The participant answering now.
    var person: PersonID {
        if let ask = phase.ask { return ask.person }
        if case .warned(let i) = phase, let p = record.flags[i].by { return p }
        return record.people.first?.id ?? .first
    }

    var currentQuestionId: String? { currentQuestion?.id }

    /// The question being answered now, if any.
    var currentQuestion: Question? {
        guard let ask = phase.ask, case .ask(let q) = entries[ask.entry].node else { return nil }
        return q
    }

    /// A person's point of view: their own answers and the shared ones.
    func facts(for person: PersonID) -> Facts {
        facts(.person(person))
    }

    /// `addressee`: on a shared screen, who `{name}` and `{partner}` speak to (the person the prompt is for).
    func facts(_ viewpoint: Viewpoint, addressee: PersonID? = nil) -> Facts {
        Facts(script: script, record: record, viewpoint: viewpoint, addressee: addressee, today: today.date)
    }

    /// Where a question is seen from: a joint question of a together talk on the shared screen, anything
    /// else by the person answering.
    func viewpoint(of q: Question, person: PersonID) -> Viewpoint {
        record.mode == .together && q.who == .both ? .shared : .person(person)
    }

    /// See `turnBound`.
    static func turnBoundSays(script: Script, entries: [Entry]) -> [Bool] {
        func readsPrivate(_ say: Say) -> Bool {
            let refs = (say.condition?.references ?? []) + say.text.references
            return refs.contains { script.question($0.head)?.who == .each }
        }
        var bound = Array(repeating: false, count: entries.count)
        var i = 0
        while i < entries.count {
            // A private run: from an `each` question to the next question that is not, or the step's end.
            guard case .ask(let q) = entries[i].node, q.who == .each else {
                i += 1
                continue
            }
            var end = i
            var lastPrivate = i
            while end < entries.count, entries[end].step == entries[i].step {
                if case .ask(let rq) = entries[end].node {
                    if rq.who != .each { break }
                    lastPrivate = end
                }
                end += 1
            }
            for k in i..<end {
                if case .say(let say) = entries[k].node { bound[k] = k < lastPrivate || readsPrivate(say) }
            }
            i = end
        }
        return bound
    }

    /// Applies an event to the record and adds it to the reply, so the record and the journal never disagree.
    mutating func commit(_ event: Event, into reply: inout Reply) {
        record.apply(event)
        reply.events.append(event)
    }
}

extension Reply {
    mutating func merge(_ other: Reply) {
        events += other.events
        notes += other.notes
        if problem == nil { problem = other.problem }
    }
}
