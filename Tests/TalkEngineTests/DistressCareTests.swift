import BuiltinTalks
import Foundation
import TalkScript
import Testing

@testable import TalkEngine

/// An answer in which distress was noticed stays with its author: the record, shared views and text
/// for anyone else read it as skipped; the author's own view keeps it.
struct DistressCareTests {
    let now = Moment(iso8601: "2026-11-21T10:00:00+00:00")!
    let sam = Participant(id: "p1", name: "Sam")
    let alex = Participant(id: "p2", name: "Alex")

    func script(_ file: String) -> Script {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        let text = try! String(
            contentsOfFile: folder.appendingPathComponent("Transcripts/\(file)").path, encoding: .utf8)
        return TalkCompiler.compile(
            SourceFile(name: file, text: text),
            prelude: SourceFile(name: "readiness.talk", text: BuiltinTalks.readiness.source)
        ).script!
    }

    /// Both private runs of together-care.talk answered, and the reveal seen.
    func together(samRough: String, alexRough: String) -> Session {
        let people = [sam, alex]
        var (s, _) = Session.start(
            script: script("together-care.talk"),
            talk: TalkInfo(id: "t", title: "t", version: 1, hash: "h", source: "t"),
            id: "t", mode: .together, people: people, now: now)
        for input in Array(repeating: "yes", count: 8) + [samRough, "", alexRough, "", ""] { submit(input, to: &s) }
        return s
    }

    /// Types a line; first, as a person would, carries on past any check-in or warning sign on screen.
    func submit(_ input: String, to s: inout Session) {
        while s.current?.kind == .warning { _ = s.submit("carry on", now: now) }
        _ = s.submit(input, now: now)
    }

    @Test func aDistressFlagIsRaisedOncePerPersonAndQuestion() {
        let started = Event(.started, at: now, mode: .together, people: [sam, alex])
        func flag(_ by: PersonID, _ q: String?) -> Event {
            Event(.flagged, at: now, question: q, by: by, flag: Record.distressFlag, text: "")
        }
        let record = Record.fold(
            id: "t",
            events: [
                started, flag("p1", "rough"), flag("p1", "rough"), flag("p1", "secret"),
                flag("p2", "rough"),
            ])!
        #expect(record.flags.map { "\($0.by ?? "-") \($0.question ?? "-")" } == ["p1 rough", "p1 secret", "p2 rough"])
        #expect(record.isWithheld(question: "rough", by: "p1"))
        #expect(!record.isWithheld(question: "plan", by: "p1"))
        // A flag from an older journal, with no question, is still raised once per person.
        let old = Event(.flagged, at: now, by: "p1", flag: "refuses", text: "")
        #expect(Record.fold(id: "t", events: [started, old, old])!.flags.count == 1)
    }

    @Test func sharedViewsShowAWithheldAnswerAsSkipped() {
        let s = together(samRough: "he hit me", alexRough: "firm hands")
        #expect(s.record.flags.map(\.id) == [Record.distressFlag])
        #expect(s.record.revealed == ["rough"])
        for everything in [false, true] {
            let text = RecordView(record: s.record, script: s.script, everything: everything).sections
                .flatMap(\.entries).flatMap(\.answers).map(\.text).joined(separator: "\n")
            #expect(!text.contains("hit me"), "everything: \(everything)")
            #expect(text.contains("(skipped)") && text.contains("firm hands"), "everything: \(everything)")
        }
        // The same record without the flag shows it: the flag is what keeps it back.
        var unflagged = s.record
        unflagged.flags = []
        unflagged.reveals = nil  // computed again, as for a record from before reveals were kept
        #expect(
            RecordView(record: unflagged, script: s.script, everything: false).sections
                .flatMap(\.entries).flatMap(\.answers).contains { $0.text.contains("hit me") })
    }

    @Test func textQuotesAWithheldAnswerOnlyToItsAuthor() {
        let s = together(samRough: "he hit me", alexRough: "firm hands")
        let ref = Reference(path: ["rough"])
        #expect(s.facts(.shared).resolve(ref) == "firm hands")
        #expect(s.facts(for: "p1").resolve(ref) == "he hit me")
    }

    @Test func practiceKeepsTheAnswerInTheAuthorsOwnViewAndOutOfTheCard() {
        var (s, _) = Session.start(
            script: script("all-kinds.talk"), talk: TalkInfo(id: "t", title: "t", version: 1, hash: "h", source: "t"),
            id: "t", mode: .practice, people: [Participant(id: "p1", name: "Sam")], now: now)
        for input in ["yes", "yes", "yes", "yes", "1", "yes", "he hurts me", ""] { _ = s.submit(input, now: now) }
        #expect(s.record.isWithheld(question: "opener", by: "p1"))
        let view = RecordView(record: s.record, script: s.script, everything: true)
        #expect(view.sections.flatMap(\.entries).flatMap(\.answers).contains { $0.text.contains("he hurts me") })
        #expect(!s.cardLines.contains { $0.id == "open" })
        #expect(s.facts(.shared).resolve(Reference(path: ["opener"])) == nil)
    }
}

extension DistressCareTests {
    /// What show, export and diff print of a together talk, --all and JSON included.
    @Test func theRecordForEveryoneSkipsWithheldAnswersAndDropsTheirFlags() {
        let s = together(samRough: "he hit me", alexRough: "firm hands")
        let shown = s.record.withheldAnswersSkipped
        #expect(shown.answer("rough", by: "p1")?.value == .skipped)
        #expect(shown.answer("rough", by: "p2")?.value == .text("firm hands"))
        #expect(shown.flags.isEmpty)
        #expect(s.record.answer("rough", by: "p1")?.value == .text("he hit me"))  // the journal's record keeps it
    }
}

extension DistressCareTests {
    /// A suggestion that held distress never became the joint answer, so what was agreed later is shared.
    @Test func anAgreementAfterAHeldBackSuggestionIsShared() {
        var s = together(samRough: "firm hands", alexRough: "slow")
        _ = s.submit("he will hit me", now: now)
        #expect(s.record.agreements["plan"] == nil)
        #expect(s.record.hasFlag(Record.distressFlag, by: "p1", question: "plan"))
        // The check-in comes next, to Sam alone; then the question is asked again.
        #expect(s.current?.kind == .warning && s.current?.isPrivate == true && s.current?.person.id == "p1")
        #expect(s.current?.intro.contains { $0.kind == .checkIn && $0.text == CareText.distressCheckIn } == true)
        submit("a slow evening", to: &s)
        submit("yes", to: &s)
        #expect(s.record.withheldAnswersSkipped.answer("plan", by: "p1")?.value == .text("a slow evening"))
        #expect(!s.record.isWithheld(question: "plan", by: "p1"))
    }

    /// Lines typed before Ctrl-D are saved as the answer: if they hold distress, the check-in is still said.
    @Test func pausingAfterDistressedLinesStillChecksIn() {
        var (s, _) = Session.start(
            script: script("all-kinds.talk"), talk: TalkInfo(id: "t", title: "t", version: 1, hash: "h", source: "t"),
            id: "t", mode: .practice, people: [Participant(id: "p1", name: "Sam")], now: now)
        for input in ["yes", "yes", "yes", "yes", "1", "yes", "he hurts me"] { _ = s.submit(input, now: now) }
        let reply = s.pause(reason: "end-of-input", now: now)
        #expect(reply.notes.contains { $0.kind == .checkIn && $0.text == CareText.distressCheckIn })
        #expect(s.record.isWithheld(question: "opener", by: "p1"))
        // On resume, the check-in and its choice come first.
        var again = Session(script: s.script, record: s.record)
        _ = again.resume(now: now)
        #expect(again.current?.kind == .warning && again.current?.intro.first?.text == CareText.distressCheckIn)
    }
}
