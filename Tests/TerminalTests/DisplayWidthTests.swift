import Terminal
import Testing

/// Columns on screen, not characters: what wrapping and padding must count.
struct DisplayWidthTests {
    @Test(
        arguments: [
            ("plain", 5),
            ("", 0),
            ("café", 4),  // precomposed
            ("cafe\u{301}", 4),  // e + combining acute: one column
            ("日本語", 6),
            ("한국어", 6),
            ("ｆｕｌｌ", 8),  // fullwidth Latin
            ("🙂", 2),
            ("👩‍❤️‍👨", 2),  // one emoji sequence joined by ZWJ
            ("❤️", 2),  // text heart shown as emoji (VS16)
            ("a\u{200B}b", 2),  // zero-width space
        ] as [(String, Int)])
    func columns(text: String, expected: Int) {
        #expect(DisplayWidth.of(text) == expected, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }
}
