import TalkScript
import Testing

@testable import TalkEngine

struct RatingSummaryTests {
    @Test func rolesRatedAlikeAreSaidOnce() {
        let source = """
            talk t "T" version 1
            catalog acts "Things"
              item spanking "Spanking" roles giving receiving
              item hugs "Hugs"
            step one "One"
              ask acts rate acts as yes no "Rate"
            """
        let script = TalkCompiler.compile(SourceFile(name: "t.talk", text: source)).script!
        let q = script.question("acts")!
        let same = RatingSheet(ratings: ["spanking.giving": "yes", "spanking.receiving": "yes", "hugs": "yes"])
        #expect(
            RatingSummary(sheet: same, question: q, script: script).groups.first?.items
                == ["spanking (giving and receiving)", "hugs"])
        let split = RatingSheet(ratings: ["spanking.giving": "yes", "spanking.receiving": "no", "hugs": "no"])
        let groups = RatingSummary(sheet: split, question: q, script: script).groups
        #expect(groups.map(\.items) == [["spanking (giving)"], ["spanking (receiving)", "hugs"]])
    }
}
