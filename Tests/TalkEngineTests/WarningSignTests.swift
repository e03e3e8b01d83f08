import BuiltinTalks
import TalkScript
import Testing

@testable import TalkEngine

/// The default talk's warning signs, acted on whoever gives them: in a together talk a refusal of a safe
/// word, of the stop promise or of safer sex is a warning sign for the other person, shown to them alone
/// with the offer to pause or stop; a safer-sex mismatch is named at the reveal; practising alone, the
/// same offer follows a warning sign, and the close and the card take it into account.
struct WarningSignTests {
    let now = Moment(iso8601: "2026-11-21T10:00:00+00:00")!
    static let sam = Participant(id: "p1", name: "Sam")
    static let alex = Participant(id: "p2", name: "Alex")

    struct Seen {
        var prompt: Prompt
        var reply: Reply
    }

    /// Walks how-to-talk with the robot's answers, except where `override` answers. Each step keeps the
    /// prompt and the reply to it, so a test can tell who saw what.
    func walk(_ mode: Mode, override: (Prompt) -> String? = { _ in nil }) -> (Session, [Seen]) {
        let people = mode == .together ? [Self.sam, Self.alex] : [Self.sam]
        var (session, _) = Session.start(
            script: BuiltinTalkWalkTests.compile(),
            talk: TalkInfo(id: "how-to-talk", title: "t", version: 1, hash: "h", source: "how-to-talk"),
            id: "t", mode: mode, people: people, now: now)
        var seen: [Seen] = []
        var turn = 0
        while let p = session.current, turn < 3000 {
            let typed = override(p) ?? BuiltinTalkWalkTests.answer(p, turn: turn)
            let reply = session.submit(typed, now: now)
            #expect(reply.problem == nil, "\(p.id) (\(p.kind)) refused \(typed): \(reply.problem ?? "")")
            seen.append(Seen(prompt: p, reply: reply))
            turn += 1
        }
        return (session, seen)
    }

    /// Everything shown where `person` is not the only one looking: shared prompts, the other's private
    /// prompts, and the replies to them.
    func shownToOthers(than person: PersonID, _ seen: [Seen]) -> [String] {
        seen.filter { !($0.prompt.isPrivate && $0.prompt.person.id == person) }.flatMap { s in
            s.prompt.intro.map(\.text) + [s.prompt.text] + s.reply.notes.map(\.text)
        }
    }

    @Test(arguments: [
        ("safeword", "safeword-refused", "didn't agree to a safe word"),
        ("stop-promise", "stop-refused", "didn't promise to stop"),
        ("safer-sex-agreed", "safer-sex-refused", "didn't agree with you on safer sex"),
    ])
    func togetherARefusalWarnsTheOtherPersonAlone(question: String, flag: String, words: String) {
        // One suggests (yes, or a word); the other says no and suggests nothing else (Enter).
        let (session, seen) = walk(.together) { p in
            guard p.id == question else { return nil }
            if p.kind == .agreement { return "no" }
            return p.text.contains("suggest instead") ? "" : nil
        }
        let r = session.record
        let proposer = r.agreements[question]?.proposedBy ?? "?"
        let refuser: PersonID = proposer == "p1" ? "p2" : "p1"
        let refuserName = refuser == "p1" ? "Sam" : "Alex"
        #expect(r.status == .complete)
        #expect(r.flags.filter { $0.id == flag }.map(\.by) == [proposer], "\(r.flags)")
        #expect(r.agreements[question]?.leftOpen?.by == refuser)
        let warning = seen.first { $0.prompt.kind == .warning && $0.prompt.id == flag }?.prompt
        #expect(warning?.isPrivate == true && warning?.person.id == proposer)
        #expect(warning?.intro.contains { $0.kind == .flag && $0.text.contains(refuserName + " " + words) } == true)
        #expect(warning?.choices.map(\.id) == ["break", "stop", "carry-on"])
        // The one who refused, and the shared screen, never see it.
        #expect(!shownToOthers(than: proposer, seen).contains { $0.contains(words) || $0.contains("warning sign") })
    }

    @Test func togetherAProposedNoToTheStopPromiseWarnsBeforeTheOtherIsAskedToAgree() {
        let (session, seen) = walk(.together) { p in
            p.id == "stop-promise" && p.kind == .question(.yesno) ? "no" : nil
        }
        let i = seen.firstIndex { $0.prompt.id == "stop-promise" && $0.prompt.kind == .question(.yesno) }!
        let proposer = seen[i].prompt.person.id
        let other: PersonID = proposer == "p1" ? "p2" : "p1"
        #expect(
            seen[i + 1].prompt.kind == .warning && seen[i + 1].prompt.person.id == other && seen[i + 1].prompt.isPrivate
        )
        #expect(seen[i + 2].prompt.kind == .agreement && seen[i + 2].prompt.person.id == other)
        #expect(session.record.flags.contains { $0.id == "stop-refused" && $0.by == other })
    }

    @Test func togetherSaferSexChoicesAreComparedAndAMismatchIsNamed() {
        let (session, seen) = walk(.together) { p in
            guard p.id == "safer-sex", case .question = p.kind else { return nil }
            return p.person.id == "p1" ? "condoms, tests" : "none"
        }
        #expect(session.record.revealed.contains("safer-sex"))
        let reveal = seen.first {
            $0.prompt.kind == .reveal && $0.prompt.intro.contains { $0.text.contains("safer sex") }
        }?.prompt
        #expect(
            reveal?.intro.contains {
                $0.kind == .caution && $0.text.contains("Settle this between you before you play")
            } == true)
        // It is compared before the joint question about it.
        let revealAt = seen.firstIndex { $0.prompt.kind == .reveal && $0.prompt.id == "safer-sex" }
        let jointAt = seen.firstIndex { $0.prompt.id == "safer-sex-agreed" }
        #expect(revealAt != nil && jointAt != nil && revealAt! < jointAt!)
    }

    @Test func togetherTheSameSaferSexChoicesNeedNoWarning() {
        let (_, seen) = walk(.together) { p in
            p.id == "safer-sex" && p.kind == .question(.choices) ? "condoms, lube" : nil
        }
        let reveal = seen.first { $0.prompt.kind == .reveal && $0.prompt.id == "safer-sex" }?.prompt
        #expect(reveal != nil)
        #expect(reveal?.intro.contains { $0.text.contains("Settle this") } == false)
    }

    @Test func practiceAWarningSignOffersToPauseOrStopAndTheCardIsNotRehearsed() {
        let (session, seen) = walk(.practice) { p in
            p.id == "partner-safeword" && p.kind == .question(.choice) ? "refused" : nil
        }
        let i = seen.firstIndex { $0.prompt.id == "partner-safeword" }!
        #expect(seen[i + 1].prompt.kind == .warning)
        #expect(seen[i + 1].prompt.intro.contains { $0.kind == .flag && $0.text.contains("won't use a safe word") })
        #expect(session.record.status == .complete)
        #expect(!seen.contains { $0.prompt.kind == .rehearse })
        let closing = seen.last!.reply.notes.map(\.text).joined(separator: "\n")
        #expect(closing.contains("You noted a warning sign"))
        #expect(!closing.contains("Well done"))
    }

    @Test(arguments: ["1", "2"])
    func practicePausingOrStoppingAtAWarningSign(choice: String) {
        let (session, _) = walk(.practice) { p in
            if p.kind == .warning { return choice }
            return p.id == "partner-safeword" && p.kind == .question(.choice) ? "refused" : nil
        }
        #expect(session.record.status == (choice == "1" ? .paused : .stopped))
        // Paused: it offers the same choice again when resumed.
        if choice == "1" {
            var again = Session(script: session.script, record: session.record)
            _ = again.resume(now: now)
            #expect(again.current?.kind == .warning && again.current?.id == "refuses-safeword")
        }
    }
}
