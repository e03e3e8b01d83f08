import TalkScript
import Testing

@testable import TalkEngine

/// Standing agreements and due check-ins, derived from records alone: what stands, in which order, what a
/// review makes of it, and when the next check-in comes due.
struct StandingTests {
    static let script = TalkCompiler.compile(
        SourceFile(
            name: "s.talk",
            text: """
                talk s "S" version 1
                step one "One"
                  ask safeword word "Safe word?" both
                    standing safe-word
                  ask signal text "Signal?" both
                    standing signal
                  ask limits list "Your limits?"
                    standing hard-limits
                  ask next date "Next time?" both
                    standing next-date
                  ask revisit choice "How often?" both
                    standing check-in-cadence
                    option weekly "Every week" repeats weekly
                    option monthly "Every month" repeats monthly
                    option changes "Whenever something changes"

                """)
    ).script!

    static func at(_ iso: String) -> Moment { Moment(iso8601: iso)! }

    static func record(
        _ id: String, _ mode: Mode, at iso: String, answers: [(String, AnswerValue, String)] = [],
        reviews: [Event] = []
    ) -> Record {
        let t = at(iso)
        let people =
            mode == .together
            ? [Participant(id: .first, name: "Sam"), Participant(id: .numbered(2), name: "Alex")]
            : [Participant(id: .first, name: "Sam")]
        var events = [
            Event(
                .started, at: t, talk: TalkInfo(id: "s", title: "S", version: 1, hash: "h", source: "s"), mode: mode,
                people: people)
        ]
        for (n, (q, value, kind)) in answers.enumerated() {
            let when = Moment(epochSeconds: t.epochSeconds + Int64(n), utcOffset: t.utcOffset)
            if mode == .together && script.question(q)?.who == .both {
                events.append(Event(.proposed, at: when, question: q, by: .first, value: value, kindName: kind))
                events.append(Event(.agreed, at: when, question: q, by: .numbered(2), kindName: kind))
            } else {
                events.append(Event(.answered, at: when, question: q, by: .first, value: value, kindName: kind))
            }
        }
        return Record.fold(id: id, events: events + reviews)!
    }

    @Test func newestFirstAndAtTheSameMomentInTheOrderTheKindsAreListed() {
        let r = Self.record(
            "a", .practice, at: "2027-01-03T10:00:00+00:00",
            answers: [("revisit", .option("monthly"), "choice"), ("safeword", .text("pineapple"), "word")])
        #expect(StandingAgreements.current([(r, Self.script)]).map(\.kind) == [.safeWord, .cadence])
        // Answered in the same second: listed as the kinds are, safe word first.
        let t = Self.at("2027-01-03T10:00:00+00:00")
        let same = Record.fold(
            id: "b",
            events: [
                Event(
                    .started, at: t, talk: TalkInfo(id: "s", title: "S", version: 1, hash: "h", source: "s"),
                    mode: .practice, people: [Participant(id: .first, name: nil)]),
                Event(.answered, at: t, question: "signal", by: .first, value: .text("tap"), kindName: "text"),
                Event(.answered, at: t, question: "safeword", by: .first, value: .text("kiwi"), kindName: "word"),
                Event(.answered, at: t, question: "revisit", by: .first, value: .option("weekly"), kindName: "choice"),
            ])!
        #expect(StandingAgreements.current([(same, Self.script)]).map(\.kind) == [.safeWord, .signal, .cadence])
    }

    @Test func togetherOnlyWhatBothAgreedStandsNeverAPrivateAnswer() {
        let r = Self.record(
            "a", .together, at: "2027-01-03T10:00:00+00:00",
            answers: [("limits", .lines(["PRIVATE"]), "list"), ("safeword", .text("pineapple"), "word")])
        let agreed = StandingAgreements.current([(r, Self.script)])
        #expect(agreed.map(\.kind) == [.safeWord])
        #expect(agreed.first?.text == "pineapple" && agreed.first?.how == .agreed && agreed.first?.talk == "a")
        // Practising alone, your own list is yours to keep.
        let alone = Self.record(
            "b", .practice, at: "2027-01-03T10:00:00+00:00", answers: [("limits", .lines(["x"]), "list")])
        #expect(StandingAgreements.current([(alone, Self.script)]).map(\.kind) == [.hardLimits])
    }

    @Test func aLaterTalkKeepsChangesOrDropsEach() {
        let first = Self.record(
            "a", .together, at: "2027-01-03T10:00:00+00:00",
            answers: [
                ("safeword", .text("pineapple"), "word"), ("signal", .text("tap twice"), "text"),
                ("revisit", .option("monthly"), "choice"),
            ])
        let later = Self.at("2027-01-10T19:00:00+00:00")
        let second = Self.record(
            "b", .together, at: "2027-01-10T19:00:00+00:00",
            reviews: [
                Event(.reviewed, at: later, reason: "kept", standing: .safeWord),
                Event(.reviewed, at: later, value: .text("three taps"), reason: "changed", standing: .signal),
                Event(.reviewed, at: later, reason: "dropped", standing: .cadence),
            ])
        let agreed = StandingAgreements.current([(first, Self.script), (second, nil)])
        let safeWord = agreed.first { $0.kind == .safeWord }
        #expect(safeWord?.how == .kept && safeWord?.since == later && safeWord?.talk == "b")
        #expect(safeWord?.text == "pineapple")
        let signal = agreed.first { $0.kind == .signal }
        #expect(signal?.how == .changed && signal?.text == "three taps" && signal?.talk == "b")
        #expect(!agreed.contains { $0.kind == .cadence })
    }

    @Test func aMonthlyCheckInIsDueAMonthAfterTheLastTalkOnTheMonthsLastDayAtMost() {
        let r = Self.record(
            "a", .together, at: "2027-01-31T10:00:00+00:00", answers: [("revisit", .option("monthly"), "choice")])
        let due = DueCheckIn.next([(r, Self.script)])
        #expect(
            due == DueCheckIn(date: CivilDate(year: 2027, month: 2, day: 28), reason: .cadence(.monthly), lastTalk: "a")
        )
        #expect(due?.isDue(on: CivilDate(year: 2027, month: 2, day: 27)) == false)
        #expect(due?.isDue(on: CivilDate(year: 2027, month: 2, day: 28)) == true)
        #expect(CivilDate(year: 2028, month: 1, day: 31).after(.monthly) == CivilDate(year: 2028, month: 2, day: 29))
        #expect(CivilDate(year: 2027, month: 12, day: 31).after(.monthly) == CivilDate(year: 2028, month: 1, day: 31))
        #expect(CivilDate(year: 2028, month: 2, day: 29).after(.yearly) == CivilDate(year: 2029, month: 2, day: 28))
    }

    @Test func theDateSetComesFirstWhenItIsSoonerAndLapsesOnceAnotherTalkIsPastIt() {
        let date = AnswerValue.date(LocalDateTime(iso: "2027-01-12T19:00")!)
        let first = Self.record(
            "a", .together, at: "2027-01-03T10:00:00+00:00",
            answers: [("revisit", .option("monthly"), "choice"), ("next", date, "date")])
        #expect(DueCheckIn.next([(first, Self.script)])?.reason == .agreedDate)
        #expect(DueCheckIn.next([(first, Self.script)])?.date == CivilDate(year: 2027, month: 1, day: 12))
        let after = Self.record("b", .together, at: "2027-01-13T10:00:00+00:00")
        #expect(
            DueCheckIn.next([(first, Self.script), (after, Self.script)])
                == DueCheckIn(date: CivilDate(year: 2027, month: 2, day: 13), reason: .cadence(.monthly), lastTalk: "b")
        )
    }

    @Test func aCadenceChangedAtACheckInStillSaysHowOften() {
        let first = Self.record(
            "a", .together, at: "2027-01-03T10:00:00+00:00", answers: [("revisit", .option("monthly"), "choice")])
        let later = Self.at("2027-01-10T19:00:00+00:00")
        let second = Self.record(
            "b", .together, at: "2027-01-10T19:00:00+00:00",
            reviews: [
                Event(
                    .reviewed, at: later, value: .option("weekly"), reason: "changed", standing: .cadence,
                    repeats: .weekly)
            ])
        let talks: [(record: Record, script: Script?)] = [(first, Self.script), (second, nil)]
        let cadence = StandingAgreements.current(talks).first { $0.kind == .cadence }
        #expect(cadence?.text == "every week" && cadence?.option?.repeats == .weekly && cadence?.how == .changed)
        #expect(DueCheckIn.next(talks)?.date == CivilDate(year: 2027, month: 1, day: 17))
    }

    @Test func aCheckInChangingTheCadenceRecordsHowOftenTheNewOneRepeats() {
        let first = Self.record(
            "a", .practice, at: "2027-01-03T10:00:00+00:00", answers: [("revisit", .option("monthly"), "choice")])
        let checkIn = TalkCompiler.compile(
            SourceFile(
                name: "c.talk",
                text: "talk c \"C\" version 1\nreviews agreements\nstep one \"One\"\n  ask how text \"How?\"\n")
        ).script!
        var (session, _) = Session.start(
            script: checkIn, talk: TalkInfo(id: "c", title: "C", version: 1, hash: "h", source: "c"), id: "b",
            mode: .practice, people: [Participant(id: .first, name: "Sam")], now: Self.at("2027-01-10T19:00:00+00:00"),
            standing: StandingAgreements.current([(first, Self.script)]))
        #expect(session.current?.id == "review-check-in-cadence")
        _ = session.submit("change", now: Self.at("2027-01-10T19:00:00+00:00"))
        let reply = session.submit("1", now: Self.at("2027-01-10T19:01:00+00:00"))
        #expect(reply.events.first?.repeats == .weekly && reply.events.first?.value == .option("weekly"))
        #expect(TalkPlan(record: session.record, script: checkIn).cadence == TalkPlan.Change(value: .weekly))
    }

    @Test func onlyATalkThatReviewsAgreementsOffersThem() {
        let first = Self.record(
            "a", .practice, at: "2027-01-03T10:00:00+00:00", answers: [("safeword", .text("pineapple"), "word")])
        let standing = StandingAgreements.current([(first, Self.script)])
        for (header, offered) in [("", false), ("reviews agreements\n", true)] {
            let script = TalkCompiler.compile(
                SourceFile(
                    name: "c.talk", text: "talk c \"C\" version 1\n\(header)step one \"One\"\n  ask how text \"How?\"\n"
                )
            ).script!
            #expect(script.reviewsAgreements == offered)
            let (session, _) = Session.start(
                script: script, talk: TalkInfo(id: "c", title: "C", version: 1, hash: "h", source: "c"), id: "b",
                mode: .practice, people: [Participant(id: .first, name: "Sam")],
                now: Self.at("2027-01-10T19:00:00+00:00"), standing: standing)
            #expect((session.current?.id == "review-safe-word") == offered, "\(header)")
        }
    }

    @Test func aCadenceThatDoesNotRepeatSetsNoDate() {
        let r = Self.record(
            "a", .practice, at: "2027-01-03T10:00:00+00:00", answers: [("revisit", .option("changes"), "choice")])
        #expect(DueCheckIn.next([(r, Self.script)]) == nil)
        #expect(DueCheckIn.next([(record: Record, script: Script?)]()) == nil)
    }
}

extension StandingTests {
    /// New words for an agreement are read with the same care as any answer: distress in them is not
    /// kept as the agreement; the check-in comes first and the agreement is offered again as it was.
    @Test func distressTypedWhileChangingAnAgreementIsCheckedInOnNotKept() {
        let first = Self.record(
            "a", .practice, at: "2027-01-03T10:00:00+00:00", answers: [("safeword", .text("pineapple"), "word")])
        let checkIn = TalkCompiler.compile(
            SourceFile(
                name: "c.talk",
                text: "talk c \"C\" version 1\nreviews agreements\nstep one \"One\"\n  ask how text \"How?\"\n")
        ).script!
        for mode in [Mode.practice, .together] {
            let people =
                mode == .practice
                ? [Participant(id: .first, name: "Sam")]
                : [Participant(id: "p1", name: "Sam"), Participant(id: "p2", name: "Alex")]
            var (session, _) = Session.start(
                script: checkIn, talk: TalkInfo(id: "c", title: "C", version: 1, hash: "h", source: "c"), id: "b",
                mode: mode, people: people, now: Self.at("2027-01-10T19:00:00+00:00"),
                standing: StandingAgreements.current([(first, Self.script)]))
            for _ in 0..<12 where session.current?.id != "review-safe-word" {
                _ = session.submit(
                    session.current?.choices.count ?? 0 > 2 ? "1" : "yes", now: Self.at("2027-01-10T19:00:00+00:00"))
            }
            #expect(session.current?.id == "review-safe-word", "\(mode)")
            _ = session.submit("change", now: Self.at("2027-01-10T19:00:00+00:00"))
            let reply = session.submit("he hit me", now: Self.at("2027-01-10T19:01:00+00:00"))
            #expect(reply.events.contains { $0.type == .flagged && $0.flag == Record.distressFlag }, "\(mode)")
            #expect(!reply.events.contains { $0.type == .reviewed }, "\(mode)")
            #expect(!session.record.events.description.contains("he hit me"), "\(mode)")
            #expect(session.current?.kind == .warning, "\(mode)")
            _ = session.submit("carry-on", now: Self.at("2027-01-10T19:02:00+00:00"))
            #expect(session.current?.id == "review-safe-word", "\(mode)")
        }
    }
}
