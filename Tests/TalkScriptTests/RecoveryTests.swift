import Testing

@testable import TalkScript

@Test func threeMistakesGiveThreeErrors() {
    let c = compile(
        talk(
            """
              ask a txt "Unknown kind"
              ask b yesno "Q"
              say when b == maybe "Not a yesno answer"
              ask b text "Same id again"
            """))
    #expect(prefixes(c) == ["test.talk:3:9: error[E003]", "test.talk:5:17: error[E006]", "test.talk:6:3: error[E004]"])
    #expect(c.script == nil)
}

@Test func recoversAtTheNextLineAfterASyntaxError() {
    let c = compile(
        talk(
            """
              ask a text "Unterminated
                help "Still attached to a, no cascade"
              ask b yesno "Q" @ nonsense
              say when b == yes and "missing reference"
              ask c yesno "Fine"
              say when c == maybe "Checked after the errors"
            """))
    #expect(
        prefixes(c) == [
            "test.talk:3:14: error[E001]", "test.talk:5:19: error[E001]",
            "test.talk:6:25: error[E001]", "test.talk:8:17: error[E006]",
        ])
}

@Test func aBrokenStepSkipsItsContentQuietly() {
    let c = compile(
        "talk t \"T\" version 1\nstep \"No id\"\n  say \"x\"\n  ask a yesno \"Q\"\n    help \"h\"\n"
            + "step s \"S\"\n  ask b yesno \"Q\"\n")
    #expect(prefixes(c) == ["test.talk:2:6: error[E001]"])
}

@Test func aReferenceToABrokenQuestionIsNotReportedAgain() {
    let c = compile(talk("  ask a txt \"Q\"\n  say when a == whatever \"x\"\n"))
    #expect(prefixes(c) == ["test.talk:3:9: error[E003]"])
}

@Test func diagnosticsAreSortedByFileLineAndColumn() {
    let c = compile(
        talk("  ask b yesno \"Q\" when zz\n  say when a \"x\"\n  ask a txt \"Q\"\n"),
        prelude: "step ready \"R\" unnumbered\n  ask ready-x yesno \"Q\"\n  say when nope \"x\"\n")
    #expect(
        prefixes(c) == [
            "ready.talk:3:12: error[E005]", "test.talk:3:24: error[E005]",
            "test.talk:4:12: error[E007]", "test.talk:5:9: error[E003]",
        ])
}
