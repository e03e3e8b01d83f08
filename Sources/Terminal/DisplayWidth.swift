/// How many terminal columns text takes: a CJK character or an emoji takes two, a combining mark or a
/// joiner none, anything else one. Its own table rather than the C library's `wcwidth`, which answers
/// -1 for everything outside ASCII unless a UTF-8 locale was set first, and differs between systems.
public enum DisplayWidth {
    // Inlinable so callers in other modules get it specialized for String and Substring: unspecialized,
    // walking the bytes through protocol witnesses cost ten thousand instructions a word.
    @inlinable
    public static func of<S: StringProtocol>(_ text: S) -> Int {
        // Printable ASCII, the usual case, is a column a byte: no grapheme breaking needed (it was a tenth
        // of the time to the first prompt, wrapping the readiness check's coaching).
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        // Likewise Latin letters and the usual typographic punctuation (curly quotes, dashes, "·", "…"):
        // a column a scalar, as long as nothing joins onto them (marks are outside these ranges).
        if text.unicodeScalars.allSatisfy(isOneColumn) { return text.unicodeScalars.count }
        return text.reduce(0) { $0 + of($1) }
    }

    /// A scalar that always takes one column on its own and never joins with the next.
    @usableFromInline
    static func isOneColumn(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20..<0x7F, 0xA0..<0xAD, 0xAE..<0x300, 0x2010...0x2027, 0x2030...0x205E: true
        default: false
        }
    }

    /// One user-perceived character: the widest of its scalars, so an emoji sequence joined by ZWJ or a
    /// letter with its accents counts once.
    public static func of(_ character: Character) -> Int {
        var widest = 0
        for scalar in character.unicodeScalars {
            if scalar.value == 0xFE0F { return 2 }  // "show as emoji"
            widest = max(widest, of(scalar))
        }
        return widest
    }

    static func of(_ scalar: Unicode.Scalar) -> Int {
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        if properties.isEmojiPresentation { return 2 }
        return wide.contains { $0.contains(scalar.value) } ? 2 : 1
    }

    /// East Asian Wide and Fullwidth blocks (Unicode's EastAsianWidth.txt, W and F, grouped by block).
    private static let wide: [ClosedRange<UInt32>] = [
        0x1100...0x115F,  // Hangul Jamo initial consonants
        0x2E80...0x303E,  // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
        0x3041...0x33FF,  // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo, CJK compatibility
        0x3400...0x4DBF,  // CJK unified ideographs extension A
        0x4E00...0x9FFF,  // CJK unified ideographs
        0xA000...0xA4CF,  // Yi
        0xA960...0xA97F,  // Hangul Jamo extended A
        0xAC00...0xD7A3,  // Hangul syllables
        0xF900...0xFAFF,  // CJK compatibility ideographs
        0xFE10...0xFE19,  // vertical forms
        0xFE30...0xFE6F,  // CJK compatibility forms, small form variants
        0xFF00...0xFF60,  // fullwidth forms
        0xFFE0...0xFFE6,  // fullwidth signs
        0x1B000...0x1B2FF,  // Kana supplement and extensions
        0x1F200...0x1F2FF,  // enclosed ideographic supplement
        0x20000...0x2FFFD,  // CJK extensions B to F
        0x30000...0x3FFFD,  // CJK extension G and beyond
    ]
}
