import BuiltinTalks
import Foundation
import TalkScript

@testable import TalkEngine

/// The small together talk the engine tests share (Tests/Transcripts/together.talk, after the readiness
/// check), Sam and Alex, and a session of it past both readiness checks: Sam's private run begins.
enum TogetherFixture {
    static let now = Moment(iso8601: "2026-11-21T10:00:00+00:00")!
    static let people = [Participant(id: "p1", name: "Sam"), Participant(id: "p2", name: "Alex")]

    /// A talk from Tests/Transcripts, compiled with the readiness check.
    static func script(_ file: String = "together.talk") -> Script {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        let text = try! String(
            contentsOfFile: folder.appendingPathComponent("Transcripts/" + file).path, encoding: .utf8)
        return TalkCompiler.compile(
            SourceFile(name: file, text: text),
            prelude: SourceFile(name: "readiness.talk", text: BuiltinTalks.readiness.source)
        ).script!
    }

    static let together = script()

    /// Both readiness checks answered; what the start and each answer made, in order.
    static func samsTurn(sealing: Sealing? = nil, script: Script = together) -> (Session, [Event]) {
        var (s, opening) = Session.start(
            script: script, talk: TalkInfo(id: "t", title: "t", version: 1, hash: "h", source: "t"),
            id: "t", mode: .together, people: people, now: now, sealing: sealing)
        var events = opening.events
        for _ in 0..<8 { events += s.submit("yes", now: now).events }
        return (s, events)
    }
}
