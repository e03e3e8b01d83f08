import Testing

@testable import Terminal

@Suite struct CompletionTests {
    let choices = ["yes", "no", "not now", "Maybe", "maybe later"]

    @Test func uniquePrefixCompletes() {
        #expect(Completion.complete(typed: "y", candidates: choices) == .init(delete: 1, insert: "yes", list: []))
    }

    @Test func caseInsensitiveUsesCandidateSpelling() {
        #expect(Completion.complete(typed: "YE", candidates: choices) == .init(delete: 2, insert: "yes", list: []))
    }

    @Test func severalMatchesCompleteCommonPrefixAndList() {
        #expect(
            Completion.complete(typed: "n", candidates: choices)
                == .init(delete: 1, insert: "no", list: ["no", "not now"]))
        #expect(
            Completion.complete(typed: "no", candidates: choices)
                == .init(delete: 0, insert: "", list: ["no", "not now"]))
        #expect(
            Completion.complete(typed: "ma", candidates: choices)
                == .init(delete: 2, insert: "Maybe", list: ["Maybe", "maybe later"]))
    }

    @Test func multiWordChoicesCompleteFromTheWholeLine() {
        #expect(
            Completion.complete(typed: "not n", candidates: choices) == .init(delete: 5, insert: "not now", list: []))
    }

    @Test func lastWordCompletesWhenTheLineDoesNot() {
        #expect(
            Completion.complete(typed: "I said y", candidates: choices) == .init(delete: 1, insert: "yes", list: []))
    }

    @Test func emptyLineListsEverything() {
        #expect(Completion.complete(typed: "", candidates: ["red", "yellow"])?.list == ["red", "yellow"])
    }

    @Test func noMatchIsNil() {
        #expect(Completion.complete(typed: "zzz", candidates: choices) == nil)
        #expect(Completion.complete(typed: "y", candidates: []) == nil)
    }

    @Test func nonASCIICountsScalars() {
        #expect(Completion.complete(typed: "ja é", candidates: ["été"]) == .init(delete: 1, insert: "été", list: []))
    }

    @Test func columnsFitTheWidth() {
        let text = Completion.columns(["aa", "bb", "cc", "dd"], width: 8)
        #expect(text == "aa  cc\nbb  dd\n")
        #expect(Completion.columns(["one"], width: 2) == "one\n")
    }
}
