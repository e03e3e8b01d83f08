import Testing

@testable import Terminal

@Suite struct PromptMarkupTests {
    let m = "\u{01}"

    @Test func plainPromptIsUnchanged() {
        #expect(PromptMarkup.prepare("q1> ") == .init(head: "", line: "q1> "))
    }

    @Test func escapesAreMarkedBeforeTheNextVisibleCharacter() {
        let line = PromptMarkup.prepare("\u{1B}[36mq1\u{1B}[39m> ").line
        #expect(line == "\(m)\u{1B}[36m\(m)q1\(m)\u{1B}[39m\(m)> ")
    }

    @Test func adjacentEscapesShareOneMarkedRun() {
        let line = PromptMarkup.prepare("a\u{1B}[39m\u{1B}[2m b").line
        #expect(line == "a\(m)\u{1B}[39m\u{1B}[2m\(m) b")
    }

    @Test func trailingEscapesMoveBeforeTrailingSpaces() {
        #expect(PromptMarkup.prepare("\u{1B}[1m>\u{1B}[22m").line == "\(m)\u{1B}[1m\(m)>\(m)\u{1B}[22m\(m) ")
        #expect(PromptMarkup.prepare("\u{1B}[1m> \u{1B}[22m").line == "\(m)\u{1B}[1m\(m)>\(m)\u{1B}[22m\(m) ")
    }

    @Test func earlierLinesArePrintedDirectly() {
        let prepared = PromptMarkup.prepare("\u{1B}[1mTitle\u{1B}[22m\nWhy?\n> ")
        #expect(prepared.head == "\u{1B}[1mTitle\u{1B}[22m\nWhy?\n")
        #expect(prepared.line == "> ")
    }

    @Test func strayMarkersAreRemoved() {
        #expect(PromptMarkup.prepare("a\u{01}b> ").line == "ab> ")
    }
}
