import BuiltinTalks
import Foundation
import TalkScript
import Testing

@testable import TalkEngine

/// A sealed together talk read back without keys: the private answers are sealed lines the record holds
/// closed. The walk must find its place without them, ask for exactly the person it needs, and go on
/// exactly as before once they are opened.
struct SealedWalkTests {
    let now = TogetherFixture.now
    let people = TogetherFixture.people
    let samsRun = ["yes", "no", "no", "yes", "SAM-ROUGH", "SAM-SECRET"]
    let alexsRun = ["no", "yes", "yes", "maybe", "ALEX-ROUGH", "ALEX-SECRET"]

    var script: Script { TogetherFixture.together }

    /// A sealed talk after `inputs` (readiness first), and every event it made, in order.
    func talk(_ inputs: [String], script: Script = TogetherFixture.together) -> (Session, [Event]) {
        var (s, events) = TogetherFixture.samsTurn(sealing: .privateAnswers, script: script)
        for input in inputs { events += s.submit(input, now: now).events }
        return (s, events)
    }

    /// The record as a reader without keys folds it: each private event held closed.
    func locked(_ events: [Event], script: Script) -> Record {
        var record = Record(id: "t", started: events[0])
        for (i, event) in events.enumerated().dropFirst() {
            if let by = record.sealedAuthor(of: event, script: script) {
                record.holdSealed(SealedEntry(seq: i + 1, by: by, box: ""))
            } else {
                record.apply(event)
            }
        }
        return record
    }

    /// `person`'s sealed events, as opening their lines gives them.
    func opened(_ events: [Event], for person: PersonID, script: Script, record: Record) -> [Event] {
        events.dropFirst().filter { record.sealedAuthor(of: $0, script: script) == person }
    }

    @Test func privateAnswersAndTheirFlagsAreTheirAuthorsReadinessAndJointOnesArePlain() {
        let (s, events) = talk(samsRun + alexsRun + [""])
        let record = s.record
        let sealedFor = events.compactMap { record.sealedAuthor(of: $0, script: s.script) }
        #expect(sealedFor.contains("p1") && sealedFor.contains("p2"))
        for event in events where event.type == .answered {
            let author = record.sealedAuthor(of: event, script: s.script)
            #expect(author == (s.script.isReadiness(question: event.question!) ? nil : event.by))
        }
        for event in events where [.revealed, .turnEnded, .started, .proposed].contains(event.type) {
            #expect(record.sealedAuthor(of: event, script: s.script) == nil)
        }
        #expect(record.sealedAuthor(of: Event(.flagged, at: now, by: "p2", flag: "f", text: "x"), script: nil) == "p2")
        #expect(record.sealedAuthor(of: Event(.flagged, at: now, flag: "f", text: "x"), script: nil) == nil)
    }

    @Test func resumedInTheSecondTurnItAsksForTheSecondPersonOnly() {
        let (s, events) = talk(samsRun + ["no", "yes"])
        #expect(s.current?.person.id == "p2")
        let record = locked(events, script: s.script)
        #expect(record.lockedPeople == ["p1", "p2"])
        var resumed = Session(script: s.script, record: record)
        // Sam's turn is over (recorded in the open): only Alex's answers are needed to go on.
        #expect(resumed.personToUnlock == "p2")
        #expect(resumed.current?.kind == .unlock && resumed.current?.isPrivate == true)
        #expect(resumed.submit("anything", now: now).problem != nil)
        _ = resumed.open(opened(events, for: "p2", script: s.script, record: record), for: "p2", now: now)
        #expect(resumed.personToUnlock == nil)
        #expect(resumed.current?.id == s.current?.id && resumed.current?.person.id == "p2")
        #expect(resumed.current?.progress == s.current?.progress)
        // Sam's answers stay closed: Alex's turn never needs them.
        #expect(resumed.record.lockedPeople == ["p1"])
        #expect(resumed.record.answer("rough", by: "p1") == nil)
    }

    @Test func resumedInTheFirstTurnItAsksForTheFirstPerson() {
        let (s, events) = talk(["yes", "no"])
        var resumed = Session(script: s.script, record: locked(events, script: s.script))
        #expect(resumed.personToUnlock == "p1")
        _ = resumed.open(opened(events, for: "p1", script: s.script, record: resumed.record), for: "p1", now: now)
        #expect(resumed.current?.id == s.current?.id && resumed.current?.person.id == "p1")
    }

    @Test func theRevealNeedsEveryoneThenTheRestNeedsNobody() {
        let (s, events) = talk(samsRun + alexsRun)
        #expect(s.current?.kind == .reveal)
        var resumed = Session(script: s.script, record: locked(events, script: s.script))
        #expect(resumed.personToUnlock == "p1")
        let record = resumed.record
        _ = resumed.open(opened(events, for: "p1", script: s.script, record: record), for: "p1", now: now)
        #expect(resumed.personToUnlock == "p2")
        _ = resumed.open(opened(events, for: "p2", script: s.script, record: record), for: "p2", now: now)
        #expect(resumed.current?.kind == .reveal)
        #expect(resumed.current?.intro == s.current?.intro)

        // Past the reveal, the joint questions go on without opening anything.
        let (after, all) = talk(samsRun + alexsRun + [""])
        #expect(after.current?.id == "safeword")
        let later = Session(script: after.script, record: locked(all, script: after.script))
        #expect(later.personToUnlock == nil)
        #expect(later.current?.id == "safeword" && later.current?.person.id == after.current?.person.id)
    }

    @Test func theRevealAsShownIsKeptInTheOpen() {
        let (s, events) = talk(samsRun + alexsRun + [""])
        let record = locked(events, script: s.script)
        #expect(record.answer("rough", by: "p1") == nil)
        let open = RecordView(record: s.record, script: s.script, everything: false)
        let closed = RecordView(record: record, script: s.script, everything: false)
        #expect(!open.sections.isEmpty)
        #expect(closed.sections == open.sections)
        #expect(closed.sections.flatMap(\.entries).contains { $0.questionId == "rough" })
    }

    @Test func openingNeverChangesThePlainStatus() {
        let (s, events) = talk(samsRun + ["no"])
        var paused = s
        let pause = paused.pause(reason: "command", now: now)
        var record = locked(events + pause.events, script: s.script)
        #expect(record.status == .paused)
        record.open(opened(events, for: "p2", script: s.script, record: record), for: "p2")
        #expect(record.status == .paused && record.answer("acts", by: "p2") != nil)
    }

    @Test func practisingWithTheWholeRecordSealedNeedsThePassphraseFirst() {
        var (s, opening) = Session.start(
            script: script, talk: TalkInfo(id: "t", title: "t", version: 1, hash: "h", source: "t"),
            id: "t", mode: .practice, people: [people[0]], now: now, sealing: .whole)
        var events = opening.events
        #expect(s.keyHolder == "p1")
        for input in ["yes", "yes", "yes", "yes", "1", "yes", "yes", "no"] {
            events += s.submit(input, now: now).events
        }
        let started = events[0]
        #expect(s.record.sealedAuthor(of: started, script: s.script) == nil)
        #expect(events.dropFirst().allSatisfy { s.record.sealedAuthor(of: $0, script: s.script) == "p1" })
        var resumed = Session(script: s.script, record: locked(events, script: s.script))
        #expect(resumed.personToUnlock == "p1")
        _ = resumed.open(Array(events.dropFirst()), for: "p1", now: now)
        #expect(resumed.current?.id == s.current?.id)
    }

    /// A step shown only when both said something privately: without their answers it can't be known
    /// whether it comes, so the walk asks for them (the first locked person first) instead of guessing.
    @Test func aSharedConditionOnPrivateAnswersNeedsThemOpened() {
        let script = TogetherFixture.script("both-condition.talk")
        let (s, events) = talk(["yes", "yes"], script: script)
        #expect(s.current?.id == "plan")  // both said yes: the shared step comes
        var resumed = Session(script: script, record: locked(events, script: script))
        #expect(resumed.personToUnlock == "p1")
        _ = resumed.open(opened(events, for: "p1", script: script, record: resumed.record), for: "p1", now: now)
        #expect(resumed.personToUnlock == "p2")
        _ = resumed.open(opened(events, for: "p2", script: script, record: resumed.record), for: "p2", now: now)
        #expect(resumed.current?.id == "plan" && resumed.personToUnlock == nil)
    }
}
