/// One token of a talk file.
///
/// Offsets are into the file's UTF-8 bytes; for a string, `start..<end` is its content without the
/// quotes. Lines and columns are 1-based; columns count Unicode scalars (not bytes), everywhere in
/// TalkScript. `UInt32` keeps a token small: a large talk has millions of them.
struct Token: Sendable {
    enum Kind: UInt8, Sendable {
        case word, number, string
        case dot, comma, openBracket, closeBracket, openParen, closeParen
        case equal, notEqual, less, lessOrEqual, greater, greaterOrEqual
        /// Where the lexer gave up on a line after reporting an error. The parser stays silent about it,
        /// so one mistake gives one diagnostic.
        case broken
    }

    var kind: Kind
    /// The first token on its physical line.
    var startsLine: Bool
    var start: UInt32
    var end: UInt32
    var line: UInt32
    var column: UInt32
    /// The column just after the token, for "expected ... after X" diagnostics.
    var endColumn: UInt32

    /// How the token is named in diagnostics when its text is not at hand.
    var kindDescription: String {
        switch kind {
        case .word: "a word"
        case .number: "a number"
        case .string: "a string"
        case .dot: "'.'"
        case .comma: "','"
        case .openBracket: "'['"
        case .closeBracket: "']'"
        case .openParen: "'('"
        case .closeParen: "')'"
        case .equal: "'=='"
        case .notEqual: "'!='"
        case .less: "'<'"
        case .lessOrEqual: "'<='"
        case .greater: "'>'"
        case .greaterOrEqual: "'>='"
        case .broken: "an error"
        }
    }
}

/// Byte classes for ids, shared by the lexer and the template parser.
enum ByteClass {
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    @inline(__always) static func isIDChar(_ b: UInt8) -> Bool {
        isLetter(b) || isDigit(b) || b == 0x2D || b == 0x5F
    }
    /// A byte that begins a Unicode scalar (not a UTF-8 continuation byte): columns count these.
    @inline(__always) static func startsScalar(_ b: UInt8) -> Bool { b & 0xC0 != 0x80 }
}
