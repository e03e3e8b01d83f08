import BuiltinTalks
import Foundation
import TalkScript
import Testing

@testable import TalkEngine

/// In a together talk, nothing one partner answers in private may change what the other is shown.
struct TogetherPrivacyTests {
    let now = Moment(iso8601: "2026-11-21T10:00:00+00:00")!

    func start() -> Session {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        let text = try! String(
            contentsOfFile: folder.appendingPathComponent("Transcripts/together-private.talk").path, encoding: .utf8)
        let script = TalkCompiler.compile(
            SourceFile(name: "together-private.talk", text: text),
            prelude: SourceFile(name: "readiness.talk", text: BuiltinTalks.readiness.source)
        ).script!
        let people = [Participant(id: "p1", name: "Sam"), Participant(id: "p2", name: "Alex")]
        var (s, _) = Session.start(
            script: script, talk: TalkInfo(id: "t", title: "t", version: 1, hash: "h", source: "t"),
            id: "t", mode: .together, people: people, now: now)
        for _ in 0..<8 { _ = s.submit("yes", now: now) }  // both readiness checks
        return s
    }

    /// Sam's private run, answering `new` and `ignored` as given; returns the first prompt of Alex's turn.
    func alexFirstPrompt(samNew: String, samIgnored: String) -> (Prompt, Session) {
        var s = start()
        _ = s.submit(samNew, now: now)
        if samNew == "yes" { _ = s.submit("no", now: now) }
        _ = s.submit(samIgnored, now: now)
        if s.current?.kind == .warning { _ = s.submit("carry on", now: now) }
        return (s.current!, s)
    }

    @Test func whatSamAnsweredPrivatelyDoesNotChangeAlexsView() {
        let (a, _) = alexFirstPrompt(samNew: "yes", samIgnored: "yes")
        let (b, _) = alexFirstPrompt(samNew: "no", samIgnored: "no")
        #expect(a.person.id == "p2" && a.isPrivate)
        #expect(a == b)
        #expect(a.progress?.questionCount == 2)  // Alex has not said it's new: "slow" is not counted
    }

    @Test func aFlagIsShownToEachPersonWhoseOwnAnswerRaisesIt() {
        var (_, s) = alexFirstPrompt(samNew: "no", samIgnored: "yes")
        #expect(s.record.flags.map(\.by) == ["p1"])
        _ = s.submit("no", now: now)  // Alex: not new
        _ = s.submit("yes", now: now)  // Alex: a safe word was ignored too
        let warning = s.current
        #expect(warning?.kind == .warning && warning?.person.id == "p2" && warning?.isPrivate == true)
        #expect(warning?.intro.contains { $0.kind == .flag && $0.text.contains("warning sign") } == true)
        #expect(s.record.flags.map(\.by) == ["p1", "p2"])
    }

    @Test func noFlagForAlexWhenOnlySamAnsweredYes() {
        var (_, s) = alexFirstPrompt(samNew: "no", samIgnored: "yes")
        _ = s.submit("no", now: now)
        let reply = s.submit("no", now: now)
        #expect(!reply.notes.contains { $0.kind == .flag })
        #expect(s.current?.kind != .warning)
    }
}
