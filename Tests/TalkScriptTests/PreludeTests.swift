import BuiltinTalks
import Testing

@testable import TalkScript

let readiness = """
    step ready "Before we start" unnumbered
      ask ready-adult yesno "Are you 18 or older?" required
      stop when ready-adult == no "Candor is only for adults."
    """

@Test func preludeStepsComeFirstAndTheTalkMayReferenceThem() throws {
    let c = compile(talk("  ask a yesno \"Q\" when ready-adult == yes\n  say \"{ready-adult}\"\n"), prelude: readiness)
    #expect(lines(c) == [])
    let script = try #require(c.script)
    #expect(script.steps.map(\.id) == ["ready", "s"])
    #expect(!script.steps[0].numbered)
    #expect(script.questions.map(\.id) == ["ready-adult", "a"])
    #expect(script.questions[0].required)
    #expect(script.questions[0].location == location(2, 3, file: "ready.talk"))
    #expect(script.id == "t")
}

@Test func theTalkMayNotDefineReadinessIDs() {
    let c = compile(talk("  ask ready-x yesno \"Q\"\n  flag ready-f when ready-x \"x\"\n"), prelude: readiness)
    #expect(prefixes(c) == ["test.talk:3:3: error[E012]", "test.talk:4:3: error[E012]"])
}

@Test func aTalkQuestionMayNotReuseAPreludeID() {
    let c = compile(talk("  ask ready-adult yesno \"Q\"\n"), prelude: readiness)
    #expect(
        lines(c) == [
            "test.talk:3:3: error[E004]: question 'ready-adult' is already asked at ready.talk:2; "
                + "question ids must be unique"
        ])
}

@Test func thePreludeHoldsStepsOnly() {
    let c = compile(
        talk("  ask a yesno \"Q\"\n"),
        prelude: "talk r \"R\" version 1\ncatalog c \"C\"\n  item x \"X\"\n" + readiness)
    #expect(prefixes(c) == ["ready.talk:1:1: error[E023]", "ready.talk:2:1: error[E023]"])
}

@Test func thePreludeCannotNameTalkQuestions() {
    let c = compile(talk("  ask a yesno \"Q\"\n"), prelude: readiness + "\n  say when a \"x\"\n")
    #expect(prefixes(c) == ["ready.talk:4:12: error[E007]"])
}

@Test func withoutAPreludeReadinessIDsAreUnknown() {
    let c = compile(talk("  ask a yesno \"Q\" when ready-adult\n"))
    #expect(prefixes(c) == ["test.talk:3:24: error[E005]"])
}

@Test func builtinReadinessParsesAsAPrelude() throws {
    let c = TalkCompiler.compile(
        SourceFile(name: "t.talk", text: talk("  ask a yesno \"Q\" when ready-adult == yes\n")),
        prelude: SourceFile(name: "readiness.talk", text: BuiltinTalks.readiness.source))
    #expect(c.errors.isEmpty, "\(lines(c))")
    #expect(try #require(c.script).steps.first?.id == "ready")
}
