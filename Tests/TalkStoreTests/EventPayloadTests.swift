import TalkEngine
import TalkScript
import Testing

@testable import TalkStore

/// An entry is folded only when its type has every field it needs (`Event.payload`): one that lacks
/// them is damage, named with its line, never an entry the record quietly skips.
struct EventPayloadTests {
    let t0 = Moment(epochSeconds: 1_795_000_000, utcOffset: 0)

    func started() -> Event {
        Event(
            .started, at: t0, talk: TalkInfo(id: "t", title: "T", version: 1, hash: "sha256:0", source: "t"),
            mode: .practice, people: [Participant(id: "p1", name: nil)])
    }

    @Test(arguments: [
        Event(.answered, at: Moment(epochSeconds: 1_795_000_000, utcOffset: 0), question: "q", value: .text("no one")),
        Event(
            .rated, at: Moment(epochSeconds: 1_795_000_000, utcOffset: 0), question: "q", by: "p1",
            value: .option("yes")),
        Event(
            .added, at: Moment(epochSeconds: 1_795_000_000, utcOffset: 0), question: "q", by: "p1",
            value: .text("not lines")),
        Event(.flagged, at: Moment(epochSeconds: 1_795_000_000, utcOffset: 0), by: "p1", text: "which flag?"),
        Event(.leftOpen, at: Moment(epochSeconds: 1_795_000_000, utcOffset: 0), question: "q", reason: "bored"),
        Event(.reworded, at: Moment(epochSeconds: 1_795_000_000, utcOffset: 0), value: .text("which line?")),
        Event(.revealed, at: Moment(epochSeconds: 1_795_000_000, utcOffset: 0)),
        Event(.reviewed, at: Moment(epochSeconds: 1_795_000_000, utcOffset: 0), reason: "kept"),
        Event(.reviewed, at: Moment(epochSeconds: 1_795_000_000, utcOffset: 0), reason: "changed", standing: .signal),
        Event(.reviewed, at: Moment(epochSeconds: 1_795_000_000, utcOffset: 0), reason: "forgot", standing: .signal),
    ])
    func anEntryWithoutTheFieldsItNeedsIsDamage(event: Event) throws {
        #expect(event.payload == nil)
        let bytes = JournalCodec.encode(seq: 1, event: started()) + JournalCodec.encode(seq: 2, event: event)
        #expect {
            _ = try LoadedJournal.parse(bytes: bytes, path: "j")
        } throws: { error in
            guard case StoreError.damaged(_, let line, let detail)? = error as? StoreError else { return false }
            return line == 2 && detail.contains("without the fields it needs")
        }
    }

    @Test func whatTheSessionWritesAlwaysHasAPayload() {
        let events = [
            started(),
            Event(.answered, at: t0, question: "q", by: "p1", value: .skipped, kindName: "text"),
            Event(.rated, at: t0, question: "r", by: "p1", item: "hugs", value: .skipped),
            Event(.added, at: t0, question: "r", by: "p1", value: .lines([])),
            Event(.paused, at: t0, question: "q", reason: "command"),
        ]
        #expect(events.allSatisfy { $0.payload != nil })
        let record = Record.fold(id: "t", events: events)
        #expect(record?.status == .paused)
        #expect(
            record?.answers["r"]?["p1"]?.value == .ratings(RatingSheet(ratings: ["hugs": String?.none], additions: [])))
    }
}
