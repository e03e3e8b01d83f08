/// The Unicode scalars that act on a terminal, or change how the text around them reads, instead of
/// showing as themselves. This is the one list: the sanitizer makes them visible before anything reaches
/// a terminal (`Terminal/Sanitizer`), JSON output writes them as \u escapes, and `candor check` refuses
/// them in a talk file (E016).
public enum ControlCharacter: Sendable, Equatable {
    /// C0, U+0000 to U+001F: ESC starts every escape sequence (one that clears the screen, retitles the
    /// window, or writes to the clipboard with OSC 52), CR goes back over the line, BEL rings.
    case c0
    /// DEL, U+007F.
    case delete
    /// C1, U+0080 to U+009F: U+009B is a one-character CSI to many terminals, U+009D an OSC.
    case c1
    /// Bidirectional embeddings, overrides and isolates (U+202A to U+202E, U+2066 to U+2069): they reorder
    /// the text after them, so what is shown is not what is stored ("Trojan Source"). The marks U+200E,
    /// U+200F and U+061C are left alone: they only nudge neutral characters, and right-to-left text needs them.
    case bidi
    /// Other invisible characters that break or rearrange lines: the line and paragraph separators
    /// (U+2028, U+2029), the deprecated format controls (U+206A to U+206F) and interlinear annotation
    /// (U+FFF9 to U+FFFB).
    case format

    /// nil for every scalar that shows as itself (letters, emoji, combining marks, joiners, spaces).
    @inline(__always)
    public init?(_ scalar: Unicode.Scalar) {
        let v = scalar.value
        // Almost all text is printable ASCII or well past these ranges: one comparison each.
        if v >= 0x20 && v < 0x7F { return nil }
        switch v {
        case 0x00..<0x20: self = .c0
        case 0x7F: self = .delete
        case 0x80...0x9F: self = .c1
        case 0x202A...0x202E, 0x2066...0x2069: self = .bidi
        case 0x2028, 0x2029, 0x206A...0x206F, 0xFFF9...0xFFFB: self = .format
        default: return nil
        }
    }

    /// What it is, for a message: "a control character", "a bidirectional override".
    public var name: String {
        switch self {
        case .c0, .delete, .c1: "a control character"
        case .bidi: "a bidirectional override"
        case .format: "an invisible format character"
        }
    }

    /// The scalar as U+XXXX (at least four hex digits), the way messages and the sanitizer name it.
    public static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
