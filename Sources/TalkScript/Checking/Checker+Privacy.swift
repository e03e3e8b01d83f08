/// E015: in a together talk, what both people see must not give away what one of them answered in private.
///
/// Where a thing is shown decides what it may read. Inside a private run (from an `each` question to the
/// next joint question or the end of its step), and in the says just before a run, it is private: each
/// person sees it in their own turn, worded from their own answers. Everything else is shared: a step's
/// condition, a joint (`both`) question and its texts, a say, flag or stop rule between joint questions,
/// and the closing words. There a test on a private answer holds only when it holds for both people, so
/// it can say "you both ...", but never "one of you didn't" (`not`, `!=`), and a private answer can be
/// shown only when the question is revealed anyway (`reveal`, and never a rating list, whose reveal shows
/// matches only). Anything that only applies in practice (`when mode == practice`) is left alone.
extension Checker {
    mutating func checkPrivacy(_ steps: [Step]) {
        var questionsByID: [String: Question] = [:]
        for step in steps {
            for case .ask(let q) in step.nodes where questionsByID[q.id] == nil { questionsByID[q.id] = q }
        }
        let privacy = PrivateAnswers(questions: questionsByID)

        // Who the next question is for, looking forward from each node: a say before a private question
        // is coaching for that person's turn; one before a joint question (or the end) is on the shared screen.
        var nextIsPrivate: [[Bool]] = steps.map { Array(repeating: false, count: $0.nodes.count) }
        var following = false
        for s in steps.indices.reversed() {
            for n in steps[s].nodes.indices.reversed() {
                nextIsPrivate[s][n] = following
                if case .ask(let q) = steps[s].nodes[n] { following = q.who == .each }
            }
        }

        for (s, step) in steps.enumerated() {
            if let c = step.condition {
                if Checker.onlyInPractice(c) { continue }
                checkShared(c, privacy, what: "a step's condition")
            }
            var inRun = false
            for (n, node) in step.nodes.enumerated() {
                switch node {
                case .ask(let q):
                    inRun = q.who == .each
                    guard q.who == .both, !(q.condition.map(Checker.onlyInPractice) ?? false) else { continue }
                    if let c = q.condition {
                        checkShared(c, privacy, what: "the condition of joint question '\(q.id)'")
                    }
                    let texts =
                        [q.text, q.help, q.why, q.defaultValue, q.reflect].compactMap { $0 }
                        + (q.rejects + q.warnings).map(\.message)
                    for t in texts { checkShared(t, privacy, what: "the text of joint question '\(q.id)'") }
                case .say(let say):
                    guard !inRun, !nextIsPrivate[s][n], !(say.condition.map(Checker.onlyInPractice) ?? false) else {
                        continue
                    }
                    if let c = say.condition { checkShared(c, privacy, what: "a say on the shared screen") }
                    checkShared(say.text, privacy, what: "a say on the shared screen")
                case .flag(let flag):
                    guard !inRun, !Checker.onlyInPractice(flag.condition) else { continue }
                    checkShared(flag.condition, privacy, what: "flag '\(flag.id)', outside a private run")
                    checkShared(flag.message, privacy, what: "flag '\(flag.id)', outside a private run")
                case .stop(let stop):
                    // Inside a private run any person's own answer may end the talk (the readiness check).
                    guard !inRun, !Checker.onlyInPractice(stop.condition) else { continue }
                    checkShared(stop.condition, privacy, what: "a stop rule outside a private run")
                    checkShared(stop.message, privacy, what: "a stop rule outside a private run")
                }
            }
        }
    }

    /// The private (`each`) questions, by id.
    struct PrivateAnswers {
        let questions: [String: Question]

        func question(_ r: Reference) -> Question? {
            guard let q = questions[r.head], q.who == .each else { return nil }
            return q
        }
    }

    /// True when the condition can only hold in practice, so it is never read in a together talk.
    static func onlyInPractice(_ c: Condition) -> Bool {
        switch c {
        case .compare(let r, .equal, let v): r.path == ["mode"] && v.text == "practice"
        case .oneOf(let r, let vs): r.path == ["mode"] && vs.allSatisfy { $0.text == "practice" }
        case .and(let a, let b): onlyInPractice(a) || onlyInPractice(b)
        default: false
        }
    }

    /// A shared condition may test private answers only for what both said: no `not`, no `!=`.
    private mutating func checkShared(_ c: Condition, _ privacy: PrivateAnswers, what: String) {
        switch c {
        case .not(let inner):
            if let r = inner.references.first(where: { privacy.question($0) != nil }) {
                sink.report(.negatesPrivateAnswer(what, r.dotted), at: r.location)
                return
            }
            checkShared(inner, privacy, what: what)
        case .compare(let r, .notEqual, _) where privacy.question(r) != nil:
            sink.report(.notEqualPrivateAnswer(what, r.dotted), at: r.location)
        case .and(let a, let b), .or(let a, let b):
            checkShared(a, privacy, what: what)
            checkShared(b, privacy, what: what)
        default:
            break
        }
    }

    /// Shared text may show a private answer only when it is revealed anyway (never a rating list).
    private mutating func checkShared(_ t: Template, _ privacy: PrivateAnswers, what: String) {
        for r in t.references {
            guard let q = privacy.question(r) else { continue }
            if case .rate = q.kind {
                sink.report(.showsPrivateRatings(what, r.dotted, question: q.id), at: r.location)
            } else if !q.reveal {
                sink.report(.showsUnrevealedAnswer(what, r.dotted, question: q.id), at: r.location)
            }
        }
    }
}
