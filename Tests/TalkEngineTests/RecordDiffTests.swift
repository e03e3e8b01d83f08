import TalkScript
import Testing

@testable import TalkEngine

struct RecordDiffTests {
    let t0 = Moment(iso8601: "2026-11-21T10:00:00+00:00")!

    func script() -> Script {
        TalkCompiler.compile(
            SourceFile(
                name: "t.talk",
                text: """
                    talk t "T" version 1
                    catalog acts "Things"
                      item hugs "Hugs"
                      item biting "Biting"
                    step one "One"
                      ask acts rate acts as yes no "Rate"
                      ask word word "Safe word?" both
                      ask note text "Note?"
                    """)
        ).script!
    }

    func record(_ id: String, mode: Mode, hugs: String, word: String, note: String?) -> Record {
        let people =
            mode == .practice
            ? [Participant(id: "p1", name: "Sam")]
            : [Participant(id: "p1", name: "Sam"), Participant(id: "p2", name: "Alex")]
        var events = [
            Event(
                .started, at: t0, talk: TalkInfo(id: "t", title: "T", version: 1, hash: "h", source: "t"), mode: mode,
                people: people)
        ]
        for p in people {
            events.append(
                Event(
                    .rated, at: t0, question: "acts", by: p.id, item: "hugs",
                    value: .option(p.id == "p1" ? hugs : "yes")))
            events.append(Event(.rated, at: t0, question: "acts", by: p.id, item: "biting", value: .option("yes")))
            if let note {
                events.append(
                    Event(.answered, at: t0, question: "note", by: p.id, value: .text(note), kindName: "text"))
            }
        }
        if mode == .practice {
            events.append(Event(.answered, at: t0, question: "word", by: "p1", value: .text(word), kindName: "word"))
        } else {
            events.append(Event(.proposed, at: t0, question: "word", by: "p1", value: .text(word), kindName: "word"))
            events.append(Event(.agreed, at: t0, question: "word", by: "p2", kindName: "word"))
            events.append(Event(.revealed, at: t0, question: "acts"))
        }
        return Record.fold(id: id, events: events)!
    }

    @Test func practiceShowsChangedRatingsAnswersAndNewOnes() {
        let diff = RecordDiff(
            old: record("a", mode: .practice, hugs: "yes", word: "pineapple", note: nil),
            new: record("b", mode: .practice, hugs: "no", word: "mango", note: "hello"), script: script())
        #expect(
            diff.changes.contains {
                $0.question == "Hugs" && $0.before == "Yes, I'd like to try it" && $0.after == "No, not for me"
            })
        #expect(
            diff.changes.contains { $0.question == "Safe word?" && $0.before == "pineapple" && $0.after == "mango" })
        #expect(diff.changes.contains { $0.question == "Note?" && $0.before == nil && $0.after == "hello" })
        #expect(!diff.changes.contains { $0.question == "Biting" })
    }

    @Test func togetherComparesOnlyWhatBothHaveSeenUnlessEverything() {
        let old = record("a", mode: .together, hugs: "yes", word: "pineapple", note: "private one")
        let new = record("b", mode: .together, hugs: "no", word: "mango", note: "private two")
        let shared = RecordDiff(old: old, new: new, script: script())
        #expect(shared.changes.contains { $0.after?.contains("mango") == true })
        // Sam's new no to hugs, and the private notes, never show in the shared comparison.
        for c in shared.changes {
            #expect(!(c.after ?? "").contains("private") && !(c.before ?? "").contains("private"))
            #expect(c.question != "Hugs")
        }
        let all = RecordDiff(old: old, new: new, script: script(), everything: true)
        #expect(all.changes.contains { $0.question == "Hugs" && $0.person == "Sam" && $0.after == "No, not for me" })
    }
}
