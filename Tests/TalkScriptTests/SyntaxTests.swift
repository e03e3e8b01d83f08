import Testing

@testable import TalkScript

@Test func templatesSplitIntoTextAndReferencesWithLocations() throws {
    let c = compile(talk("  ask a text \"Q\"\n  say \"{{x}} {a}\\\\ {name}\\n\"\n    \"next {partner}\"\n"))
    #expect(lines(c) == [])
    let say = try #require(c.script?.steps[0].nodes.compactMap { if case .say(let s) = $0 { s } else { nil } }.first)
    #expect(
        say.text.parts == [
            .text("{x} "), .reference(Reference(path: ["a"])), .text("\\ "),
            .reference(Reference(path: ["name"])), .text("\n next "),
            .reference(Reference(path: ["partner"])),
        ])
    #expect(say.text.location == location(4, 7))
    #expect(say.text.references.map(\.location) == [location(4, 15), location(4, 21), location(5, 12)])
}

@Test func sayTakesItsConditionBeforeOrAfterTheText() throws {
    let c = compile(talk("  ask a yesno \"Q\"\n  say \"after\" when a == yes\n  say when not a \"before\"\n"))
    #expect(lines(c) == [])
    let says = try #require(c.script?.steps[0].nodes).compactMap { if case .say(let s) = $0 { s } else { nil } }
    #expect(says.map { render($0.condition) } == ["a == yes", "not (a)"])
    #expect(says.map(\.text.parts) == [[.text("after")], [.text("before")]])
}

@Test func conditionsHonourPrecedenceAndParentheses() throws {
    let c = compile(
        talk(
            """
              ask a yesno "Q"
              ask b choices "Q"
                option x "X"
                option y "Y"
              ask n scale 0 10 "Q"
              say when a or b contains x and not n < 3 "p"
              say when (a or b contains x) and n not in [1, 2] "q"
              say when mode == practice and a != "no" "r"
            """))
    #expect(lines(c) == [])
    let says = try #require(c.script?.steps[0].nodes).compactMap { if case .say(let s) = $0 { s } else { nil } }
    #expect(
        says.map { render($0.condition) } == [
            "(a or (b contains x and not (n < #3)))",
            "((a or b contains x) and not (n in [#1, #2]))",
            "(mode == practice and a != \"no\")",
        ])
}

@Test func askLineMayEndWithFlagsAndRateTextIsOptional() throws {
    let c = compile(
        "talk t \"T\" version 1\ncatalog c \"C\"\n  item x \"X\"\nstep s \"S\"\n"
            + "  ask r rate c as yes no both\n  ask a yesno \"Q\" required optional each when r.yes\n")
    #expect(lines(c) == [])
    let qs = try #require(c.script?.questions)
    #expect(qs[0].who == .both && qs[0].text.parts.isEmpty)
    guard case .rate(_, let values, _) = qs[0].kind else {
        Issue.record("not rate")
        return
    }
    #expect(values.map(\.id) == ["yes", "no"])
    #expect(qs[1].required && qs[1].optional && qs[1].who == .each)
    #expect(render(qs[1].condition) == "r.yes")
}

@Test func anItemIDWinsOverAValueIDOfTheSameName() {
    // `r.yes` names the item `yes`, so comparing it with a rating value is fine, and no E013.
    let c = compile(
        "talk t \"T\" version 1\ncatalog c \"C\"\n  item yes \"Yes, the item\"\nstep s \"S\"\n"
            + "  ask r rate c as yes no \"Q\"\n  say when r.yes == no \"x\"\n")
    #expect(lines(c) == [])
}

@Test func cardLinesMayNameLaterQuestionsButOtherTextMayNot() {
    let c = compile(
        "talk t \"T\" version 1\nscript \"Card\"\n  line a \"{later}\" when later == yes\n"
            + "step s \"S\"\n  say \"{later}\"\n  ask later yesno \"Q\"\n    reflect \"{later}\"\n")
    #expect(prefixes(c) == ["test.talk:5:9: error[E007]"])
}

@Test func columnsCountUnicodeScalars() {
    let c = compile(talk("  say \"héllo wörld ✓\" when nope\n  ask a yesno \"Q\"\n"))
    #expect(prefixes(c) == ["test.talk:3:28: error[E005]"])
}
