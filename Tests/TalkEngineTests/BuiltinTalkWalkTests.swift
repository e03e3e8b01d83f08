import BuiltinTalks
import TalkScript
import Testing

@testable import TalkEngine

/// A patient robot answers whatever the default talk asks, by the kind of prompt, until the end:
/// the talk must be completable in both modes, with every question reachable.
struct BuiltinTalkWalkTests {
    static func compile() -> Script {
        let t = BuiltinTalks.named(BuiltinTalks.defaultName)!
        let compiled = TalkCompiler.compile(
            SourceFile(name: t.fileName, text: t.source),
            prelude: SourceFile(name: "readiness.talk", text: BuiltinTalks.readiness.source))
        return compiled.script!
    }

    /// Questions whose "yes" is a warning sign: the robot says no, so the talk runs to its card.
    static let warningSigns: Set<String> = ["limits-pushed", "past-harm"]

    static func answer(_ p: Prompt, turn: Int) -> String {
        if case .question = p.kind, warningSigns.contains(p.id) { return "no" }
        switch p.kind {
        case .question(.yesno), .confirm, .agreement: return "yes"
        case .question(.choice), .question(.choices), .question(.scale): return "1"
        case .question(.date): return "saturday 7pm"
        case .question(.word): return "pineapple"
        case .question(.lines), .question(.list):
            return p.id == "acts" ? "" : "something"  // the additions prompt: none this time
        case .question: return "something"
        case .rating: return ["yes", "maybe", "no", "fantasy", "unsure"][turn % 5]
        case .menu: return "4"
        case .warning: return "3"  // carry on
        case .multiline, .rehearse, .reveal, .reword, .unlock: return ""
        }
    }

    func walk(_ mode: Mode, people: [Participant]) -> (Session, [Event], Set<String>) {
        let now = Moment(iso8601: "2026-11-21T10:00:00+00:00")!
        let talk = TalkInfo(id: "how-to-talk", title: "t", version: 1, hash: "h", source: "how-to-talk")
        var (session, reply) = Session.start(
            script: Self.compile(), talk: talk, id: "t", mode: mode, people: people, now: now)
        var events = reply.events
        var asked = Set<String>()
        var turn = 0
        while let p = session.current, turn < 5000 {
            asked.insert(p.id)
            reply = session.submit(Self.answer(p, turn: turn), now: now)
            #expect(reply.problem == nil, "\(p.id) (\(p.kind)) refused the robot's answer: \(reply.problem ?? "")")
            events += reply.events
            turn += 1
        }
        return (session, events, asked)
    }

    @Test func practiceRunsToTheEndAndRehearsesTheCard() {
        let (session, events, asked) = walk(.practice, people: [Participant(id: "p1", name: "Sam")])
        #expect(session.record.status == .complete)
        #expect(events.contains { $0.type == .rehearsed })
        for q in ["ready-adult", "opener", "acts", "when", "safeword", "aftercare", "revisit"] {
            #expect(asked.contains(q))
        }
        #expect(Record.fold(id: "t", events: events) == session.record)
    }

    @Test func togetherRunsToTheEndWithRevealsAndAgreements() {
        let people = [Participant(id: "p1", name: "Sam"), Participant(id: "p2", name: "Alex")]
        let (session, events, _) = walk(.together, people: people)
        let r = session.record
        #expect(r.status == .complete)
        #expect(r.revealed.contains("acts"))
        #expect(r.revealed.contains("define-rough"))
        #expect(r.agreements["safeword"]?.agreed == true)
        #expect(Set(r.agreements["safeword"]?.consents.map(\.by) ?? []) == ["p1", "p2"])
        // Every private question was answered by both, on their own turns.
        for q in ["motivation", "acts", "hard-limits", "aftercare"] {
            #expect(r.answer(q, by: "p1") != nil && r.answer(q, by: "p2") != nil, "\(q) not answered by both")
        }
        // Together they are already talking: they agree on the next talk instead of planning this one.
        #expect(r.agreements["next-talk"]?.agreed == true)
        // Practice-only questions are not asked together; there is no rehearsal card.
        for q in ["invitation", "opener", "when", "where", "length", "ready-partner-adult", "ready-power"] {
            #expect(r.answers[q] == nil && r.agreements[q] == nil, "\(q) is for practice only")
        }
        #expect(!events.contains { $0.type == .rehearsed })
        #expect(Record.fold(id: "t", events: events) == r)
    }
}
