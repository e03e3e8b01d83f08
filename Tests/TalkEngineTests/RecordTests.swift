import Foundation
import TalkScript
import Testing

@testable import TalkEngine

struct RecordTests {
    let t0 = Moment(epochSeconds: 1_795_000_000, utcOffset: 3600)
    let talk = TalkInfo(id: "t", title: "T", version: 2, hash: "sha256:00", source: "t")

    func started() -> Event {
        Event(.started, at: t0, talk: talk, mode: .practice, people: [Participant(id: "p1", name: "Sam")])
    }

    @Test func foldKeepsTheLatestAnswerAndLifecycle() {
        let events = [
            started(),
            Event(.answered, at: t0, question: "q", by: "p1", value: .text("first"), kindName: "text"),
            Event(.paused, at: t0, reason: "command"),
            Event(.resumed, at: t0),
            Event(.answered, at: t0, question: "q", by: "p1", value: .text("second"), kindName: "text"),
            Event(.rated, at: t0, question: "acts", by: "p1", item: "hugs", value: .option("yes")),
            Event(.rated, at: t0, question: "acts", by: "p1", item: "choking", value: .skipped),
            Event(.added, at: t0, question: "acts", by: "p1", value: .lines(["x"])),
            Event(.flagged, at: t0, flag: "f", text: "careful"),
            Event(.flagged, at: t0, flag: "f", text: "again"),
            Event(.completed, at: t0),
        ]
        let r = Record.fold(id: "abcd", events: events)!
        #expect(r.answer("q", by: "p1")?.value == .text("second"))
        #expect(r.answer("q", by: "p1")?.talkVersion == 2)
        let ratings: [String: String?] = ["hugs": "yes", "choking": String?.none]
        #expect(r.answer("acts", by: "p1")?.value == .ratings(RatingSheet(ratings: ratings, additions: ["x"])))
        #expect(r.flags.map(\.id) == ["f"])
        #expect(r.status == .complete)
        #expect(r.events.map(\.type) == [.started, .paused, .resumed, .completed])
    }

    @Test func foldNeedsAStart() {
        #expect(Record.fold(id: "x", events: [Event(.resumed, at: t0)]) == nil)
        #expect(Record.fold(id: "x", events: []) == nil)
    }

    @Test func recordAndEventsRoundTripThroughJSON() throws {
        let events = [
            started(),
            Event(
                .answered, at: t0, question: "when", by: "p1",
                value: .date(LocalDateTime(iso: "2026-11-28T19:00")!), kindName: "date"),
        ]
        let r = Record.fold(id: "abcd", events: events)!
        let data = try JSONEncoder().encode(r)
        #expect(try JSONDecoder().decode(Record.self, from: data) == r)
        let e = try JSONDecoder().decode(Event.self, from: try JSONEncoder().encode(events[1]))
        #expect(e == events[1])
    }

    @Test func answerValuesEncodeAsOneNamedKey() throws {
        let cases: [(AnswerValue, String)] = [
            (.text("hi"), #"{"text":"hi"}"#), (.option("new"), #"{"option":"new"}"#), (.bool(true), #"{"yes":true}"#),
            (.skipped, #"{"skipped":true}"#), (.number(3), #"{"number":3}"#),
        ]
        for (value, json) in cases {
            #expect(String(decoding: try JSONEncoder().encode(value), as: UTF8.self) == json)
            #expect(try JSONDecoder().decode(AnswerValue.self, from: Data(json.utf8)) == value)
        }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(AnswerValue.self, from: Data(#"{"colour":"red"}"#.utf8))
        }
    }
}
