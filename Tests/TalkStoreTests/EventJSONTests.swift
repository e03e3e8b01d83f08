import FoundationEssentials
import TalkEngine
import TalkScript
import Testing

@testable import TalkStore

/// The hand-written event encoder must write exactly what JSONEncoder writes, so journals stay the same.
struct EventJSONTests {
    let t0 = Moment(epochSeconds: 1_795_000_000, utcOffset: -3 * 3600 - 1800)

    var events: [Event] {
        let awkward =
            "quote \" backslash \\ slash / newline \n tab \t cr \r bell \u{07} esc \u{1B}[2J nul-ish \u{01}"
            + " del \u{7F} csi \u{9B} é ✓ 日本 😀 \u{2028} end"
        let ratings: [String: String?] = [
            "b.giving": "yes", "a": String?.none, "A": "no", "own-1": "maybe", "a-b": "x",
        ]
        return [
            Event(
                .started, at: t0,
                talk: TalkInfo(
                    id: "how-to-talk", title: "Talking \"about\" sex", version: 3,
                    hash: "sha256:ab", source: "/tmp/x/y.talk"),
                mode: .together, people: [Participant(id: "p1", name: "Sam \u{1B}"), Participant(id: "p2", name: nil)],
                reveal: .all),
            Event(
                .started, at: t0, talk: TalkInfo(id: "t", title: "t", version: 1, hash: "h", source: "t"),
                mode: .practice,
                people: [Participant(id: "p1", name: nil)]),
            Event(.answered, at: t0, question: "q", by: "p1", value: .text(awkward), kindName: "text"),
            Event(.answered, at: t0, question: "q", by: "p1", value: .lines(["a", "", awkward]), kindName: "lines"),
            Event(.answered, at: t0, question: "q", by: "p1", value: .option("some"), kindName: "choice"),
            Event(.answered, at: t0, question: "q", by: "p1", value: .options([]), kindName: "choices"),
            Event(.answered, at: t0, question: "q", by: "p1", value: .options(["x", "y"]), kindName: "choices"),
            Event(.answered, at: t0, question: "q", by: "p1", value: .number(-3), kindName: "scale"),
            Event(
                .answered, at: t0, question: "q", by: "p1", value: .date(LocalDateTime(iso: "2026-11-28T19:30")!),
                kindName: "date"),
            Event(
                .answered, at: t0, question: "q", by: "p1", value: .date(LocalDateTime(iso: "2026-11-28")!),
                kindName: "date"),
            Event(.answered, at: t0, question: "q", by: "p1", value: .bool(false), kindName: "yesno"),
            Event(.answered, at: t0, question: "q", by: "p1", value: .skipped, kindName: "text"),
            Event(
                .answered, at: t0, question: "q", by: "p1",
                value: .ratings(RatingSheet(ratings: ratings, additions: ["z", awkward])),
                kindName: "rate"),
            Event(
                .answered, at: t0, question: "q", by: "p1", value: .ratings(RatingSheet(ratings: [:], additions: nil)),
                kindName: "rate"),
            Event(.rated, at: t0, question: "acts", by: "p2", item: "spanking.giving", value: .option("yes")),
            Event(
                .answered, at: t0, question: "q", by: "p1",
                value: .ratings(
                    RatingSheet(
                        ratings: ratings, additions: nil, conditions: ["b": "only \"slowly\"", "a": awkward],
                        tried: ["b", "a"])),
                kindName: "rate"),
            Event(
                .rated, at: t0, question: "acts", by: "p2", item: "spanking.giving", value: .option("yes"),
                reason: Event.triedBefore, text: "gently"),
            Event(.added, at: t0, question: "acts", by: "p2", value: .lines([])),
            Event(.flagged, at: t0, by: "p1", flag: "f", text: awkward),
            Event(.paused, at: t0, question: "q", reason: "end-of-input"),
            Event(.stopped, at: t0, question: "q", by: "p1", reason: "red"),
            Event(.reworded, at: t0, value: .text("new words"), line: "open"),
            Event(.proposed, at: t0, question: "safeword", by: "p1", value: .text("mango"), kindName: "word"),
            Event(.agreed, at: t0, question: "safeword", by: "p2", kindName: "word"),
            Event(.revealed, at: t0, question: "acts"),
            Event(.reviewed, at: t0, reason: "kept", standing: .safeWord),
            Event(.reviewed, at: t0, value: .text(awkward), reason: "changed", standing: .signal),
            Event(.reviewed, at: t0, value: .option("weekly"), reason: "changed", standing: .cadence, repeats: .weekly),
            Event(.completed, at: t0),
        ]
    }

    @Test func writesExactlyWhatJSONEncoderWrites() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for event in events {
            let mine = EventJSON.encode(event)
            let theirs = Array(try encoder.encode(event))
            #expect(
                mine == theirs,
                "\(String(decoding: mine, as: UTF8.self))\n!=\n\(String(decoding: theirs, as: UTF8.self))")
            #expect(try JSONDecoder().decode(Event.self, from: Data(mine)) == event)
        }
    }
}
