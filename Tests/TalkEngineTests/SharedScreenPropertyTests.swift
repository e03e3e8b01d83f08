import BuiltinTalks
import Foundation
import TalkScript
import Testing

@testable import TalkEngine

/// Issue 8, point 1, as a property: whatever A answers in private, everything B can see is the same.
/// "What B can see" is every prompt shown to everyone or to B alone (its text, coaching, progress count,
/// choices, default), and the reply to every line typed at such a prompt; together these also say which
/// joint questions are asked and which steps are taken.
///
/// A answers every private question at random (a seeded generator, many answer sets). B rates nothing
/// yes or maybe and skips everything else, so no "both" condition can hold for B: under the privacy
/// rules nothing B sees may then depend on A at all. Answers to `reveal` questions are shown side by
/// side by design, so A gives the same one every time; ratings are compared under the default policy,
/// which shows only matches, and B never gives one. Joint questions are answered the same way each time.
struct SharedScreenPropertyTests {
    /// SplitMix64: a small seeded generator, so a failure can be replayed from its seed.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let now = Moment(iso8601: "2026-11-21T10:00:00+00:00")!

    static func compile(_ source: SourceFile) -> Script {
        let compiled = TalkCompiler.compile(
            source, prelude: SourceFile(name: "readiness.talk", text: BuiltinTalks.readiness.source))
        guard let script = compiled.script else { fatalError("\(source.name): \(compiled.diagnostics)") }
        return script
    }

    static func builtin(_ name: String) -> Script {
        let t = BuiltinTalks.named(name)!
        return compile(SourceFile(name: t.fileName, text: t.source))
    }

    static func testTalk() -> Script {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        let path = folder.appendingPathComponent("Transcripts/shared-context.talk").path
        return compile(
            SourceFile(name: "shared-context.talk", text: try! String(contentsOfFile: path, encoding: .utf8)))
    }

    /// A's private answer to this prompt: random, except where the talk would show it to B anyway.
    static func randomAnswer(_ p: Prompt, _ q: Question?, _ rng: inout SeededGenerator) -> String {
        let words = ["slowly", "firm hands", "marks", "cuddles", "plum", "a long walk"]
        if q?.required == true { return "yes" }  // readiness: a "no" ends the talk for both, by design
        if case .rating = p.kind {
            guard case .rate(_, let values, _)? = q?.kind else { return "" }
            return (values.map(\.id) + [""]).randomElement(using: &rng)!
        }
        if q?.reveal == true { return sharedAnswer(p, q) }
        if case .warning = p.kind { return "carry on" }  // a warning sign A's answer raised, for A alone
        if case .multiline = p.kind {
            return Int.random(in: 0..<3, using: &rng) == 0 ? words.randomElement(using: &rng)! : ""
        }
        if case .confirm = p.kind { return "yes" }
        if Int.random(in: 0..<8, using: &rng) == 0 { return ":skip" }
        switch q?.kind {
        case .choice(let options)?: return String(Int.random(in: 1...options.count, using: &rng))
        case .choices(let options)?:
            let picked = (1...options.count).filter { _ in Bool.random(using: &rng) }
            return picked.isEmpty ? "1" : picked.map(String.init).joined(separator: ",")
        case .scale(let min, let max, _)?: return String(Int.random(in: min...max, using: &rng))
        case .yesno?: return Bool.random(using: &rng) ? "yes" : "no"
        case .date?: return ["saturday 7pm", "tomorrow 19:30"].randomElement(using: &rng)!
        case .word?: return ["plum", "kiwi"].randomElement(using: &rng)!
        default: return words.randomElement(using: &rng)!
        }
    }

    /// B's private answer: never a yes or maybe, and nothing else given.
    static func cautiousAnswer(_ p: Prompt, _ q: Question?, _ rng: inout SeededGenerator) -> String {
        if q?.required == true || p.kind == .confirm { return "yes" }
        if case .warning = p.kind { return "carry on" }
        if case .rating = p.kind { return ["no", "fantasy", "unsure", ""].randomElement(using: &rng)! }
        if case .multiline = p.kind { return "" }
        return ":skip"
    }

    /// What anyone types at a shared prompt: the same every time.
    static func sharedAnswer(_ p: Prompt, _ q: Question?) -> String {
        switch p.kind {
        case .agreement, .confirm: return "yes"
        case .reveal, .multiline: return ""
        default: break
        }
        switch q?.kind {
        case .choice?, .choices?: return "1"
        case .scale(let min, _, _)?: return String(min)
        case .yesno?: return "yes"
        case .date?: return "saturday 7pm"
        case .word?: return "plum"
        default: return "together"
        }
    }

    /// Walks a together talk to its end and returns what B saw, one entry a prompt or reply.
    static func bView(_ script: Script, aFirst: Bool, aSeed: UInt64, bSeed: UInt64) -> [String] {
        let (a, b): (PersonID, PersonID) = aFirst ? ("p1", "p2") : ("p2", "p1")
        let people = [Participant(id: "p1", name: "Sam"), Participant(id: "p2", name: "Alex")]
        let talk = TalkInfo(id: script.id, title: script.title, version: script.version, hash: "h", source: script.id)
        var (session, opening) = Session.start(
            script: script, talk: talk, id: "t", mode: .together, people: people, now: now)
        var aRandom = SeededGenerator(state: aSeed)
        var bRandom = SeededGenerator(state: bSeed)
        var seen = ["opening: \(opening.notes)"]
        var steps = 0
        while let p = session.current, steps < 3000 {
            steps += 1
            let q = script.question(p.id)
            let forB = !p.isPrivate || p.person.id == b
            var typed: String
            if !p.isPrivate {
                typed = sharedAnswer(p, q)
            } else if p.person.id == a {
                typed = randomAnswer(p, q, &aRandom)
            } else {
                typed = cautiousAnswer(p, q, &bRandom)
            }
            var reply = session.submit(typed, now: now)
            if reply.problem != nil, p.person.id == a, p.isPrivate {
                reply = session.submit(":skip", now: now)  // A's random answer did not fit (a minimum): skip it
            }
            if forB {
                seen.append("prompt: \(p)")
                seen.append("typed: \(typed) reply: \(reply)")
            }
        }
        seen.append("ending: \(String(describing: session.ending)) \(session.record.status)")
        return seen
    }

    static let talks: [String] = ["how-to-talk", "check-in", "debrief", "shared-context"]

    @Test(arguments: talks)
    func whatAAnswersInPrivateChangesNothingBSees(_ name: String) {
        let script = name == "shared-context" ? Self.testTalk() : Self.builtin(name)
        for aFirst in [true, false] {
            for bSeed: UInt64 in [7, 8] {
                let reference = Self.bView(script, aFirst: aFirst, aSeed: 1, bSeed: bSeed)
                #expect(
                    reference.last?.contains("complete") == true,
                    "\(name): the walk did not finish: \(reference.last ?? "")")
                for aSeed: UInt64 in 2...25 {
                    let view = Self.bView(script, aFirst: aFirst, aSeed: aSeed, bSeed: bSeed)
                    guard view != reference else { continue }
                    let i = view.indices.first { $0 >= reference.count || view[$0] != reference[$0] } ?? reference.count
                    let got = i < view.count ? view[i] : "(nothing)"
                    let expected = i < reference.count ? reference[i] : "(nothing)"
                    Issue.record(
                        "\(name), A \(aFirst ? "first" : "second"), A seed \(aSeed), B seed \(bSeed): B saw\n\(got)\ninstead of\n\(expected)"
                    )
                    return
                }
            }
        }
    }
}
