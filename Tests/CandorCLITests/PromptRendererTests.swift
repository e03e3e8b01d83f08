import TalkEngine
import Terminal
import Testing

@testable import CandorCLI

/// How a prompt is laid out as terminal text (no colour, so the text is what a screen reader hears).
struct PromptRendererTests {
    let renderer = PromptRenderer(style: Style(colour: false), width: 40)
    let person = Participant(id: "p1", name: nil)

    @Test func aYesNoQuestionShowsItsDefaultAndNoChoiceList() {
        let p = Prompt(
            kind: .question(.yesno), id: "q", text: "Ready?", person: person, defaultText: "yes",
            choices: [.init(key: "y", id: "yes", label: "yes"), .init(key: "n", id: "no", label: "no")])
        #expect(renderer.inputPrompt(p).rendered == "(yes/no) [yes] › ")
        #expect(renderer.question(p).rendered == "\nReady?\n")
    }

    @Test func choicesAreListedWithTheirKeys() {
        let p = Prompt(
            kind: .question(.choice), id: "q", text: "Which?", person: person,
            choices: [
                .init(key: "1", id: "a", label: "Apple"), .init(key: "2", id: "b", label: "Pear"),
                .init(key: "3", id: "c", label: "Plum"),
            ])
        #expect(renderer.question(p).rendered == "\nWhich?\n  1  Apple\n  2  Pear\n  3  Plum\n")
        #expect(renderer.inputPrompt(p).rendered == "› ")
    }

    @Test func aLongDefaultIsShortened() {
        let p = Prompt(
            kind: .question(.text), id: "q", text: "Say", person: person,
            defaultText: String(repeating: "a", count: 50))
        #expect(renderer.inputPrompt(p).rendered == "[" + String(repeating: "a", count: 37) + "…] › ")
    }

    @Test func textWrapsAtTheWidthAndControlsAreMadeVisible() {
        let wrapped = renderer.wrap(String(repeating: "word ", count: 20)).rendered
        #expect(wrapped.split(separator: "\n").allSatisfy { $0.count <= 40 })
        #expect(renderer.wrap("a\u{1B}[2Jb").rendered == "a^[[2Jb")
        #expect(renderer.note(Note(.caution, "slow")).rendered == "Careful: slow\n")
    }

    @Test func theWidthStaysReadable() {
        #expect(PromptRenderer(style: Style(colour: false), width: 10).width == 40)
        #expect(PromptRenderer(style: Style(colour: false), width: 300).width == 88)
    }
}
