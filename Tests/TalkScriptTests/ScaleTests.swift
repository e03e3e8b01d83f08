import Testing

@testable import TalkScript

/// A generated talk of `count` questions of every kind, each with a condition on the one before.
func generatedTalk(questions count: Int) -> String {
    var out = "talk big \"Big\" version 1\ncatalog acts \"Acts\"\n"
    for i in 0..<50 { out += "  item act\(i) \"Act \(i)\" roles giving receiving\n" }
    out += "step s0 \"Start\"\n  ask q0 yesno \"Begin?\"\n"
    for i in 1..<count {
        if i % 100 == 0 { out += "step s\(i) \"Step \(i)\"\n" }
        switch i % 5 {
        case 0: out += "  ask q\(i) rate acts as yes maybe no \"Rate?\" when q\(i - 1)\n"
        case 1: out += "  ask q\(i) choice \"Pick {name}\"\n    option a \"A\"\n    option b \"B\"\n    help \"Help\"\n"
        case 2: out += "  ask q\(i) scale 1 10 \"How much?\" when q\(i - 1) == a\n    label 1 \"Low\"\n"
        case 3: out += "  say when q\(i - 1) >= 5 \"You said {q\(i - 1)}.\"\n  ask q\(i) text \"Why?\"\n    max 200\n"
        case _ where i < 5: out += "  ask q\(i) yesno \"Sure?\"\n"
        default: out += "  ask q\(i) yesno \"Sure?\" when q\(i - 4).act3.giving in [yes, maybe]\n"
        }
    }
    return out
}

@Test func aTalkOfTenThousandQuestionsCompiles() throws {
    let source = generatedTalk(questions: 10_000)
    let c = TalkCompiler.compile(SourceFile(name: "big.talk", text: source))
    #expect(c.errors.isEmpty, "\(lines(c).prefix(5))")
    let script = try #require(c.script)
    #expect(script.questions.count == 10_000)
}
