import BuiltinTalks
import Foundation
import TalkScript
import Testing

@testable import TalkEngine

/// What happens inside one person's private turn of a together talk stays in that turn.
struct PrivateTurnTests {
    let now = TogetherFixture.now
    let people = TogetherFixture.people

    var script: Script { TogetherFixture.together }

    /// Both readiness checks done: Sam's private run begins.
    func samsTurn() -> Session { TogetherFixture.samsTurn().0 }

    @Test func theYellowMenuInAPrivateTurnStaysInIt() {
        var s = samsTurn()
        #expect(s.current?.isPrivate == true)
        _ = s.submit("yellow", now: now)
        // A shared menu would make the host hand the screen to both, in the middle of Sam's answers.
        #expect(s.current?.kind == .menu)
        #expect(s.current?.isPrivate == true && s.current?.person.id == "p1")
    }

    @Test func backAtTheStartOfTheSecondTurnStaysThereAfterAResume() {
        var s = samsTurn()
        for input in ["yes", "no", "no", "yes", "SAM-ROUGH", "SAM-SECRET"] { _ = s.submit(input, now: now) }
        _ = s.pause(reason: "command", now: now)
        var resumed = Session(script: s.script, record: s.record)
        _ = resumed.resume(now: now)
        #expect(resumed.current?.person.id == "p2")
        let reply = resumed.submit(":back", now: now)
        #expect(reply.problem != nil)
        #expect(resumed.current?.person.id == "p2" && resumed.current?.defaultText == nil)
        // Further into Alex's turn, :back reaches only Alex's own answers.
        for input in ["no", "yes", "yes", "maybe", "ALEX-ROUGH"] { _ = resumed.submit(input, now: now) }
        var seen: [String] = []
        for _ in 0..<8 {
            _ = resumed.submit(":back", now: now)
            seen.append(resumed.current?.defaultText ?? "")
            #expect(resumed.current?.person.id == "p2")
        }
        #expect(seen.first == "ALEX-ROUGH")
        #expect(!seen.contains { $0.contains("SAM") })
    }

    /// `:hide` in the middle of a private turn: paused, everything saved, and nothing said at all, so the
    /// host can clear the screen and leave without a word anyone could read.
    @Test func hideSaysNothingAndPauses() {
        var s = samsTurn()
        for input in ["yes", "no", "no", "yes", "SAM-ROUGH"] { _ = s.submit(input, now: now) }
        let reply = s.submit(":hide", now: now)
        #expect(reply.hide)
        #expect(reply.notes.isEmpty && reply.problem == nil)
        #expect(s.current == nil && s.ending == .paused && s.wasHidden)
        #expect(s.record.answer("rough", by: "p1")?.value == .text("SAM-ROUGH"))
        var resumed = Session(script: s.script, record: s.record)
        _ = resumed.resume(now: now)
        #expect(resumed.current?.id == "secret" && !resumed.wasHidden)
    }
}
