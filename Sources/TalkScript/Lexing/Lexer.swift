import ControlCharacters

/// Turns a talk file's UTF-8 bytes into tokens, one line at a time (the parser asks for the next line
/// when it needs it, so a large talk never holds all its tokens at once). One pass, no backtracking.
///
/// Lexing errors (an unterminated string, a character that cannot start a token) are reported as E001;
/// the rest of that line is skipped and a `.broken` token marks the spot, so parsing resumes at the next line.
/// A control character or bidi override (`ControlCharacter`) anywhere but in a comment is E016: in a
/// string it is reported once, and the string is kept so the rest of the line is still checked.
struct Lexer {
    private let file: String
    private var i = 0
    private var line: UInt32 = 1

    init(_ bytes: [UInt8], file: String) {
        self.file = file
        // A byte-order mark is not part of the text.
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { i = 3 }
    }

    /// Appends the tokens of the next line that has any (skipping blank and comment-only lines);
    /// appends nothing at the end of the file.
    mutating func nextLine(_ bytes: [UInt8], into tokens: inout [Token], sink: inout DiagnosticSink) {
        let before = tokens.count
        bytes.withUnsafeBufferPointer { buf in
            while tokens.count == before && i < buf.count {
                lexLine(buf, into: &tokens, sink: &sink)
            }
        }
    }

    /// Lexes from `i` to the end of its line, leaving `i` at the start of the next line.
    private mutating func lexLine(
        _ buf: UnsafeBufferPointer<UInt8>, into tokens: inout [Token],
        sink: inout DiagnosticSink
    ) {
        let n = buf.count
        var i = self.i
        let line = self.line
        var col: UInt32 = 1
        var lineStart = true
        let file = self.file
        defer {
            self.i = i
            self.line = line + 1
        }

        func emit(_ kind: Token.Kind, _ start: Int, _ end: Int, _ column: UInt32, _ endColumn: UInt32) {
            tokens.append(
                Token(
                    kind: kind, startsLine: lineStart, start: UInt32(start), end: UInt32(end),
                    line: line, column: column, endColumn: endColumn))
            lineStart = false
        }
        func location(_ column: UInt32) -> SourceLocation {
            SourceLocation(file: file, line: Int(line), column: Int(column))
        }
        func skipLine() {
            while i < n && buf[i] != 0x0A { i += 1 }
        }
        /// Reports, marks the line broken and skips the rest of it.
        func fail(_ message: DiagnosticMessage, at start: Int, column: UInt32) {
            sink.report(message, at: location(column))
            emit(.broken, start, start, column, column)
            skipLine()
        }

        while i < n {
            let b = buf[i]
            switch b {
            case 0x0A:
                i += 1
                return
            case 0x20, 0x09, 0x0D:
                i += 1
                col += 1
            case 0x23:  // '#': a comment to the end of the line
                skipLine()
            case 0x22:  // '"'
                var j = i + 1
                var c = col + 1
                var closed = false
                var reported = false
                while j < n {
                    let d = buf[j]
                    if d == 0x22 {
                        closed = true
                        break
                    }
                    if d == 0x0A { break }
                    // Only these bytes can begin a control character (C0, DEL; C1 U+0080..; U+2xxx; U+FFFx).
                    if !reported, d < 0x20 && d != 0x09 || d == 0x7F || d == 0xC2 || d == 0xE2 || d == 0xEF,
                        let (control, scalar) = Lexer.control(buf, j)
                    {
                        sink.report(.controlCharacter(control, scalar, "in a string"), at: location(c))
                        reported = true
                    }
                    if d == 0x5C, j + 1 < n {  // backslash
                        let e = buf[j + 1]
                        if e == 0x22 || e == 0x5C || e == 0x6E {
                            j += 2
                            c += 2
                            continue
                        }
                        if e != 0x0A {
                            sink.report(.unknownEscape(Lexer.scalarText(buf, j + 1)), at: location(c))
                        }
                    }
                    if ByteClass.startsScalar(d) { c += 1 }
                    j += 1
                }
                if closed {
                    emit(.string, i + 1, j, col, c + 1)
                    i = j + 1
                    col = c + 1
                } else {
                    fail(.unterminatedString, at: i, column: col)
                }
            case _ where ByteClass.isLetter(b):
                var j = i + 1
                while j < n && ByteClass.isIDChar(buf[j]) { j += 1 }
                let width = UInt32(j - i)
                emit(.word, i, j, col, col + width)
                i = j
                col += width
            case _ where ByteClass.isDigit(b) || (b == 0x2D && i + 1 < n && ByteClass.isDigit(buf[i + 1])):
                var j = i + 1
                while j < n && ByteClass.isDigit(buf[j]) { j += 1 }
                if j < n && ByteClass.isIDChar(buf[j]) {
                    while j < n && ByteClass.isIDChar(buf[j]) { j += 1 }
                    let text = String(decoding: UnsafeBufferPointer(rebasing: buf[i..<j]), as: UTF8.self)
                    fail(.notNumberOrID(text), at: i, column: col)
                    continue
                }
                let width = UInt32(j - i)
                emit(.number, i, j, col, col + width)
                i = j
                col += width
            default:
                let kind: Token.Kind?
                var width = 1
                let next: UInt8 = i + 1 < n ? buf[i + 1] : 0
                switch b {
                case 0x2E: kind = .dot
                case 0x2C: kind = .comma
                case 0x5B: kind = .openBracket
                case 0x5D: kind = .closeBracket
                case 0x28: kind = .openParen
                case 0x29: kind = .closeParen
                case 0x3D:
                    kind = next == 0x3D ? .equal : nil
                    width = 2
                case 0x21:
                    kind = next == 0x3D ? .notEqual : nil
                    width = 2
                case 0x3C:
                    if next == 0x3D {
                        kind = .lessOrEqual
                        width = 2
                    } else {
                        kind = .less
                    }
                case 0x3E:
                    if next == 0x3D {
                        kind = .greaterOrEqual
                        width = 2
                    } else {
                        kind = .greater
                    }
                default: kind = nil
                }
                if let kind {
                    emit(kind, i, i + width, col, col + UInt32(width))
                    i += width
                    col += UInt32(width)
                } else if b == 0x3D {
                    fail(.loneEquals, at: i, column: col)
                } else if let (control, scalar) = Lexer.control(buf, i) {
                    fail(.controlCharacter(control, scalar, "here"), at: i, column: col)
                } else if b == 0x21 {
                    fail(.loneBang, at: i, column: col)
                } else {
                    fail(.unexpectedCharacter(Lexer.scalarText(buf, i)), at: i, column: col)
                }
            }
        }
    }

    /// The Unicode scalar starting at `i`, for messages; one that would act on the terminal the message is
    /// shown on is named by its code point instead.
    private static func scalarText(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int) -> String {
        let scalar = scalar(buf, i)
        if ControlCharacter(scalar) != nil { return ControlCharacter.codePoint(scalar) }
        return String(scalar)
    }

    /// The Unicode scalar starting at byte `i` (the text is valid UTF-8: the loader checked it).
    private static func scalar(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int) -> Unicode.Scalar {
        let lead = UInt32(buf[i])
        var value: UInt32
        let count: Int
        switch lead {
        case ..<0x80: return Unicode.Scalar(UInt8(lead))
        case 0xC0..<0xE0:
            value = lead & 0x1F
            count = 1
        case 0xE0..<0xF0:
            value = lead & 0x0F
            count = 2
        case 0xF0..<0xF8:
            value = lead & 0x07
            count = 3
        default: return "\u{FFFD}"
        }
        for k in 1...count {
            guard i + k < buf.count, buf[i + k] & 0xC0 == 0x80 else { return "\u{FFFD}" }
            value = value << 6 | UInt32(buf[i + k] & 0x3F)
        }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// The control character starting at byte `i`, if there is one there.
    private static func control(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int) -> (ControlCharacter, Unicode.Scalar)? {
        let s = scalar(buf, i)
        return ControlCharacter(s).map { ($0, s) }
    }
}
