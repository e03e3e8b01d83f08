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

extension DisplayWidthTests {
    /// Printable ASCII takes the fast path; it must count what the character-by-character way counts,
    /// controls included (they take the slow way and count 0).
    @Test func theAsciiFastPathCountsWhatEachCharacterCounts() {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let text = String(
                String.UnicodeScalarView(
                    (0..<Int.random(in: 0..<40, using: &rng)).map { _ in
                        Unicode.Scalar(UInt8.random(in: 0..<0x80, using: &rng))
                    }))
            #expect(DisplayWidth.of(text) == text.reduce(0) { $0 + DisplayWidth.of($1) }, "\(Array(text.utf8))")
        }
    }
}

extension DisplayWidthTests {
    /// Latin letters and typographic punctuation take a second fast path; it must count what the
    /// character-by-character way counts, with marks, soft hyphens and emoji mixed in (the slow way).
    @Test func theLatinFastPathCountsWhatEachCharacterCounts() {
        var rng = SystemRandomNumberGenerator()
        let scalars: [UInt32] =
            [0x41, 0x20, 0xA0, 0xAD, 0xE9, 0x301, 0x2019, 0x201C, 0x2014, 0x2026, 0xB7, 0x2BC, 0x1F642, 0xFE0F, 0x200D]
        for _ in 0..<2000 {
            let text = String(
                String.UnicodeScalarView(
                    (0..<Int.random(in: 0..<12, using: &rng)).map { _ in
                        Unicode.Scalar(scalars.randomElement(using: &rng)!)!
                    }))
            #expect(
                DisplayWidth.of(text) == text.reduce(0) { $0 + DisplayWidth.of($1) },
                "\(text.unicodeScalars.map(\.value))")
        }
    }
}
