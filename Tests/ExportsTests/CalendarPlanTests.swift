import TalkScript
import Testing

@testable import Exports
@testable import TalkEngine

/// What a talk's calendar entries say beyond its own answers, from what the same people agreed up to it:
/// the length and cadence agreed in an earlier talk, and one entry for the next talk whose SEQUENCE counts
/// only the times what it says changed.
struct CalendarPlanTests {
    static let script = TalkCompiler.compile(
        SourceFile(
            name: "p.talk",
            text: """
                talk p "Plan" version 1
                step one "One"
                  ask next date "Next time?"
                    standing next-date
                  ask length choice "How long?"
                    standing length
                    option half-hour "About 30 minutes" lasts 30 minutes
                    option long "About an hour and a half" lasts 90 minutes
                  ask revisit choice "How often?"
                    standing check-in-cadence
                    option weekly "Every week" repeats weekly
                    option monthly "Every month" repeats monthly

                """)
    ).script!

    /// A talk practising alone on `day`, with these answers (question id, value), and any events after them.
    static func talk(_ id: String, _ day: String, _ answers: [(String, AnswerValue)], then: [Event] = [])
        -> (record: Record, script: Script?)
    {
        let at = Moment(iso8601: "\(day)T10:00:00+00:00")!
        let started = Event(
            .started, at: at, talk: TalkInfo(id: "p", title: "Plan", version: 1, hash: "h", source: "p"),
            mode: .practice, people: [Participant(id: .first, name: "Sam")])
        let answered = answers.map { q, v in
            Event(
                .answered, at: at, question: q, by: .first, value: v, kindName: script.question(q)!.kind.name.rawValue)
        }
        return (Record.fold(id: id, events: [started] + answered + then)!, script)
    }

    static func date(_ iso: String) -> AnswerValue { .date(LocalDateTime(iso: iso)!) }

    @Test func anEarlierTalksLengthAndCadenceCarryOverAndTheSequenceCountsChangesOnly() {
        let first = Self.talk(
            "aaaa", "2027-01-03",
            [
                ("next", Self.date("2027-01-10T19:00")), ("length", .option("half-hour")),
                ("revisit", .option("monthly")),
            ])
        var talks = [first]
        var plan = CalendarExport.Plan(talks)
        #expect(plan == .init(minutes: 30, repeats: .monthly, uid: "next-aaaa@candor.invalid", sequence: 0))
        // A check-in that only sets a new date: the length and cadence agreed before still hold.
        talks.append(Self.talk("bbbb", "2027-01-10", [("next", Self.date("2027-02-10T19:00"))]))
        plan = CalendarExport.Plan(talks)
        #expect(plan == .init(minutes: 30, repeats: .monthly, uid: "next-aaaa@candor.invalid", sequence: 1))
        // The same date again: nothing changed, so the same sequence.
        talks.append(Self.talk("cccc", "2027-01-12", [("next", Self.date("2027-02-10T19:00"))]))
        #expect(CalendarExport.Plan(talks).sequence == 1)
        // The cadence changed at a check-in: the entry repeats differently, so it counts.
        let changed = Event(
            .reviewed, at: Moment(iso8601: "2027-01-20T10:00:00+00:00")!, value: .option("weekly"), reason: "changed",
            standing: .cadence, repeats: .weekly)
        talks.append(Self.talk("dddd", "2027-01-20", [], then: [changed]))
        #expect(
            CalendarExport.Plan(talks)
                == .init(minutes: 30, repeats: .weekly, uid: "next-aaaa@candor.invalid", sequence: 2))
    }

    @Test func theEntryLastsAndRepeatsAsAgreed() {
        let talks = [
            Self.talk("aaaa", "2027-01-03", [("length", .option("long")), ("revisit", .option("weekly"))]),
            Self.talk("bbbb", "2027-01-10", [("next", Self.date("2027-02-10T19:00"))]),
        ]
        let ics = CalendarExport.render(
            talks[1].record, script: Self.script, product: "candor test", plan: CalendarExport.Plan(talks))
        #expect(ics.contains("\r\nUID:next-aaaa@candor.invalid\r\n"))
        #expect(ics.contains("\r\nDURATION:PT1H30M\r\n") && ics.contains("\r\nRRULE:FREQ=WEEKLY\r\n"))
        // Alone, the check-in knows no length (an hour) and no cadence.
        let alone = CalendarExport.render(talks[1].record, script: Self.script, product: "candor test")
        #expect(alone.contains("\r\nDURATION:PT1H\r\n") && !alone.contains("RRULE"))
    }
}
