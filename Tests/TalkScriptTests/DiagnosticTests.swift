import Testing
@testable import TalkScript

/// One file that triggers a diagnostic, and the `FILE:LINE:COL: severity[CODE]` prefixes of everything
/// it reports (so a test also shows that one mistake gives one diagnostic).
struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var source: String
    var expected: [String]
    var testDescription: String { name }

    init(_ name: String, _ source: String, _ expected: String...) {
        self.name = name
        self.source = source
        self.expected = expected
    }
}

/// `talk t "T" version 1` then `step s "S"` with one question, then `body` from line 3 on.
func talk(_ body: String) -> String {
    "talk t \"T\" version 1\nstep s \"S\"\n" + body
}

func prefixes(_ c: Compilation) -> [String] {
    c.diagnostics.map { "\($0.location): \($0.severity.rawValue)[\($0.code)]" }
}

let cases: [Case] = [
    // E001: syntax.
    Case("unterminated string", talk("  ask a text \"Question\n"), "test.talk:3:14: error[E001]"),
    Case("bad character", talk("  ask a text \"Q\" @\n"), "test.talk:3:18: error[E001]"),
    Case("missing text", talk("  ask a text\n"), "test.talk:3:13: error[E001]"),
    Case("unexpected token", talk("  ask a text \"Q\" sometimes\n"), "test.talk:3:18: error[E001]"),
    Case("unclosed brace", talk("  ask a text \"Q {a\"\n"), "test.talk:3:17: error[E001]"),
    Case("lone closing brace", talk("  ask a text \"Q a}\"\n"), "test.talk:3:18: error[E001]"),
    Case("bad escape", talk("  ask a text \"Q \\t\"\n"), "test.talk:3:17: error[E001]"),
    Case("single equals", talk("  ask a yesno \"Q\"\n  say when a = yes \"x\"\n"), "test.talk:4:14: error[E001]"),
    Case("unclosed list", talk("  ask a yesno \"Q\"\n  say when a in [yes \"x\"\n"), "test.talk:4:22: error[E001]"),
    Case("interpolation in a title", "talk t \"T {x}\" version 1\nstep s \"S\"\n  ask a yesno \"Q\"\n",
         "test.talk:1:12: error[E001]"),
    // E002: unknown or misplaced statements.
    Case("unknown statement", talk("  ask a yesno \"Q\"\n  hlep \"x\"\n"), "test.talk:4:3: error[E002]"),
    Case("attribute without ask", talk("  help \"x\"\n  ask a yesno \"Q\"\n"), "test.talk:3:3: error[E002]"),
    Case("item without catalog", talk("  ask a yesno \"Q\"\n  item x \"X\"\n"), "test.talk:4:3: error[E002]"),
    Case("note without item", "talk t \"T\" version 1\ncatalog c \"C\"\n  note \"n\"\n  item x \"X\"\n"
         + "step s \"S\"\n  ask a rate c as yes no \"Q\"\n", "test.talk:3:3: error[E002]"),
    Case("line without script", talk("  ask a yesno \"Q\"\n  line x \"X\"\n"), "test.talk:4:3: error[E002]"),
    Case("say outside a step", "talk t \"T\" version 1\nsay \"hi\"\nstep s \"S\"\n  ask a yesno \"Q\"\n",
         "test.talk:2:1: error[E002]"),
    Case("attribute twice", talk("  ask a yesno \"Q\"\n    help \"x\"\n    help \"y\"\n"), "test.talk:5:5: error[E002]"),
    Case("talk not first", "step s \"S\"\n  ask a yesno \"Q\"\ntalk t \"T\" version 1\n", "test.talk:3:1: error[E002]"),
    // E003: unknown kind.
    Case("unknown kind", talk("  ask a txt \"Q\"\n    help \"still read\"\n"), "test.talk:3:9: error[E003]"),
    // E004: duplicate ids.
    Case("question twice", talk("  ask a yesno \"Q\"\n  ask a text \"Q\"\n"), "test.talk:4:3: error[E004]"),
    Case("step twice", talk("  ask a yesno \"Q\"\nstep s \"S\"\n  ask b yesno \"Q\"\n"), "test.talk:4:1: error[E004]"),
    Case("option twice", talk("  ask a choice \"Q\"\n    option x \"X\"\n    option x \"Y\"\n    option y \"Y\"\n"),
         "test.talk:5:5: error[E004]"),
    Case("item twice", "talk t \"T\" version 1\ncatalog c \"C\"\n  item x \"X\"\n  item x \"Y\"\n"
         + "step s \"S\"\n  ask a rate c as yes no \"Q\"\n", "test.talk:4:3: error[E004]"),
    Case("catalog twice", "talk t \"T\" version 1\ncatalog c \"C\"\n  item x \"X\"\ncatalog c \"D\"\n  item y \"Y\"\n"
         + "step s \"S\"\n  ask a rate c as yes no \"Q\"\n", "test.talk:4:1: error[E004]"),
    Case("flag twice", talk("  ask a yesno \"Q\"\n  flag f when a \"x\"\n  flag f when a \"y\"\n"),
         "test.talk:5:3: error[E004]"),
    Case("card line twice", talk("  ask a yesno \"Q\"\nscript \"S\"\n  line x \"a\"\n  line x \"b\"\n"),
         "test.talk:6:3: error[E004]"),
    // E005: references to what does not exist.
    Case("unknown question", talk("  ask a yesno \"Q\"\n  say when b \"x\"\n"), "test.talk:4:12: error[E005]"),
    Case("unknown item", "talk t \"T\" version 1\ncatalog c \"C\"\n  item x \"X\"\nstep s \"S\"\n"
         + "  ask a rate c as yes no \"Q\"\n  say when a.y == yes \"x\"\n", "test.talk:6:12: error[E005]"),
    Case("unknown role", "talk t \"T\" version 1\ncatalog c \"C\"\n  item x \"X\" roles giving receiving\n"
         + "step s \"S\"\n  ask a rate c as yes no \"Q\"\n  say when a.x.givng == yes \"x\"\n",
         "test.talk:6:12: error[E005]"),
    Case("unknown interpolation", talk("  ask a yesno \"Q\"\n  say \"Hi {nmae}\"\n"), "test.talk:4:12: error[E005]"),
    Case("name in a condition", talk("  ask a yesno \"Q\"\n  say when name \"x\"\n"), "test.talk:4:12: error[E005]"),
    Case("value not on the scale", "talk t \"T\" version 1\ncatalog c \"C\"\n  item x \"X\"\nstep s \"S\"\n"
         + "  ask a rate c as yes no \"Q\"\n    value meh \"Meh\"\n", "test.talk:6:11: error[E005]"),
    // E006: values a question cannot produce.
    Case("yesno maybe", talk("  ask a yesno \"Q\"\n  say when a == maybe \"x\"\n"), "test.talk:4:17: error[E006]"),
    Case("unknown option", talk("  ask a choice \"Q\"\n    option x \"X\"\n    option y \"Y\"\n  say when a in [x, z] \"x\"\n"),
         "test.talk:6:21: error[E006]"),
    Case("unknown rating value", "talk t \"T\" version 1\ncatalog c \"C\"\n  item x \"X\"\nstep s \"S\"\n"
         + "  ask a rate c as yes no \"Q\"\n  say when a.x == maybe \"x\"\n", "test.talk:6:19: error[E006]"),
    Case("mode value", talk("  ask a yesno \"Q\"\n  say when mode == alone \"x\"\n"), "test.talk:4:20: error[E006]"),
    Case("scale compared with a word", talk("  ask a scale 1 5 \"Q\"\n  say when a > high \"x\"\n"),
         "test.talk:4:16: error[E006]"),
    // E007: a question asked later.
    Case("asked later", talk("  say when a \"x\"\n  ask a yesno \"Q\"\n"), "test.talk:3:12: error[E007]"),
    Case("interpolation of a later question", talk("  ask a text \"Q {b}\"\n  ask b text \"Q\"\n"),
         "test.talk:3:18: error[E007]"),
    Case("own condition", talk("  ask a yesno \"Q\" when a\n"), "test.talk:3:24: error[E007]"),
    Case("own default", talk("  ask a text \"Q\"\n    default \"{a}\"\n"), "test.talk:4:15: error[E007]"),
    Case("later step condition", talk("  ask a yesno \"Q\"\nstep u \"U\" when b\n  ask b yesno \"Q\"\n"),
         "test.talk:4:17: error[E007]"),
    // E008: rating a catalog that does not exist.
    Case("missing catalog", talk("  ask a rate acts as yes no \"Q\"\n"), "test.talk:3:14: error[E008]"),
    // E009: attributes that do not fit the kind.
    Case("option on text", talk("  ask a text \"Q\"\n    option x \"X\"\n"), "test.talk:4:5: error[E009]"),
    Case("age on text", talk("  ask a text \"Q\"\n    age 18\n"), "test.talk:4:5: error[E009]"),
    Case("label on choice", talk("  ask a choice \"Q\"\n    option x \"X\"\n    option y \"Y\"\n    label 1 \"One\"\n"),
         "test.talk:6:5: error[E009]"),
    Case("default on rate", "talk t \"T\" version 1\ncatalog c \"C\"\n  item x \"X\"\nstep s \"S\"\n"
         + "  ask a rate c as yes no \"Q\"\n    default \"yes\"\n", "test.talk:6:5: error[E009]"),
    // E010: missing parts.
    Case("no header", "step s \"S\"\n  ask a yesno \"Q\"\n", "test.talk:1:1: error[E010]"),
    Case("no step", "talk t \"T\" version 1\n", "test.talk:1:1: error[E010]"),
    Case("one option", talk("  ask a choice \"Q\"\n    option x \"X\"\n"), "test.talk:3:3: error[E010]"),
    Case("rate with no values", "talk t \"T\" version 1\ncatalog c \"C\"\n  item x \"X\"\nstep s \"S\"\n"
         + "  ask a rate c as \"Q\"\n", "test.talk:5:16: error[E010]"),
    Case("value with no label", "talk t \"T\" version 1\ncatalog c \"C\"\n  item x \"X\"\nstep s \"S\"\n"
         + "  ask a rate c as yes meh \"Q\"\n", "test.talk:5:23: error[E010]"),
    Case("empty catalog", "talk t \"T\" version 1\ncatalog c \"C\"\nstep s \"S\"\n  ask a rate c as yes no \"Q\"\n",
         "test.talk:2:1: error[E010]"),
    // E011: bad numbers.
    Case("version 0", "talk t \"T\" version 0\nstep s \"S\"\n  ask a yesno \"Q\"\n", "test.talk:1:20: error[E011]"),
    Case("scale the wrong way", talk("  ask a scale 5 1 \"Q\"\n"), "test.talk:3:17: error[E011]"),
    Case("min above max", talk("  ask a text \"Q\"\n    min 10\n    max 5\n"), "test.talk:5:9: error[E011]"),
    Case("age that is not an age", talk("  ask a yesno \"Q\"\n    age 0\n"), "test.talk:4:9: error[E011]"),
    Case("age given twice", talk("  ask a yesno \"Q\"\n    age 18\n    age 21\n"), "test.talk:5:5: error[E002]"),
    Case("label outside the scale", talk("  ask a scale 1 5 \"Q\"\n    label 6 \"Six\"\n"),
         "test.talk:4:11: error[E011]"),
    // E012: reserved ids.
    Case("question named mode", talk("  ask mode yesno \"Q\"\n"), "test.talk:3:3: error[E012]"),
    Case("ready step in a talk", "talk t \"T\" version 1\nstep ready \"S\"\n  ask a yesno \"Q\"\n",
         "test.talk:2:1: error[E012]"),
    Case("ready- question in a talk", talk("  ask ready-x yesno \"Q\"\n"), "test.talk:3:3: error[E012]"),
    // E013: tests that do not fit the question.
    Case("ordering on yesno", talk("  ask a yesno \"Q\"\n  say when a < 3 \"x\"\n"), "test.talk:4:12: error[E013]"),
    Case("contains on choice", talk("  ask a choice \"Q\"\n    option x \"X\"\n    option y \"Y\"\n"
                                    + "  say when a contains x \"x\"\n"), "test.talk:6:12: error[E013]"),
    Case("comparing a value set", "talk t \"T\" version 1\ncatalog c \"C\"\n  item x \"X\"\nstep s \"S\"\n"
         + "  ask a rate c as yes no \"Q\"\n  say when a.yes == x \"x\"\n", "test.talk:6:12: error[E013]"),
    // E014: defaults that are not valid answers.
    Case("yesno default", talk("  ask a yesno \"Q\"\n    default \"maybe\"\n"), "test.talk:4:13: error[E014]"),
    Case("choice default", talk("  ask a choice \"Q\"\n    option x \"X\"\n    option y \"Y\"\n    default \"z\"\n"),
         "test.talk:6:13: error[E014]"),
    Case("scale default", talk("  ask a scale 1 5 \"Q\"\n    default \"9\"\n"), "test.talk:4:13: error[E014]"),
    Case("word default", talk("  ask a word \"Q\"\n    default \"two words\"\n"), "test.talk:4:13: error[E014]"),
    Case("rejected default", talk("  ask a word \"Q\"\n    reject red \"No.\"\n    default \"RED\"\n"),
         "test.talk:5:13: error[E014]"),
    // E015: a shared screen that would give away a private answer.
    Case("shared say negating a private answer", talk("  ask a yesno \"Q\"\n  ask b yesno \"Q\" both\n  say when not a \"x\"\n"),
         "test.talk:5:16: error[E015]"),
    Case("joint question on != of a private answer", talk("  ask a yesno \"Q\"\n  ask b yesno \"Q\" both when a != yes\n"),
         "test.talk:4:29: error[E015]"),
    Case("shared say showing an unrevealed answer", talk("  ask a text \"Q\"\n  ask b yesno \"Q\" both\n  say \"You said {a}.\"\n"),
         "test.talk:5:18: error[E015]"),
    Case("joint question showing a private rating", "talk t \"T\" version 1\ncatalog c \"C\"\n  item x \"X\"\nstep s \"S\"\n"
         + "  ask a rate c as yes no \"Q\"\n  ask b yesno \"Also {a.yes}?\" both\n", "test.talk:6:22: error[E015]"),
    Case("step condition negating a private answer", talk("  ask a yesno \"Q\"\nstep u \"U\" when a not in [yes]\n  ask b yesno \"Q\" both\n"),
         "test.talk:4:17: error[E015]"),
    // E016: a control character or bidi override, which would act on the terminal or reorder the text.
    Case("OSC 52 in the talk's title", "talk t \"T\u{1B}]52;c;ZXZpbA==\u{07}\" version 1\nstep s \"S\"\n  ask a text \"Q\"\n",
         "test.talk:1:10: error[E016]"),
    Case("C1 CSI in a step title", "talk t \"T\" version 1\nstep s \"S\u{9B}2J\"\n  ask a text \"Q\"\n", "test.talk:2:10: error[E016]"),
    Case("bidi override in an option label", talk("  ask a choice \"Q\"\n    option x \"X\u{202E}\"\n    option y \"Y\"\n"),
         "test.talk:4:16: error[E016]"),
    Case("bidi isolate in an id", talk("  ask a\u{2067}b text \"Q\"\n  ask c text \"Q\"\n"), "test.talk:3:8: error[E016]"),
    Case("bell in a question", talk("  ask a text \"Q\u{07}\u{07}\"\n"), "test.talk:3:16: error[E016]"),
    Case("line separator in a say", talk("  ask a text \"Q\"\n  say \"x\u{2028}y\"\n"), "test.talk:4:9: error[E016]"),
    Case("line break in a step title", "talk t \"T\" version 1\nstep s \"S\\nT\"\n  ask a text \"Q\"\n",
         "test.talk:2:8: error[E016]"),
    // Warnings.
    Case("unrated catalog", "talk t \"T\" version 1\ncatalog c \"C\"\n  item x \"X\"\nstep s \"S\"\n  ask a yesno \"Q\"\n",
         "test.talk:2:1: warning[W101]"),
    Case("step with no question", talk("  ask a yesno \"Q\"\nstep u \"U\"\n  say \"hi\"\n"), "test.talk:4:1: warning[W102]"),
    Case("high-risk without caution", "talk t \"T\" version 1\ncatalog c \"C\"\n  item x \"X\" high-risk\n"
         + "step s \"S\"\n  ask a rate c as yes no \"Q\"\n", "test.talk:3:3: warning[W103]"),
]

@Test(arguments: cases)
func diagnostic(_ c: Case) {
    let result = compile(c.source)
    #expect(prefixes(result) == c.expected, "\(lines(result))")
    #expect((result.script == nil) == result.hasErrors)
}

@Test func everyCodeHasACase() {
    let codes = Set(cases.flatMap { $0.expected.compactMap { $0.split(separator: "[").last?.dropLast() } }.map(String.init))
    let all = (1...16).map { "E" + ($0 < 10 ? "00" : "0") + String($0) } + ["W101", "W102", "W103"]
    #expect(Set(all).subtracting(codes).isEmpty, "no case for \(Set(all).subtracting(codes).sorted())")
}

@Test func messagesSayWhatIsWrongAndWhatToDo() {
    let c = compile("talk t \"T\" version 1\ncatalog acts \"C\"\n  item spanking \"S\" roles giving receiving\n"
                    + "step s \"S\"\n  ask acts rate acts as yes no \"Q\"\n  say when acts.spanking.givng == yes \"x\"\n"
                    + "  ask b txt \"Q\"\n")
    #expect(lines(c) == [
        "test.talk:6:12: error[E005]: 'acts.spanking.givng': item 'spanking' has no role 'givng' (roles: giving, receiving)",
        "test.talk:7:9: error[E003]: unknown question kind 'txt'; expected one of text, lines, list, choice, choices, "
            + "rate, scale, date, yesno, word (did you mean 'text'?)",
    ])
}


@Test func controlCharactersAreNamedNotPrintedAndTheMessageSaysWhatToDo() {
    let c = compile("talk t \"T\u{1B}[2J\" version 1\nstep s \"S\u{202E}\"\n  ask a text \"Q\"\n  \u{9B}\n")
    #expect(lines(c) == [
        "test.talk:1:10: error[E016]: a control character (U+001B) in a string: it would act on the terminal the talk "
            + "is shown on instead of showing; delete it",
        "test.talk:2:10: error[E016]: a bidirectional override (U+202E) in a string: it makes the text read differently "
            + "from how it is stored; delete it (right-to-left text shows correctly without it)",
        "test.talk:4:3: error[E016]: a control character (U+009B) here: it would act on the terminal the talk is shown on "
            + "instead of showing; delete it",
    ])
    // Whatever a message quotes from the file, it holds no control character itself.
    for d in c.diagnostics {
        #expect(!d.description.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value) })
    }
}

@Test func tabsRightToLeftMarksAndJoinersAreNotControlCharacters() {
    // A tab in text, Hebrew with a right-to-left mark, an emoji joined with ZWJ, a line break in a question.
    let c = compile("talk t \"שלום\u{200F} T\" version 1\nstep s \"S 👩\u{200D}❤\u{FE0F}\u{200D}👨\"\n"
                    + "  ask a text \"Q\tone\\ntwo\"\n")
    #expect(c.diagnostics.isEmpty, "\(lines(c))")
}
