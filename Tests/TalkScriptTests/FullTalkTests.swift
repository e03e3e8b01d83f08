import Testing

@testable import TalkScript

/// The example from docs/talk-language.md, with a few more kinds and attributes.
let exampleTalk = #"""
    talk first-talk "A first talk" version 2
    about "A short talk about what each of us wants."

    # Things to rate.
    catalog acts "Things to try"
      item spanking "Spanking" roles giving receiving
      item choking "Light choking" high-risk
        caution "Pressure on the neck can cause harm within seconds, even when it is gentle."
      item kissing "Kissing"
        note "Anywhere you like."

    step write "Write it down"
      say "Writing it down first helps you sort out what you want."
      ask opener lines "How would you start the conversation, in your own words?"
        help "A sentence or two is plenty. You can reword it later."
        min 10
        max 500
      ask acts rate acts as yes maybe fantasy no unsure meh
        why "A list shows where you already agree before anyone has to say no out loud."
        additions "Anything else you'd add? One per line, an empty line to finish."
        value meh "Meh, whatever"
      say when acts.choking in [yes, maybe]
        "You marked light choking as something to try. It is the riskiest thing on the list:"
        "read the caution again, and talk it through before anything else."

    step clear "Be clear" unnumbered when mode == practice and not acts.no
      ask safeword word "Pick a safe word." both
        warn no stop "If 'no' or 'stop' are part of your play, they cannot also mean stop."
        reject red "Red already means stop."
        reflect "So your safe word is {safeword}, {name}."
        default "pineapple"
      ask how-often scale 1 5 "How often? {{roughly}}" optional
        label 1 "Rarely"
        label 5 "Often"
      ask kind choice "Which?"
        option soft "Soft"
        option firm "Firm"
        when how-often >= 3 and (acts.spanking.receiving == yes or acts.spanking != no)
      ask extras choices "Anything else?" when safeword
        option toys "Toys"
        option talk "Talking"
      flag pressure when kind not in [soft] and extras contains toys "Take care."
      stop when how-often == 1 "Then let's stop here, {partner}."

    script "My script"
      line open "{opener}"
      line want "I'd like us to try {acts.yes}." when acts.yes
      line later "Later: {later}"

    step later-step "Later"
      ask later text "Anything later?"
    """#

@Test func fullTalkParsesIntoExpectedValues() throws {
    let c = compile(exampleTalk)
    #expect(lines(c) == [])
    let script = try #require(c.script)
    #expect(script.id == "first-talk")
    #expect(script.title == "A first talk")
    #expect(script.version == 2)
    #expect(script.about == "A short talk about what each of us wants.")
    #expect(script.location == location(1, 1))

    // Catalogs, items, roles, notes and cautions.
    let acts = try #require(script.catalog("acts"))
    #expect(acts.title == "Things to try")
    #expect(acts.location == location(5, 1))
    #expect(acts.items.map(\.id) == ["spanking", "choking", "kissing"])
    #expect(acts.items[0].roles == ["giving", "receiving"])
    #expect(acts.items[0].location == location(6, 3))
    #expect(acts.items[1].highRisk && acts.items[1].roles.isEmpty)
    #expect(acts.items[1].caution == "Pressure on the neck can cause harm within seconds, even when it is gentle.")
    #expect(acts.items[2].note == "Anywhere you like.")

    // Steps.
    #expect(script.steps.map(\.id) == ["write", "clear", "later-step"])
    #expect(script.steps[0].numbered && !script.steps[1].numbered)
    #expect(render(script.steps[1].condition) == "(mode == practice and not (acts.no))")

    // Nodes of the first step, in order.
    let write = script.steps[0].nodes
    #expect(write.count == 4)
    guard case .say(let say1) = write[0], case .ask(let opener) = write[1], case .ask(let rate) = write[2],
        case .say(let say2) = write[3]
    else {
        Issue.record("unexpected nodes \(write)")
        return
    }
    #expect(say1.text.parts == [.text("Writing it down first helps you sort out what you want.")])
    #expect(say1.location == location(13, 3))
    #expect(opener.kind == .lines)
    #expect(opener.help?.parts == [.text("A sentence or two is plenty. You can reword it later.")])
    #expect(opener.minLength == 10 && opener.maxLength == 500)
    #expect(opener.who == .each)
    #expect(opener.location == location(14, 3))
    #expect(opener.text.location == location(14, 20))
    guard case .rate(let catalog, let values, let additions) = rate.kind else {
        Issue.record("not a rate: \(rate.kind)")
        return
    }
    #expect(catalog == "acts")
    #expect(values.map(\.id) == ["yes", "maybe", "fantasy", "no", "unsure", "meh"])
    #expect(values[0].label == "Yes, I'd like to try it")
    #expect(values[5].label == "Meh, whatever")
    #expect(additions?.parts == [.text("Anything else you'd add? One per line, an empty line to finish.")])
    // Continuation lines are joined with one space.
    #expect(
        say2.text.parts == [
            .text(
                "You marked light choking as something to try. It is the riskiest thing on the list: "
                    + "read the caution again, and talk it through before anything else.")
        ])
    #expect(render(say2.condition) == "acts.choking in [yes, maybe]")
    if case .oneOf(let r, let values) = say2.condition {
        #expect(r.location == location(22, 12))
        #expect(values[1].location == location(22, 34))
    }

    // The second step: attributes, kinds with arguments, templates, flags and stops.
    let questions = script.questions
    #expect(questions.map(\.id) == ["opener", "acts", "safeword", "how-often", "kind", "extras", "later"])
    let safeword = questions[2]
    #expect(safeword.kind == .word && safeword.who == .both)
    #expect(safeword.warnings.map(\.words) == [["no", "stop"]])
    #expect(safeword.rejects.first?.words == ["red"])
    #expect(safeword.rejects.first?.message.parts == [.text("Red already means stop.")])
    #expect(safeword.defaultValue?.parts == [.text("pineapple")])
    let reflect = try #require(safeword.reflect)
    #expect(
        reflect.parts == [
            .text("So your safe word is "), .reference(Reference(path: ["safeword"])), .text(", "),
            .reference(Reference(path: ["name"])), .text("."),
        ])
    #expect(reflect.references.map(\.location) == [location(30, 36), location(30, 48)])

    let howOften = questions[3]
    #expect(
        howOften.kind
            == .scale(
                min: 1, max: 5,
                labels: [
                    ScaleLabel(value: 1, label: "Rarely"),
                    ScaleLabel(value: 5, label: "Often"),
                ]))
    #expect(howOften.optional)
    #expect(howOften.text.parts == [.text("How often? {roughly}")])

    let kind = questions[4]
    #expect(
        kind.kind
            == .choice([
                Option(id: "soft", label: "Soft", location: location(36, 5)),
                Option(id: "firm", label: "Firm", location: location(37, 5)),
            ]))
    #expect(
        render(kind.condition)
            == "(how-often >= #3 and (acts.spanking.receiving == yes or acts.spanking != no))")

    let extras = questions[5]
    #expect(extras.condition == .answered(Reference(path: ["safeword"])))
    guard case .choices(let options) = extras.kind else {
        Issue.record("not choices")
        return
    }
    #expect(options.map(\.id) == ["toys", "talk"])
    #expect(options[0].location == location(40, 5))

    let clear = script.steps[1].nodes
    guard case .flag(let flag) = clear[4], case .stop(let stop) = clear[5] else {
        Issue.record("unexpected nodes \(clear)")
        return
    }
    #expect(flag.id == "pressure")
    #expect(render(flag.condition) == "(not (kind in [soft]) and extras contains toys)")
    #expect(flag.location == location(42, 3))
    #expect(flag.message.parts == [.text("Take care.")])
    #expect(render(stop.condition) == "how-often == #1")
    #expect(
        stop.message.parts == [.text("Then let's stop here, "), .reference(Reference(path: ["partner"])), .text(".")])

    // The card may name questions asked after it is written (`later`).
    let card = try #require(script.card)
    #expect(card.title == "My script")
    #expect(card.lines.map(\.id) == ["open", "want", "later"])
    #expect(card.lines[0].template.parts == [.reference(Reference(path: ["opener"]))])
    #expect(
        card.lines[1].template.parts == [
            .text("I'd like us to try "), .reference(Reference(path: ["acts", "yes"])),
            .text("."),
        ])
    #expect(render(card.lines[1].condition) == "acts.yes")
    #expect(card.lines[1].location == location(47, 3))
}

@Test func docExampleCompilesWithOnlyExpectedWarnings() {
    // The example at the top of docs/talk-language.md.
    let c = compile(
        #"""
        talk first-talk "A first talk" version 1
        about "A short talk about what each of us wants."

        catalog acts "Things to try"
          item spanking "Spanking" roles giving receiving
          item choking "Light choking" high-risk
            caution "Pressure on the neck can cause harm within seconds, even when it is gentle."

        step write "Write it down"
          say "Writing it down first helps you sort out what you want."
          ask opener lines "How would you start the conversation, in your own words?"
            help "A sentence or two is plenty. You can reword it later."
          ask acts rate acts as yes maybe fantasy no unsure
            why "A list shows where you already agree before anyone has to say no out loud."
            additions "Anything else you'd add? One per line, an empty line to finish."
          say when acts.choking in [yes, maybe]
            "You marked light choking as something to try. It is the riskiest thing on the list:"
            "read the caution again, and talk it through before anything else."

        step clear "Be clear"
          ask safeword word "Pick a safe word." both
            warn no stop "If 'no' or 'stop' are part of your play, they cannot also mean stop."
            reflect "So your safe word is {safeword}."

        script "My script"
          line open "{opener}"
          line want "I'd like us to try {acts.yes}." when acts.yes
        """#)
    #expect(lines(c) == [])
    #expect(c.script?.steps.count == 2)
}
