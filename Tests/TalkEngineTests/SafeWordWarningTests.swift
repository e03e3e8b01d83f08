import BuiltinTalks
import Testing

@testable import TalkScript

/// The safe word of the default talk warns about words said in play or meaning "go on", however they
/// are typed, and lets an ordinary word through.
struct SafeWordWarningTests {
    static let safeword: Question = {
        let script = BuiltinTalkWalkTests.compile()
        return script.questions.first { $0.id == "safeword" }!
    }()

    func parse(_ input: String) -> AnswerRules.Outcome {
        AnswerRules.parse(
            input, for: Self.safeword, facts: { $0.render { _ in nil } },
            today: LocalDateTime(date: CivilDate(year: 2026, month: 11, day: 21), time: nil))
    }

    @Test(arguments: [
        "Stop!", "NO.", "no", "green", " Yes ", "yellow", "Don't", "don’t", "PLEASE", "more...",
        "harder", "'stop'", "ok",
    ])
    func warned(_ input: String) {
        guard case .confirm(let value, let reason) = parse(input) else {
            Issue.record("\(input) should be warned about, got \(parse(input))")
            return
        }
        #expect(value == .text(input.trimmingSpaces))
        #expect(reason.contains("only ever means one thing"))
    }

    @Test(arguments: ["pineapple", "Pineapple!", "banana", "noodle", "stopwatch", "yesterday"])
    func notWarned(_ input: String) {
        #expect(parse(input) == .accepted(.text(input)))
    }

    @Test func foldIgnoresCaseSurroundingPunctuationAndApostrophes() {
        #expect(WordRule.fold("  Stop!! ") == "stop")
        #expect(WordRule.fold("“NO.”") == "no")
        #expect(WordRule.fold("Don’t") == "dont")
        #expect(WordRule.fold("?!") == "")
        #expect(WordRule.fold("well-being") == "well-being")
        let rule = WordRule(words: ["no"], message: Template(literal: "r"))
        #expect(!rule.matches("..."))
        #expect(!rule.matches("not"))
    }
}
