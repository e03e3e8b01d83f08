import Testing

@testable import Terminal

@Suite struct SanitizerTests {
    /// True when `s` holds nothing a terminal would act on.
    func isInert(_ s: String) -> Bool {
        !s.unicodeScalars.contains(where: Sanitizer.needsReplacing)
    }

    @Test func escapeSequencesBecomeVisible() {
        #expect(Sanitizer.visible("\u{1B}[2J") == "^[[2J")
        #expect(Sanitizer.visible("a\u{07}b") == "a^Gb")
        #expect(Sanitizer.visible("\u{1B}]0;title\u{07}") == "^[]0;title^G")
        #expect(Sanitizer.visible("x\u{7F}") == "x^?")
        #expect(Sanitizer.visible("\u{0}") == "^@")
    }

    @Test func c1ControlsBecomeCodePoints() {
        #expect(Sanitizer.visible("\u{9B}2J") == "<U+009B>2J")
        #expect(Sanitizer.visible("\u{85}\u{80}\u{9F}") == "<U+0085><U+0080><U+009F>")
    }

    @Test func bidiOverridesBecomeCodePoints() {
        #expect(Sanitizer.visible("abc\u{202E}def") == "abc<U+202E>def")
        for v: UInt32 in [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069] {
            let s = "x" + String(Unicode.Scalar(v)!) + "y"
            #expect(isInert(Sanitizer.visible(s)))
        }
    }

    @Test func newlineIsCaretAndTabIsSpace() {
        #expect(Sanitizer.visible("a\nb\r\nc") == "a^Jb^M^Jc")
        #expect(Sanitizer.visible("a\tb") == "a b")
    }

    @Test func everyControlCharacterIsNeutralised() {
        var all = ""
        for v: UInt32 in Array(0...0x20) + Array(0x7F...0xA0) {
            all.unicodeScalars.append(Unicode.Scalar(v)!)
        }
        let out = Sanitizer.visible(all)
        #expect(isInert(out))
        #expect(!out.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }

    @Test func formatCharactersThatBreakOrRearrangeLinesBecomeCodePoints() {
        #expect(Sanitizer.visible("a\u{2028}b\u{2029}c\u{206A}\u{FFF9}") == "a<U+2028>b<U+2029>c<U+206A><U+FFF9>")
    }

    @Test func printableKeepsLayoutButNotALoneCarriageReturn() {
        #expect(Sanitizer.printable("a\nb\tc\r\nd") == "a\nb\tc\r\nd")
        #expect(Sanitizer.printable("secret\rshown") == "secret^Mshown")
        #expect(Sanitizer.printable("end\r") == "end^M")
        #expect(Sanitizer.printable("\u{1B}]52;c;ZXZpbA==\u{07}") == "^[]52;c;ZXZpbA==^G")
        #expect(Sanitizer.printable("\u{9D}0;t\u{9C}\u{202E}") == "<U+009D>0;t<U+009C><U+202E>")
    }

    @Test func ordinaryTextIsUnchanged() {
        for s in [
            "héllo ✓ 日本", "👩‍❤️‍👨 🏳️‍🌈 👍🏽", "", "plain ASCII, with: punctuation!", "e\u{301}", "العربية עברית", "שלום\u{200F}",
            "a\u{200B}b\u{FEFF}",
        ] {
            #expect(Sanitizer.visible(s) == s)
        }
    }
}
