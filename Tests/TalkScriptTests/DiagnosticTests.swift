import Testing

@testable import TalkScript

/// One file that triggers a diagnostic, and everything it reports (so a test also shows that one mistake
/// gives one diagnostic), each as `FILE:LINE:COL-ENDCOL: severity[CODE]: message`: where, what and what to do.
struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var source: String
    var expected: [String]
    /// A readiness check to compile before it, as `ready.talk`.
    var prelude: String?
    var testDescription: String { name }

    init(_ name: String, _ source: String, prelude: String? = nil, _ expected: String...) {
        self.name = name
        self.source = source
        self.prelude = prelude
        self.expected = expected
    }
}

/// `talk t "T" version 1` then `step s "S"` with one question, then `body` from line 3 on.
func talk(_ body: String) -> String {
    "talk t \"T\" version 1\nstep s \"S\"\n" + body
}

/// The diagnostics as `candor check` prints them, with the end column of each range after the start.
func described(_ c: Compilation) -> [String] {
    c.diagnostics.map { "\($0.location)-\($0.range.endColumn): \($0.kind): \($0.message)" }
}

/// Only where and which: `FILE:LINE:COL: severity[CODE]`.
func prefixes(_ c: Compilation) -> [String] {
    c.diagnostics.map { "\($0.location): \($0.kind)" }
}

let cases: [Case] = [
    // E001: syntax.
    Case(
        "unterminated string", talk("  ask a text \"Question\n"),
        "test.talk:3:14-23: error[E001]: unterminated string; end it with '\"' on the same line (wrap long text "
            + "as several strings)"),
    Case(
        "bad character", talk("  ask a text \"Q\" @\n"),
        "test.talk:3:18-19: error[E001]: unexpected character '@'; a statement is made of keywords, ids, "
            + "numbers and \"strings\""),
    Case(
        "missing text", talk("  ask a text\n"),
        "test.talk:3:13-13: error[E001]: expected the question in quotes (ask ID KIND \"Question\") at the end "
            + "of the line"),
    Case(
        "unexpected token", talk("  ask a text \"Q\" sometimes\n"),
        "test.talk:3:18-27: error[E001]: unexpected 'sometimes' after the question; an ask line may end with "
            + "each, both, optional, required or when COND"),
    Case(
        "unclosed brace", talk("  ask a text \"Q {a\"\n"),
        "test.talk:3:17-19: error[E001]: unclosed '{' in text; close it with '}', or write '{{' for a literal "
            + "brace"),
    Case(
        "lone closing brace", talk("  ask a text \"Q a}\"\n"),
        "test.talk:3:18-19: error[E001]: a lone '}' in text; write '}}' for a literal brace"),
    Case(
        "bad escape", talk("  ask a text \"Q \\t\"\n"),
        "test.talk:3:17-18: error[E001]: unknown escape '\\t' in a string; use \\\", \\\\ or \\n"),
    Case(
        "single equals", talk("  ask a yesno \"Q\"\n  say when a = yes \"x\"\n"),
        "test.talk:4:14-15: error[E001]: '=' alone is not an operator; write '==' to compare"),
    Case(
        "unclosed list", talk("  ask a yesno \"Q\"\n  say when a in [yes \"x\"\n"),
        "test.talk:4:22-25: error[E001]: expected ',' or ']' in the list of values, found a string"),
    Case(
        "interpolation in a title", "talk t \"T {x}\" version 1\nstep s \"S\"\n  ask a yesno \"Q\"\n",
        "test.talk:1:12-13: error[E001]: '{x}' cannot be used in a title: only text shown during the talk can "
            + "name answers; write '{{' for a literal brace"),
    // E002: an unknown statement; E017-E023: statements out of place or given twice (E002 before they were split).
    Case(
        "unknown statement", talk("  ask a yesno \"Q\"\n  hlep \"x\"\n"),
        "test.talk:4:3-7: error[E002]: unknown statement 'hlep'; did you mean 'help'?"),
    Case(
        "attribute without ask", talk("  help \"x\"\n  ask a yesno \"Q\"\n"),
        "test.talk:3:3-7: error[E017]: 'help' belongs to a question: put it under an 'ask' line"),
    Case(
        "item without catalog", talk("  ask a yesno \"Q\"\n  item x \"X\"\n"),
        "test.talk:4:3-7: error[E018]: 'item' must come after a 'catalog' line: an item belongs to the catalog "
            + "above it"),
    Case(
        "note without item",
        "talk t \"T\" version 1\ncatalog c \"C\"\n  note \"n\"\n  item x \"X\"\n"
            + "step s \"S\"\n  ask a rate c as yes no \"Q\"\n",
        "test.talk:3:3-7: error[E018]: 'note' must come after an 'item' line: it belongs to the item above it"),
    Case(
        "line without script", talk("  ask a yesno \"Q\"\n  line x \"X\"\n"),
        "test.talk:4:3-7: error[E018]: 'line' must come after the 'script' line: it belongs to the card"),
    Case(
        "say outside a step", "talk t \"T\" version 1\nsay \"hi\"\nstep s \"S\"\n  ask a yesno \"Q\"\n",
        "test.talk:2:1-4: error[E021]: 'say' must be inside a step; add a 'step ID \"Title\"' line above it"),
    Case(
        "attribute twice", talk("  ask a yesno \"Q\"\n    help \"x\"\n    help \"y\"\n"),
        "test.talk:5:5-9: error[E019]: 'help' is given twice for question 'a'"),
    Case(
        "talk not first", "step s \"S\"\n  ask a yesno \"Q\"\ntalk t \"T\" version 1\n",
        "test.talk:3:1-5: error[E020]: 'talk' must be the first statement of the file"),
    Case(
        "string with nothing above", "\"x\"\n" + talk("  ask a yesno \"Q\"\n"),
        "test.talk:1:1-4: error[E022]: a string with no statement above it to continue; start the line with a "
            + "keyword"),
    Case(
        "about in the readiness check", talk("  ask a yesno \"Q\"\n"),
        prelude: "about \"A\"\nstep ready \"R\"\n  ask ready-a yesno \"Q\"\n",
        "ready.talk:1:1-6: error[E023]: the readiness check holds steps only; 'about' belongs in a talk file"),
    // E003: unknown kind.
    Case(
        "unknown kind", talk("  ask a txt \"Q\"\n    help \"still read\"\n"),
        "test.talk:3:9-12: error[E003]: unknown question kind 'txt'; expected one of text, lines, list, choice, "
            + "choices, rate, scale, date, yesno, word (did you mean 'text'?)"),
    // E004: duplicate ids.
    Case(
        "question twice", talk("  ask a yesno \"Q\"\n  ask a text \"Q\"\n"),
        "test.talk:4:3-6: error[E004]: question 'a' is already asked at line 3; question ids must be unique"),
    Case(
        "step twice", talk("  ask a yesno \"Q\"\nstep s \"S\"\n  ask b yesno \"Q\"\n"),
        "test.talk:4:1-5: error[E004]: step 's' is already defined at line 2"),
    Case(
        "option twice", talk("  ask a choice \"Q\"\n    option x \"X\"\n    option x \"Y\"\n    option y \"Y\"\n"),
        "test.talk:5:5-11: error[E004]: option 'x' is used twice in question 'a'"),
    Case(
        "item twice",
        "talk t \"T\" version 1\ncatalog c \"C\"\n  item x \"X\"\n  item x \"Y\"\n"
            + "step s \"S\"\n  ask a rate c as yes no \"Q\"\n",
        "test.talk:4:3-7: error[E004]: item 'x' is already in catalog 'c' at line 3"),
    Case(
        "catalog twice",
        "talk t \"T\" version 1\ncatalog c \"C\"\n  item x \"X\"\ncatalog c \"D\"\n  item y \"Y\"\n"
            + "step s \"S\"\n  ask a rate c as yes no \"Q\"\n",
        "test.talk:4:1-8: error[E004]: catalog 'c' is already defined at line 2"),
    Case(
        "flag twice", talk("  ask a yesno \"Q\"\n  flag f when a \"x\"\n  flag f when a \"y\"\n"),
        "test.talk:5:3-7: error[E004]: flag 'f' is already defined at line 4"),
    Case(
        "card line twice", talk("  ask a yesno \"Q\"\nscript \"S\"\n  line x \"a\"\n  line x \"b\"\n"),
        "test.talk:6:3-7: error[E004]: card line 'x' is already defined at line 5"),
    // E005: references to what does not exist; E040: names used where they mean nothing.
    Case(
        "unknown question", talk("  ask a yesno \"Q\"\n  say when b \"x\"\n"),
        "test.talk:4:12-13: error[E005]: unknown question 'b'; did you mean 'a'?"),
    Case(
        "unknown item",
        "talk t \"T\" version 1\ncatalog c \"C\"\n  item x \"X\"\nstep s \"S\"\n"
            + "  ask a rate c as yes no \"Q\"\n  say when a.y == yes \"x\"\n",
        "test.talk:6:12-15: error[E005]: 'a.y': rate question 'a' has no item or rating value 'y' (values: yes, "
            + "no; items: x); did you mean 'x'?"),
    Case(
        "unknown role",
        "talk t \"T\" version 1\ncatalog c \"C\"\n  item x \"X\" roles giving receiving\n"
            + "step s \"S\"\n  ask a rate c as yes no \"Q\"\n  say when a.x.givng == yes \"x\"\n",
        "test.talk:6:12-21: error[E005]: 'a.x.givng': item 'x' has no role 'givng' (roles: giving, receiving)"),
    Case(
        "unknown interpolation", talk("  ask a yesno \"Q\"\n  say \"Hi {nmae}\"\n"),
        "test.talk:4:12-16: error[E005]: unknown question 'nmae'; did you mean 'name'?"),
    Case(
        "name in a condition", talk("  ask a yesno \"Q\"\n  say when name \"x\"\n"),
        "test.talk:4:12-16: error[E040]: 'name' can be shown in text ({name}) but not tested in a condition"),
    Case(
        "mode in text", talk("  ask a yesno \"Q\"\n  say \"In {mode}\"\n"),
        "test.talk:4:12-16: error[E040]: 'mode' can be tested in a condition (when mode == together) but not "
            + "shown in text"),
    Case(
        "value not on the scale",
        "talk t \"T\" version 1\ncatalog c \"C\"\n  item x \"X\"\nstep s \"S\"\n"
            + "  ask a rate c as yes no \"Q\"\n    value meh \"Meh\"\n",
        "test.talk:6:11-14: error[E005]: 'meh' is not a rating value of question 'a' (values: yes, no); add it "
            + "after 'as'"),
    // E006: values a question cannot produce.
    Case(
        "yesno maybe", talk("  ask a yesno \"Q\"\n  say when a == maybe \"x\"\n"),
        "test.talk:4:17-22: error[E006]: 'maybe' is not an answer to yesno question 'a' (answers: yes or no)"),
    Case(
        "unknown option",
        talk("  ask a choice \"Q\"\n    option x \"X\"\n    option y \"Y\"\n  say when a in [x, z] \"x\"\n"),
        "test.talk:6:21-22: error[E006]: 'z' is not an option of 'a' (options: x or y); did you mean 'x'?"),
    Case(
        "unknown rating value",
        "talk t \"T\" version 1\ncatalog c \"C\"\n  item x \"X\"\nstep s \"S\"\n"
            + "  ask a rate c as yes no \"Q\"\n  say when a.x == maybe \"x\"\n",
        "test.talk:6:19-24: error[E006]: 'maybe' is not a rating value of 'a' (values: yes or no)"),
    Case(
        "mode value", talk("  ask a yesno \"Q\"\n  say when mode == alone \"x\"\n"),
        "test.talk:4:20-25: error[E006]: 'alone' is not a mode (modes: practice or together)"),
    Case(
        "scale compared with a word", talk("  ask a scale 1 5 \"Q\"\n  say when a > high \"x\"\n"),
        "test.talk:4:16-20: error[E006]: 'high' is not a number; 'a' is a scale from 1 to 5"),
    // E007: a question asked later.
    Case(
        "asked later", talk("  say when a \"x\"\n  ask a yesno \"Q\"\n"),
        "test.talk:3:12-13: error[E007]: 'a' is asked later (line 4); a condition may only name questions asked "
            + "before it"),
    Case(
        "interpolation of a later question", talk("  ask a text \"Q {b}\"\n  ask b text \"Q\"\n"),
        "test.talk:3:18-19: error[E007]: 'b' is asked later (line 4); text may only name questions asked before "
            + "it"),
    Case(
        "own condition", talk("  ask a yesno \"Q\" when a\n"),
        "test.talk:3:24-25: error[E007]: 'a' is the question itself; a condition may only name questions asked "
            + "before it"),
    Case(
        "own default", talk("  ask a text \"Q\"\n    default \"{a}\"\n"),
        "test.talk:4:15-16: error[E007]: 'a' is the question itself; text may only name questions asked before "
            + "it"),
    Case(
        "later step condition", talk("  ask a yesno \"Q\"\nstep u \"U\" when b\n  ask b yesno \"Q\"\n"),
        "test.talk:4:17-18: error[E007]: 'b' is asked later (line 5); a condition may only name questions asked "
            + "before it"),
    // E008: rating a catalog that does not exist.
    Case(
        "missing catalog", talk("  ask a rate acts as yes no \"Q\"\n"),
        "test.talk:3:14-18: error[E008]: question 'a' rates catalog 'acts', which does not exist; add it: "
            + "catalog acts \"Title\""),
    // E009: attributes that do not fit the kind.
    Case(
        "option on text", talk("  ask a text \"Q\"\n    option x \"X\"\n"),
        "test.talk:4:5-11: error[E009]: 'option' does not apply to a text question; it is for choice and "
            + "choices"),
    Case(
        "age on text", talk("  ask a text \"Q\"\n    age 18\n"),
        "test.talk:4:5-8: error[E009]: 'age' does not apply to a text question; it is for yesno"),
    Case(
        "label on choice", talk("  ask a choice \"Q\"\n    option x \"X\"\n    option y \"Y\"\n    label 1 \"One\"\n"),
        "test.talk:6:5-10: error[E009]: 'label' does not apply to a choice question; it is for scale"),
    Case(
        "default on rate",
        "talk t \"T\" version 1\ncatalog c \"C\"\n  item x \"X\"\nstep s \"S\"\n"
            + "  ask a rate c as yes no \"Q\"\n    default \"yes\"\n",
        "test.talk:6:5-12: error[E009]: 'default' does not apply to a rate question; it is for text, lines, "
            + "list, choice, choices, scale, date, yesno and word"),
    // E010: no header; E024-E028: other missing parts (E010 before they were split).
    Case(
        "no header", "step s \"S\"\n  ask a yesno \"Q\"\n",
        "test.talk:1:1-5: error[E010]: missing talk header; begin the file with: talk ID \"Title\" version 1"),
    Case(
        "no step", "talk t \"T\" version 1\n",
        "test.talk:1:1-5: error[E024]: talk 't' has no step; add one: step ID \"Title\""),
    Case(
        "one option", talk("  ask a choice \"Q\"\n    option x \"X\"\n"),
        "test.talk:3:3-6: error[E025]: choice question 'a' needs at least two options; add lines such as option "
            + "ID \"Label\" under it"),
    Case(
        "rate with no values",
        "talk t \"T\" version 1\ncatalog c \"C\"\n  item x \"X\"\nstep s \"S\"\n"
            + "  ask a rate c as \"Q\"\n",
        "test.talk:5:16-18: error[E026]: a rate question needs rating values after 'as' (for example: as yes "
            + "maybe no)"),
    Case(
        "value with no label",
        "talk t \"T\" version 1\ncatalog c \"C\"\n  item x \"X\"\nstep s \"S\"\n"
            + "  ask a rate c as yes meh \"Q\"\n",
        "test.talk:5:23-26: error[E027]: rating value 'meh' has no standard label; add a line value meh "
            + "\"Label\" under the question"),
    Case(
        "empty catalog", "talk t \"T\" version 1\ncatalog c \"C\"\nstep s \"S\"\n  ask a rate c as yes no \"Q\"\n",
        "test.talk:2:1-8: error[E028]: catalog 'c' has no items; add lines such as item ID \"Label\""),
    // E011: a version below 1; E029-E034: other bad numbers (E011 before they were split).
    Case(
        "version 0", "talk t \"T\" version 0\nstep s \"S\"\n  ask a yesno \"Q\"\n",
        "test.talk:1:20-21: error[E011]: version 0 is below 1; versions start at 1"),
    Case(
        "scale the wrong way", talk("  ask a scale 5 1 \"Q\"\n"),
        "test.talk:3:17-18: error[E029]: scale 5 1: the lowest number must be below the highest"),
    Case(
        "min above max", talk("  ask a text \"Q\"\n    min 10\n    max 5\n"),
        "test.talk:5:9-10: error[E030]: max 5 is below min 10"),
    Case(
        "age that is not an age", talk("  ask a yesno \"Q\"\n    age 0\n"),
        "test.talk:4:9-10: error[E033]: age 0 is not an age; write a whole number from 1 to 130"),
    Case(
        "age given twice", talk("  ask a yesno \"Q\"\n    age 18\n    age 21\n"),
        "test.talk:5:5-8: error[E019]: 'age' is given twice for question 'a'"),
    Case(
        "label outside the scale", talk("  ask a scale 1 5 \"Q\"\n    label 6 \"Six\"\n"),
        "test.talk:4:11-12: error[E032]: label 6 is outside the scale 1 to 5"),
    Case(
        "negative max", talk("  ask a text \"Q\"\n    max -1\n"),
        "test.talk:4:9-11: error[E031]: 'max' cannot be negative"),
    Case(
        "number too large", talk("  ask a scale 1 99999999999999999999 \"Q\"\n"),
        "test.talk:3:17-37: error[E034]: the number 99999999999999999999 is too large"),
    // E012: reserved ids.
    Case(
        "question named mode", talk("  ask mode yesno \"Q\"\n"),
        "test.talk:3:3-6: error[E012]: 'mode' is reserved (it already means something in conditions and text); "
            + "choose another question id"),
    Case(
        "ready step in a talk", "talk t \"T\" version 1\nstep ready \"S\"\n  ask a yesno \"Q\"\n",
        "test.talk:2:1-5: error[E012]: step id 'ready' is reserved for Candor's readiness check, which comes "
            + "before every talk; choose an id that is not 'ready' and does not start with 'ready-'"),
    Case(
        "ready- question in a talk", talk("  ask ready-x yesno \"Q\"\n"),
        "test.talk:3:3-6: error[E012]: question id 'ready-x' is reserved for Candor's readiness check, which "
            + "comes before every talk; choose an id that is not 'ready' and does not start with 'ready-'"),
    // E013: ordering on what is not a scale; E035-E039: other tests that do not fit (E013 before).
    Case(
        "ordering on yesno", talk("  ask a yesno \"Q\"\n  say when a < 3 \"x\"\n"),
        "test.talk:4:12-13: error[E013]: '<' compares numbers and works only on scale questions; 'a' is a yesno "
            + "question (use == or in)"),
    Case(
        "contains on choice",
        talk(
            "  ask a choice \"Q\"\n    option x \"X\"\n    option y \"Y\"\n"
                + "  say when a contains x \"x\"\n"),
        "test.talk:6:12-13: error[E035]: 'contains' works on choices and list questions; 'a' is a choice "
            + "question with a single answer (use == or in)"),
    Case(
        "comparing a value set",
        "talk t \"T\" version 1\ncatalog c \"C\"\n  item x \"X\"\nstep s \"S\"\n"
            + "  ask a rate c as yes no \"Q\"\n  say when a.yes == x \"x\"\n",
        "test.talk:6:12-17: error[E038]: 'a.yes' stands for the items rated yes; test it alone (when a.yes), or "
            + "test one item (a.ITEM == yes)"),
    Case(
        "refused on a private question", talk("  ask a yesno \"Q\"\n  say when a refused \"x\"\n"),
        "test.talk:4:12-13: error[E036]: 'refused' works on joint questions (asked with 'both'); 'a' is a yesno "
            + "question"),
    Case(
        "flagged compared", talk("  ask a yesno \"Q\"\n  say when flagged == yes \"x\"\n"),
        "test.talk:4:12-19: error[E037]: 'flagged' is tested alone (when flagged, when not flagged)"),
    Case(
        "whole rating compared",
        "talk t \"T\" version 1\ncatalog c \"C\"\n  item x \"X\"\nstep s \"S\"\n"
            + "  ask a rate c as yes no \"Q\"\n  say when a == yes \"x\"\n",
        "test.talk:6:12-13: error[E039]: 'a' is a whole rating; test one item (a.ITEM == yes) or a value (when "
            + "a.yes)"),
    // E014: defaults that are not valid answers.
    Case(
        "yesno default", talk("  ask a yesno \"Q\"\n    default \"maybe\"\n"),
        "test.talk:4:13-20: error[E014]: default \"maybe\" is not a valid answer: Candor would reply \"Please "
            + "answer yes or no (y or n).\""),
    Case(
        "choice default", talk("  ask a choice \"Q\"\n    option x \"X\"\n    option y \"Y\"\n    default \"z\"\n"),
        "test.talk:6:13-16: error[E014]: default \"z\" is not a valid answer: Candor would reply \"Please pick "
            + "one of the 2 choices: type its number or its name.\""),
    Case(
        "scale default", talk("  ask a scale 1 5 \"Q\"\n    default \"9\"\n"),
        "test.talk:4:13-16: error[E014]: default \"9\" is not a valid answer: Candor would reply \"Please type "
            + "a number from 1 to 5.\""),
    Case(
        "word default", talk("  ask a word \"Q\"\n    default \"two words\"\n"),
        "test.talk:4:13-24: error[E014]: default \"two words\" is not a valid answer: Candor would reply \"One "
            + "word, please, with no spaces.\""),
    Case(
        "rejected default", talk("  ask a word \"Q\"\n    reject red \"No.\"\n    default \"RED\"\n"),
        "test.talk:5:13-18: error[E014]: default \"RED\" is not a valid answer: Candor would reply \"No.\""),
    // E015: a shared screen that would give away a private answer.
    Case(
        "shared say negating a private answer",
        talk("  ask a yesno \"Q\"\n  ask b yesno \"Q\" both\n  say when not a \"x\"\n"),
        "test.talk:5:16-17: error[E015]: a say on the shared screen negates 'a', a private answer: on a screen "
            + "you both see, 'not' would give away that one of you said something else. Move it into the private run "
            + "(a say right after the question is shown to each person in their own turn), or test what both of you "
            + "said (== or in)"),
    Case(
        "joint question on != of a private answer",
        talk("  ask a yesno \"Q\"\n  ask b yesno \"Q\" both when a != yes\n"),
        "test.talk:4:29-30: error[E015]: the condition of joint question 'b' tests 'a != ...', a private "
            + "answer: on a screen you both see, '!=' would give away that one of you said something else. Move it "
            + "into the private run (a say right after the question is shown to each person in their own turn), or "
            + "test what both of you said (== or in)"),
    Case(
        "shared say showing an unrevealed answer",
        talk("  ask a text \"Q\"\n  ask b yesno \"Q\" both\n  say \"You said {a}.\"\n"),
        "test.talk:5:18-19: error[E015]: a say on the shared screen shows '{a}', a private answer that is never "
            + "revealed, on a screen you both see. Move the text into the private run, after 'a', or mark 'a' reveal "
            + "so both answers are shown side by side"),
    Case(
        "joint question showing a private rating",
        "talk t \"T\" version 1\ncatalog c \"C\"\n  item x \"X\"\nstep s \"S\"\n"
            + "  ask a rate c as yes no \"Q\"\n  ask b yesno \"Also {a.yes}?\" both\n",
        "test.talk:6:22-27: error[E015]: the text of joint question 'b' shows '{a.yes}', one person's private "
            + "ratings, on a screen you both see, where a rating list only ever shows what you both want. Move the "
            + "text into the private run, after 'a', where each person sees their own"),
    Case(
        "step condition negating a private answer",
        talk("  ask a yesno \"Q\"\nstep u \"U\" when a not in [yes]\n  ask b yesno \"Q\" both\n"),
        "test.talk:4:17-18: error[E015]: a step's condition negates 'a', a private answer: on a screen you both "
            + "see, 'not' would give away that one of you said something else. Move it into the private run (a say "
            + "right after the question is shown to each person in their own turn), or test what both of you said (== "
            + "or in)"),
    // E016: a control character or bidi override, which would act on the terminal or reorder the text; E041:
    // a line break in one-line text (E016 before).
    Case(
        "OSC 52 in the talk's title",
        "talk t \"T\u{1B}]52;c;ZXZpbA==\u{07}\" version 1\nstep s \"S\"\n  ask a text \"Q\"\n",
        "test.talk:1:10-11: error[E016]: a control character (U+001B) in a string: it would act on the terminal "
            + "the talk is shown on instead of showing; delete it"),
    Case(
        "C1 CSI in a step title", "talk t \"T\" version 1\nstep s \"S\u{9B}2J\"\n  ask a text \"Q\"\n",
        "test.talk:2:10-11: error[E016]: a control character (U+009B) in a string: it would act on the terminal "
            + "the talk is shown on instead of showing; delete it"),
    Case(
        "bidi override in an option label",
        talk("  ask a choice \"Q\"\n    option x \"X\u{202E}\"\n    option y \"Y\"\n"),
        "test.talk:4:16-17: error[E016]: a bidirectional override (U+202E) in a string: it makes the text read "
            + "differently from how it is stored; delete it (right-to-left text shows correctly without it)"),
    Case(
        "bidi isolate in an id", talk("  ask a\u{2067}b text \"Q\"\n  ask c text \"Q\"\n"),
        "test.talk:3:8-9: error[E016]: a bidirectional override (U+2067) here: it makes the text read "
            + "differently from how it is stored; delete it (right-to-left text shows correctly without it)"),
    Case(
        "bell in a question", talk("  ask a text \"Q\u{07}\u{07}\"\n"),
        "test.talk:3:16-17: error[E016]: a control character (U+0007) in a string: it would act on the terminal "
            + "the talk is shown on instead of showing; delete it"),
    Case(
        "line separator in a say", talk("  ask a text \"Q\"\n  say \"x\u{2028}y\"\n"),
        "test.talk:4:9-10: error[E016]: an invisible format character (U+2028) in a string: it is invisible and "
            + "changes how lines break; delete it (write \\n for a line break)"),
    Case(
        "line break in a step title", "talk t \"T\" version 1\nstep s \"S\\nT\"\n  ask a text \"Q\"\n",
        "test.talk:2:8-14: error[E041]: a line break (\\n) in a step title: it is shown on one line, in a "
            + "header or a list; remove the \\n (put longer words in 'about' or 'help')"),
    Case(
        "reviews twice",
        "talk t \"T\" version 1\nreviews agreements\nreviews agreements\nstep s \"S\"\n  ask a text \"Q\"\n",
        "test.talk:3:1-8: error[E019]: a second 'reviews agreements'; once is enough"),
    Case(
        "unknown standing kind", talk("  ask a word \"Q\" both\n    standing safeword\n"),
        "test.talk:4:14-22: error[E042]: 'standing safeword' is not something Candor keeps; it keeps safe-word, "
            + "traffic-light, signal, hard-limits, dos, donts, safer-sex, aftercare, check-in-cadence, next-date, "
            + "length"),
    Case(
        "unreadable option meaning",
        talk("  ask a choice \"Q\"\n    option x \"X\" lasts 30 days\n    option y \"Y\" repeats often\n"),
        "test.talk:3:3-6: error[E025]: choice question 'a' needs at least two options; add lines such as option ID "
            + "\"Label\" under it",
        "test.talk:4:27-31: error[E043]: can't read 'minutes' or 'hours' after 'lasts 30'",
        "test.talk:5:26-31: error[E043]: can't read 'repeats often': say daily, weekly, monthly, yearly"),
    Case(
        "a catalog's list that can't be read",
        "talk t \"T\" version 1\ncatalog c from \"things.list\"\nstep s \"S\"\n  ask a rate c as yes no \"Q\"\n",
        "things.list:1:1-1: error[E044]: in the list things.list: lists are not read here"),
    // Warnings.
    Case(
        "unrated catalog",
        "talk t \"T\" version 1\ncatalog c \"C\"\n  item x \"X\"\nstep s \"S\"\n  ask a yesno \"Q\"\n",
        "test.talk:2:1-8: warning[W101]: catalog 'c' is not rated by any question; add one: ask ID rate c as "
            + "yes maybe no \"Question\""),
    Case(
        "step with no question", talk("  ask a yesno \"Q\"\nstep u \"U\"\n  say \"hi\"\n"),
        "test.talk:4:1-5: warning[W102]: step 'u' asks no question; add one, or fold its text into another step"),
    Case(
        "high-risk without caution",
        "talk t \"T\" version 1\ncatalog c \"C\"\n  item x \"X\" high-risk\n"
            + "step s \"S\"\n  ask a rate c as yes no \"Q\"\n",
        "test.talk:3:3-7: warning[W103]: high-risk item 'x' has no caution; add a line caution \"What can go "
            + "wrong and how to be careful\" under it"),
]

@Test(arguments: cases)
func diagnostic(_ c: Case) {
    let result = compile(c.source, prelude: c.prelude)
    #expect(described(result) == c.expected)
    #expect((result.script == nil) == result.hasErrors)
}

@Test func everyCodeHasACase() {
    let reported = Set(cases.flatMap { compile($0.source, prelude: $0.prelude).diagnostics.map(\.kind) })
    let missing = DiagnosticKind.all.filter { !reported.contains($0) }.map(\.code)
    #expect(missing.isEmpty, "no case for \(missing)")
}

@Test func messagesSayWhatIsWrongAndWhatToDo() {
    let c = compile(
        "talk t \"T\" version 1\ncatalog acts \"C\"\n  item spanking \"S\" roles giving receiving\n"
            + "step s \"S\"\n  ask acts rate acts as yes no \"Q\"\n  say when acts.spanking.givng == yes \"x\"\n"
            + "  ask b txt \"Q\"\n")
    #expect(
        lines(c) == [
            "test.talk:6:12: error[E005]: 'acts.spanking.givng': item 'spanking' has no role 'givng' (roles: giving, receiving)",
            "test.talk:7:9: error[E003]: unknown question kind 'txt'; expected one of text, lines, list, choice, choices, "
                + "rate, scale, date, yesno, word (did you mean 'text'?)",
        ])
}

@Test func controlCharactersAreNamedNotPrintedAndTheMessageSaysWhatToDo() {
    let c = compile("talk t \"T\u{1B}[2J\" version 1\nstep s \"S\u{202E}\"\n  ask a text \"Q\"\n  \u{9B}\n")
    #expect(
        lines(c) == [
            "test.talk:1:10: error[E016]: a control character (U+001B) in a string: it would act on the terminal the talk "
                + "is shown on instead of showing; delete it",
            "test.talk:2:10: error[E016]: a bidirectional override (U+202E) in a string: it makes the text read differently "
                + "from how it is stored; delete it (right-to-left text shows correctly without it)",
            "test.talk:4:3: error[E016]: a control character (U+009B) here: it would act on the terminal the talk is shown on "
                + "instead of showing; delete it",
        ])
    // Whatever a message quotes from the file, it holds no control character itself.
    for d in c.diagnostics {
        #expect(
            !d.description.unicodeScalars.contains {
                $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value)
            })
    }
}

@Test func tabsRightToLeftMarksAndJoinersAreNotControlCharacters() {
    // A tab in text, Hebrew with a right-to-left mark, an emoji joined with ZWJ, a line break in a question.
    let c = compile(
        "talk t \"שלום\u{200F} T\" version 1\nstep s \"S 👩\u{200D}❤\u{FE0F}\u{200D}👨\"\n"
            + "  ask a text \"Q\tone\\ntwo\"\n")
    #expect(c.diagnostics.isEmpty, "\(lines(c))")
}

/// A catalog whose list file could not be read says so (E044) and nothing more; one whose list was read
/// but holds nothing still says it has no items (E028), even beside a broken one.
@Test func anUnreadListHidesOnlyItsOwnCatalogsNoItems() {
    let talk = SourceFile(
        name: "t.talk",
        text: "talk t \"T\" version 1\ncatalog a from \"bad.list\"\ncatalog b from \"dir/empty.list\"\n"
            + "step s \"S\"\n  ask x rate a as yes no \"Q\"\n  ask y rate b as yes no \"Q\"\n")
    let compiled = TalkCompiler.compile(talk) { path in
        path == "bad.list"
            ? .failed([ListProblem(file: "/home/sam/bad.list", line: 2, column: 1, message: "broken")])
            : .items(title: "Empty", [])
    }
    let codes = compiled.diagnostics.map { "\($0.kind.code) \($0.range.start.line)" }
    #expect(codes.contains("E044 2") && codes.contains("E028 3") && !codes.contains("E028 2"), "\(codes)")
}
