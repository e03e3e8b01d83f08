import BuiltinTalks
import Foundation
import TalkScript
import Testing

@testable import TalkEngine

/// The short "keeping talking" talks, `check-in` and `debrief`: a robot walks each to the end in both
/// modes (answering by prompt kind, like BuiltinTalkWalkTests), and the debrief's red flags are raised
/// from a person's own private answer and shown to that person only.
struct ShortTalksWalkTests {
    static func compile(_ name: String) -> Script {
        let t = BuiltinTalks.named(name)!
        let compiled = TalkCompiler.compile(
            SourceFile(name: t.fileName, text: t.source),
            prelude: SourceFile(name: "readiness.talk", text: BuiltinTalks.readiness.source))
        return compiled.script!
    }

    /// Answers that open the "when" branches the robot's yes and "1" would pass by.
    static let branches = ["aftercare-enough": "2"]

    static func answer(_ p: Prompt, turn: Int) -> String {
        if case .question = p.kind, let a = branches[p.id] { return a }
        switch p.kind {
        case .question(.yesno), .confirm, .agreement: return "yes"
        case .question(.choice), .question(.choices), .question(.scale): return "1"
        case .question(.date): return "saturday 7pm"
        case .question(.word): return "pineapple"
        case .question(.lines), .question(.list): return "something"
        case .question: return "something"
        case .rating: return ["yes", "maybe", "no", "fantasy", "unsure"][turn % 5]
        case .menu: return "4"
        case .warning: return "3"  // carry on
        case .multiline, .rehearse, .reveal, .reword, .unlock: return ""
        }
    }

    /// One step of a walk: the prompt shown, what was typed, and the reply to it.
    struct Step {
        var prompt: Prompt
        var typed: String
        var reply: Reply
    }

    /// Walks `name` to the end. `override` may answer a prompt differently (nil: the robot's answer).
    func walk(
        _ name: String, _ mode: Mode, people: [Participant],
        override: (Prompt) -> String? = { _ in nil }
    ) -> (Session, [Event], [Step], Reply) {
        let now = Moment(iso8601: "2026-11-21T10:00:00+00:00")!
        let talk = TalkInfo(id: name, title: "t", version: 1, hash: "h", source: name)
        var (session, reply) = Session.start(
            script: Self.compile(name), talk: talk, id: "t", mode: mode, people: people, now: now)
        let opening = reply
        var events = reply.events
        var steps: [Step] = []
        var turn = 0
        while let p = session.current, turn < 2000 {
            let typed = override(p) ?? Self.answer(p, turn: turn)
            reply = session.submit(typed, now: now)
            #expect(
                reply.problem == nil, "\(name): \(p.id) (\(p.kind)) refused the answer \(typed): \(reply.problem ?? "")"
            )
            events += reply.events
            steps.append(Step(prompt: p, typed: typed, reply: reply))
            turn += 1
        }
        return (session, events, steps, opening)
    }

    static let sam = Participant(id: "p1", name: "Sam")
    static let alex = Participant(id: "p2", name: "Alex")

    // MARK: walking to the end

    @Test(arguments: ["check-in", "debrief"])
    func practiceRunsToTheEnd(name: String) {
        let (session, events, steps, _) = walk(name, .practice, people: [Self.sam])
        #expect(session.record.status == .complete)
        #expect(!events.contains { $0.type == .rehearsed }, "no card in the short talks")
        let asked = Set(steps.map(\.prompt.id))
        for q in Self.compile(name).questions where !q.id.hasPrefix("ready-") {
            // Every question is reachable with the robot's answers (they take every "when" branch).
            #expect(asked.contains(q.id), "\(name): \(q.id) was never asked")
        }
        #expect(Record.fold(id: "t", events: events) == session.record)
    }

    @Test(arguments: ["check-in", "debrief"])
    func togetherRunsToTheEndWithRevealsAndAgreements(name: String) {
        let (session, events, _, _) = walk(name, .together, people: [Self.sam, Self.alex])
        let r = session.record
        #expect(r.status == .complete)
        let script = Self.compile(name)
        for q in script.questions where !q.id.hasPrefix("ready-") {
            switch q.who {
            case .each:
                #expect(
                    r.answer(q.id, by: "p1") != nil && r.answer(q.id, by: "p2") != nil,
                    "\(name): \(q.id) not answered by both")
                #expect(
                    r.revealed.contains(q.id) == q.reveal,
                    "\(name): \(q.id) revealed: \(r.revealed.contains(q.id)), marked: \(q.reveal)")
            case .both:
                #expect(r.agreements[q.id]?.agreed == true, "\(name): \(q.id) not agreed")
                #expect(Set(r.agreements[q.id]?.consents.map(\.by) ?? []) == ["p1", "p2"])
            }
        }
        #expect(Record.fold(id: "t", events: events) == r)
    }

    @Test func checkInRevealsWantsAndAgreesOnTheNextDate() {
        let (session, _, _, _) = walk("check-in", .together, people: [Self.sam, Self.alex])
        let r = session.record
        for q in ["more", "less", "agreements-change", "changed-share"] {
            #expect(r.revealed.contains(q), "\(q) not revealed")
        }
        for q in ["lately", "changed", "agreements-fit"] { #expect(!r.revealed.contains(q), "\(q) revealed") }
        #expect(r.agreements["next-check-in"]?.agreed == true)
    }

    @Test(arguments: ["check-in", "debrief"])
    func everyQuestionSaysWhyAndNoneIsRequired(name: String) {
        for q in Self.compile(name).questions where !q.id.hasPrefix("ready-") {
            #expect(q.why != nil, "\(name): \(q.id) has no why")
            #expect(!q.required, "\(name): \(q.id) must stay skippable")
        }
    }

    // MARK: the debrief's red flags

    static let redFlagQuestions = ["safeword-ignored", "pressured", "beyond-agreed", "hurt"]

    @Test func debriefRedFlagQuestionsArePrivateAndNeverRevealed() {
        let script = Self.compile("debrief")
        for id in ["stop-used"] + Self.redFlagQuestions + ["note-to-self"] {
            let q = script.question(id)
            #expect(q?.who == .each, "\(id) must be asked of each person")
            #expect(q?.reveal == false, "\(id) must not be revealed")
        }
    }

    static let ignoredMessage = "A safe word or signal has to mean stop"

    @Test func practiceSafeWordIgnoredRaisesTheFlag() {
        let (session, _, steps, _) = walk("debrief", .practice, people: [Self.sam]) { p in
            switch p.id {
            case "stop-used", "safeword-ignored": "yes"
            case "pressured", "beyond-agreed", "hurt": "no"
            default: nil
            }
        }
        #expect(session.record.status == .complete)
        #expect(session.record.flags.map(\.id) == ["ignored-safe-word"])
        // The answer is followed straight away by the warning sign and the offer to pause or stop.
        let i = steps.firstIndex { $0.prompt.id == "safeword-ignored" }
        #expect(i.map { steps[$0].typed } == "yes")
        let warning = i.map { steps[$0 + 1].prompt }
        #expect(warning?.kind == .warning)
        #expect(warning?.intro.contains { $0.kind == .flag && $0.text.contains(Self.ignoredMessage) } == true)
        #expect(warning?.intro.contains { $0.kind == .flag && $0.text.contains("emergency number") } == true)
        #expect(warning?.choices.map(\.id) == ["break", "stop", "carry-on"])
    }

    /// The steps whose answer raised a warning sign: the prompt after them is the warning.
    static func raisedAt(_ steps: [Step]) -> [String] {
        steps.indices.dropLast().filter { steps[$0 + 1].prompt.kind == .warning }.map { steps[$0].prompt.id }
    }

    @Test func practiceNoRedFlagWhenAllWasWell() {
        let (session, _, _, _) = walk("debrief", .practice, people: [Self.sam]) { p in
            Self.redFlagQuestions.contains(p.id) ? "no" : nil
        }
        #expect(session.record.status == .complete)
        #expect(session.record.flags.isEmpty)
    }

    @Test(arguments: [
        (["stop-used", "safeword-ignored"], "ignored-safe-word", "safeword-ignored"),
        (["pressured"], "felt-pressured", "pressured"),
        (["beyond-agreed"], "went-past-limits", "beyond-agreed"),
        (["hurt"], "got-hurt", "hurt"),
    ])
    func eachRedFlagHasItsOwnFlag(yes: [String], flag: String, raisedAt: String) {
        let (session, _, steps, _) = walk("debrief", .practice, people: [Self.sam]) { p in
            if yes.contains(p.id) { return "yes" }
            return (["stop-used"] + Self.redFlagQuestions).contains(p.id) ? "no" : nil
        }
        #expect(session.record.status == .complete)
        #expect(session.record.flags.map(\.id) == [flag])
        #expect(Self.raisedAt(steps) == [raisedAt])
    }

    /// Together: Sam's safe word was ignored, Alex's wasn't used. The flag is raised from Sam's answer, shown in
    /// the reply to it, during Sam's private turn; Alex never sees it, nor the advice that follows it.
    @Test func togetherFlagIsShownOnlyToThePersonWhoseAnswerRaisedIt() {
        let (session, _, steps, opening) = walk("debrief", .together, people: [Self.sam, Self.alex]) { p in
            switch (p.id, p.person.id) {
            case ("stop-used", "p1"), ("safeword-ignored", "p1"): "yes"
            case ("stop-used", _), ("safeword-ignored", _), ("pressured", _), ("beyond-agreed", _), ("hurt", _): "no"
            default: nil
            }
        }
        let r = session.record
        #expect(r.status == .complete)
        #expect(r.flags.map(\.id) == ["ignored-safe-word"])
        #expect(r.answer("safeword-ignored", by: "p2")?.value == .bool(false))

        let i = steps.firstIndex { $0.prompt.id == "safeword-ignored" }
        let answered = i.map { steps[$0] }
        #expect(answered?.prompt.isPrivate == true)
        #expect(answered?.prompt.person.id == "p1")
        // The warning comes next, to Sam alone; then Sam's turn goes on, still private.
        if let i, i + 2 < steps.count {
            let warning = steps[i + 1].prompt
            #expect(warning.kind == .warning && warning.isPrivate && warning.person.id == "p1")
            #expect(warning.intro.contains { $0.kind == .flag && $0.text.contains(Self.ignoredMessage) })
            #expect(steps[i + 2].prompt.isPrivate && steps[i + 2].prompt.person.id == "p1")
        }

        // Nothing shown to Alex, or to both, mentions the flag or the advice after it.
        let advice = "choose a calm time to talk"
        for (k, s) in steps.enumerated() {
            let audienceIsSam = s.prompt.isPrivate && s.prompt.person.id == "p1"
            if !audienceIsSam {
                let shown = s.prompt.intro.map(\.text) + [s.prompt.text]
                #expect(
                    !shown.contains { $0.contains(Self.ignoredMessage) || $0.contains(advice) },
                    "shown to \(s.prompt.person.id) at \(s.prompt.id)")
            }
            // A reply is read by whoever typed; and if the screen changes hands next, still by them first.
            if !audienceIsSam {
                #expect(
                    !s.reply.notes.contains { $0.text.contains(Self.ignoredMessage) || $0.text.contains(advice) },
                    "reply to \(s.prompt.person.id) at \(s.prompt.id) (step \(k))")
            }
        }
        #expect(!opening.notes.contains { $0.kind == .flag })
        // Sam did see the advice, in the private turn.
        #expect(
            steps.contains {
                $0.prompt.person.id == "p1" && $0.prompt.isPrivate
                    && $0.prompt.intro.contains { $0.text.contains(advice) }
            })
    }

    /// What Alex sees, and what both see, is the same whatever Sam answered to a private question that is
    /// not revealed: no text, no coaching, no progress count ("2 of 6") gives Sam's answer away.
    @Test(arguments: [
        ("debrief", "stop-used", "yes", "no"), ("debrief", "safeword-ignored", "yes", "no"),
        ("debrief", "pressured", "yes", "no"), ("debrief", "beyond-agreed", "yes", "no"),
        ("debrief", "hurt", "yes", "no"), ("debrief", "feel-now", "5,6,7", "1"),
        ("debrief", "body", "2,3,4,5,6", "1"), ("debrief", "note-to-self", "something", ""),
        ("check-in", "lately", "1", "5"), ("check-in", "agreements-fit", "no", "yes"),
        ("check-in", "changed", "1,2,3,4,5", "6"),
    ])
    func togetherTheOtherPersonsViewDoesNotDependOnPrivateAnswers(
        talk: String, question: String, one: String, other: String
    ) {
        func view(samSays answer: String) -> [String] {
            let (session, _, steps, _) = walk(talk, .together, people: [Self.sam, Self.alex]) { p in
                guard case .question = p.kind, p.id == question else { return nil }
                return p.person.id == "p1" ? answer : other
            }
            #expect(session.record.status == .complete)
            return steps.filter { !($0.prompt.isPrivate && $0.prompt.person.id == "p1") }.map { s in
                ([
                    s.prompt.id, s.prompt.person.id.rawValue, s.prompt.text, s.prompt.hint ?? "",
                    s.prompt.progress?.line ?? "",
                ]
                    + s.prompt.intro.map(\.text) + ["->"] + s.reply.notes.map(\.text)).joined(separator: " | ")
            }
        }
        let a = view(samSays: one)
        let b = view(samSays: other)
        #expect(a.count == b.count)
        for (x, y) in zip(a, b) { #expect(x == y) }
    }

    // MARK: docs/coverage.md

    /// `check-in:step/question` and `debrief:step/question`, `debrief:flag:ID` name real ids; every question of the
    /// two talks is named.
    @Test(arguments: ["check-in", "debrief"])
    func coverageDocNamesRealIds(name: String) throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/coverage.md")
        let doc = try String(contentsOf: url, encoding: .utf8)
        let script = Self.compile(name)
        let spans = doc.split(separator: "`", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 1 }.map { String($0.element) }.filter { $0.hasPrefix(name + ":") }
        #expect(spans.count >= 5)
        for span in spans {
            let rest = span.dropFirst(name.count + 1)
            if rest.hasPrefix("flag:") {
                let id = rest.dropFirst(5)
                let found = script.steps.contains {
                    $0.nodes.contains { if case .flag(let f) = $0 { f.id == id } else { false } }
                }
                #expect(found, "coverage.md names \(span), which is not a flag of \(name)")
            } else {
                let parts = rest.split(separator: "/")
                #expect(parts.count == 2, "coverage.md: \(span) is not step/question")
                guard parts.count == 2 else { continue }
                let step = script.steps.first { $0.id == parts[0] }
                let asked =
                    step?.nodes.contains { if case .ask(let q) = $0 { q.id == parts[1] } else { false } } ?? false
                #expect(asked, "coverage.md names \(span), which \(name) does not ask in that step")
            }
        }
        for step in script.steps where step.id != "ready" {
            for case .ask(let q) in step.nodes {
                #expect(
                    doc.contains("`\(name):\(step.id)/\(q.id)`"),
                    "coverage.md does not mention \(name):\(step.id)/\(q.id)")
            }
            for case .flag(let f) in step.nodes {
                #expect(doc.contains("`\(name):flag:\(f.id)`"), "coverage.md does not mention \(name):flag:\(f.id)")
            }
        }
    }
}
