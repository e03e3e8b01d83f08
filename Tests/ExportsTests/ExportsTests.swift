import TalkScript
import Testing

@testable import Exports
@testable import TalkEngine

struct ExportsTests {
    let t0 = Moment(iso8601: "2026-11-21T10:00:00+01:00")!

    func script() -> Script {
        let source = """
            talk t "Our talk" version 1
            catalog acts "Things"
              item hugs "Hugs"
            step one "One"
              ask acts rate acts as yes no "Rate"
              ask note text "A note?"
                reveal
              ask when date "When?" both
            """
        return TalkCompiler.compile(SourceFile(name: "t.talk", text: source)).script!
    }

    func together(_ hugsA: String, _ hugsB: String) -> Record {
        let people = [Participant(id: "p1", name: "Sam"), Participant(id: "p2", name: "Alex")]
        var events = [
            Event(
                .started, at: t0, talk: TalkInfo(id: "t", title: "Our talk", version: 1, hash: "h", source: "t"),
                mode: .together, people: people, reveal: .matches)
        ]
        for (p, v) in [("p1", hugsA), ("p2", hugsB)] as [(PersonID, String)] {
            events.append(Event(.rated, at: t0, question: "acts", by: p, item: "hugs", value: .option(v)))
            events.append(
                Event(
                    .answered, at: t0, question: "note", by: p, value: .text("<b>*\(p)*</b> \u{1B}[2J"),
                    kindName: "text"))
        }
        events += [
            Event(.revealed, at: t0, question: "acts"), Event(.revealed, at: t0, question: "note"),
            Event(
                .proposed, at: t0, question: "when", by: "p1", value: .date(LocalDateTime(iso: "2026-11-28T19:30")!),
                kindName: "date"),
            Event(.agreed, at: t0, question: "when", by: "p2", kindName: "date"),
        ]
        return Record.fold(id: "abcd", events: events)!
    }

    @Test func markdownHidesANoUnlessEverythingAndEscapesTypedText() {
        let r = together("no", "yes")
        let shared = MarkdownExport.render(r, script: script())
        #expect(!shared.lowercased().contains("hugs"))
        #expect(shared.contains("\\<b\\>\\*p1\\*\\</b\\>"))
        #expect(!shared.contains("\u{1B}"))
        let all = MarkdownExport.render(r, script: script(), everything: true)
        #expect(all.lowercased().contains("hugs"))
    }

    @Test func htmlEscapesEverythingTyped() {
        let html = HTMLExport.render(together("yes", "yes"), script: script())
        #expect(html.contains("&lt;b&gt;*p1*&lt;/b&gt;"))
        #expect(!html.contains("<b>*p1*"))
        #expect(!html.contains("\u{1B}"))
        #expect(html.contains("You both want: hugs."))
    }

    @Test func calendarHoldsTheAgreedTimeDiscreetly() {
        let ics = CalendarExport.render(together("yes", "yes"), script: script(), product: "candor test")
        #expect(ics.contains("DTSTART:20261128T193000\r\n"))
        #expect(ics.contains("SUMMARY:Time for our talk\r\n"))
        #expect(ics.contains("DTSTAMP:20261121T090000Z\r\n"))
        #expect(!ics.contains("Our talk"))  // the title says what the talk is about: not in a calendar
        #expect(ics.hasPrefix("BEGIN:VCALENDAR\r\n") && ics.hasSuffix("END:VCALENDAR\r\n"))
    }

    @Test func longCalendarLinesAreFolded() {
        let folded = CalendarExport.fold(String(repeating: "é", count: 60))
        for line in folded.split(separator: "\r\n") { #expect(line.utf8.count <= 75) }
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == String(repeating: "é", count: 60))
    }
}

extension String {
    fileprivate func replacingOccurrences(of a: String, with b: String) -> String {
        split(separator: a, omittingEmptySubsequences: false).joined(separator: b)
    }
}
