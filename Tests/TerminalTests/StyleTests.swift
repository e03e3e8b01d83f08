import Testing

@testable import Terminal

@Suite struct StyleTests {
    @Test func colourOffReturnsInput() {
        let style = Style(colour: false)
        for f in [style.bold, style.dim, style.accent, style.warning, style.calm] {
            #expect(f("Step 2 of 4") == "Step 2 of 4")
        }
    }

    @Test func colourOnWrapsAndResets() {
        let style = Style(colour: true)
        for f in [style.bold, style.dim, style.accent, style.warning, style.calm] {
            let s = f("hi").rendered
            #expect(s.hasPrefix("\u{1B}["))
            #expect(s.hasSuffix("m"))
            #expect(s.contains("hi"))
            #expect(s != "hi")
        }
        #expect(style.bold("x") == "\u{1B}[1mx\u{1B}[22m")
        #expect(style.accent("x") == "\u{1B}[36mx\u{1B}[39m")
    }

    @Test func emptyTextStaysEmpty() {
        #expect(Style(colour: true).bold("") == "")
    }
}
