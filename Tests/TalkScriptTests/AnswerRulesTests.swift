import Testing

@testable import TalkScript

struct AnswerRulesTests {
    let today = LocalDateTime(date: CivilDate(year: 2026, month: 11, day: 21), time: LocalTime(hour: 10, minute: 0))

    func parse(_ input: String, _ q: Question, lines: [String] = []) -> AnswerRules.Outcome {
        AnswerRules.parse(input, lines: lines, for: q, facts: { $0.render { _ in nil } }, today: today)
    }

    func question(_ kind: QuestionKind) -> Question {
        Question(id: "q", kind: kind, text: Template(literal: "?"))
    }

    @Test func choicesByNumberIdLabelOrUniquePrefix() {
        let q = question(
            .choice([
                Option(id: "new", label: "New to this"), Option(id: "some", label: "Some experience"),
                Option(id: "experienced", label: "Experienced"),
            ]))
        #expect(parse("1", q) == .accepted(.option("new")))
        #expect(parse("SOME", q) == .accepted(.option("some")))
        #expect(parse("new to this", q) == .accepted(.option("new")))
        #expect(parse("exp", q) == .accepted(.option("experienced")))
        if case .problem = parse("4", q) {} else { Issue.record("4 is not a choice") }
        let two = question(.choice([Option(id: "slow", label: "Slow"), Option(id: "soft", label: "Soft")]))
        if case .problem = parse("s", two) {} else { Issue.record("s is ambiguous between slow and soft") }
        #expect(parse("sl", two) == .accepted(.option("slow")))
    }

    @Test func severalChoices() {
        let q = question(
            .choices([
                Option(id: "water", label: "Water and snacks"), Option(id: "holding", label: "Holding"),
                Option(id: "quiet", label: "Quiet"),
            ]))
        #expect(parse("3, 1", q) == .accepted(.options(["water", "quiet"])))
        #expect(parse("1 2", q) == .accepted(.options(["water", "holding"])))
        #expect(parse("water and snacks, quiet", q) == .accepted(.options(["water", "quiet"])))
        #expect(parse("none", q) == .accepted(.options([])))
        if case .problem = parse("1, dancing", q) {} else { Issue.record("dancing is not a choice") }
    }

    @Test func yesNoAndScale() {
        #expect(parse("Y", question(.yesno(age: nil))) == .accepted(.bool(true)))
        #expect(parse("nope", question(.yesno(age: nil))) == .accepted(.bool(false)))
        if case .problem = parse("maybe", question(.yesno(age: nil))) {} else { Issue.record("maybe is not yes or no") }
        let s = question(.scale(min: 1, max: 5, labels: [ScaleLabel(value: 5, label: "Intense")]))
        #expect(parse("3", s) == .accepted(.number(3)))
        #expect(parse("intense", s) == .accepted(.number(5)))
        if case .problem = parse("6", s) {} else { Issue.record("6 is out of range") }
    }

    @Test func anAgeQuestionTakesATypedAge() {
        let adult = question(.yesno(age: 18))
        #expect(parse("I'm 17", adult) == .accepted(.bool(false)))
        #expect(parse("17", adult) == .accepted(.bool(false)))
        #expect(parse("25", adult) == .accepted(.bool(true)))
        #expect(parse("18", adult) == .accepted(.bool(true)))
        #expect(parse("im 25", adult) == .accepted(.bool(true)))
        #expect(parse("yes", adult) == .accepted(.bool(true)))
        if case .problem(let why) = parse("nearly", adult) {
            #expect(why.contains("your age"))
        } else {
            Issue.record("nearly is neither yes, no nor an age")
        }
    }

    @Test func anOrdinaryYesNoQuestionDoesNotTakeANumber() {
        let plain = question(.yesno(age: nil))
        for input in ["I'm 17", "25", "18"] {
            if case .problem = parse(input, plain) {} else { Issue.record("\(input) is not yes or no") }
        }
    }

    @Test(arguments: [
        ("17", 17), ("I'm 17", 17), ("i’m 17!", 17), ("im 25", 25), ("I am 40", 40), ("17 years old", 17),
        ("I'm 17 years old.", 17), ("17yo", 17), ("she's 19", 19), ("they are 30", 30), ("age: 52", 52),
    ])
    func statedAges(_ input: String, _ age: Int) {
        #expect(AnswerRules.statedAge(input) == age)
    }

    @Test(arguments: ["I'm 17 and a half", "17.5", "17 or 18", "0", "200", "yes", "", "seventeen", "room 17", "1 2"])
    func notAnAge(_ input: String) {
        #expect(AnswerRules.statedAge(input) == nil)
    }

    @Test func wordsRejectsWarningsAndLimits() {
        var q = question(.word)
        q.rejects = [WordRule(words: ["safe"], message: Template(literal: "Too plain."))]
        q.warnings = [WordRule(words: ["no", "stop"], message: Template(literal: "Not if they're part of play."))]
        q.maxLength = 10
        #expect(parse(" pineapple ", q) == .accepted(.text("pineapple")))
        #expect(parse("Safe", q) == .problem("Too plain."))
        #expect(parse("STOP", q) == .confirm(.text("STOP"), reason: "Not if they're part of play."))
        if case .problem = parse("two words", q) {} else { Issue.record("a word has no spaces") }
        if case .problem = parse("supercalifragilistic", q) {} else { Issue.record("longer than max") }
    }

    @Test func textKeepsNonASCIIIntact() {
        #expect(parse("héllo ✓ 日本", question(.text)) == .accepted(.text("héllo ✓ 日本")))
    }

    @Test func listLengthCountsItems() {
        var q = question(.list)
        q.minLength = 2
        if case .problem = parse("", q, lines: ["one"]) {} else { Issue.record("one item is too few") }
        #expect(parse("", q, lines: ["one", "two"]) == .accepted(.lines(["one", "two"])))
    }

    @Test func ratingsAcceptShortForms() {
        let values = ["yes", "maybe", "no", "fantasy", "unsure"].map {
            RatingValue(id: $0, label: RatingValue.standardLabel($0)!)
        }
        #expect(AnswerRules.parseRating("y", values: values) == "yes")
        #expect(AnswerRules.parseRating("4", values: values) == "fantasy")
        #expect(AnswerRules.parseRating("fan", values: values) == "fantasy")
        #expect(AnswerRules.parseRating("not sure", values: values) == "unsure")
        #expect(AnswerRules.parseRating("perhaps", values: values) == nil)
    }
}
