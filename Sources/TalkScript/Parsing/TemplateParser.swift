/// Splits the content of one or more string tokens into text and `{reference}` parts, decoding escapes.
///
/// Consecutive strings are joined with one space (how long text is wrapped). `{{` and `}}` are literal
/// braces; an unclosed `{`, a lone `}` or a malformed reference is E001.
enum TemplateParser {
    static func parse(
        _ bytes: [UInt8], _ run: ArraySlice<Token>, file: String,
        into sink: inout DiagnosticSink
    ) -> Template {
        guard let first = run.first else { return Template(parts: []) }
        // Most texts are one string with no escape and no brace: its bytes are the text, as they are.
        if run.count == 1 {
            let text = bytes[Int(first.start)..<Int(first.end)]
            if !text.contains(where: { $0 == 0x5C || $0 == 0x7B || $0 == 0x7D }) {
                let location = SourceLocation(file: file, line: Int(first.line), column: Int(first.column))
                return Template(
                    parts: text.isEmpty ? [] : [.text(String(decoding: text, as: UTF8.self))], location: location)
            }
        }
        var parts: [Template.Part] = []
        var buffer: [UInt8] = []
        func flush() {
            if buffer.isEmpty { return }
            parts.append(.text(String(decoding: buffer, as: UTF8.self)))
            buffer.removeAll(keepingCapacity: true)
        }
        func location(_ token: Token, _ column: UInt32) -> SourceLocation {
            SourceLocation(file: file, line: Int(token.line), column: Int(column))
        }
        for (k, token) in zip(run.indices, run) {
            if k != run.startIndex { buffer.append(0x20) }
            var j = Int(token.start)
            let end = Int(token.end)
            var col = token.column + 1  // just after the opening quote
            while j < end {
                let b = bytes[j]
                let next: UInt8 = j + 1 < end ? bytes[j + 1] : 0
                switch b {
                case 0x5C:  // backslash; the lexer has already reported unknown escapes
                    guard j + 1 < end else {
                        j += 1
                        continue
                    }
                    buffer.append(next == 0x6E ? 0x0A : next)
                    j += 2
                    col += 2
                case 0x7B where next == 0x7B, 0x7D where next == 0x7D:
                    buffer.append(b)
                    j += 2
                    col += 2
                case 0x7B:
                    var close = j + 1
                    while close < end && bytes[close] != 0x7D && bytes[close] != 0x7B { close += 1 }
                    guard close < end, bytes[close] == 0x7D else {
                        sink.report(.unclosedBrace, at: location(token, col))
                        j = end
                        continue
                    }
                    if let (path, offset) = referencePath(bytes, j + 1, close) {
                        flush()
                        let refColumn = col + 1 + UInt32(offset)
                        parts.append(.reference(Reference(path: path, location: location(token, refColumn))))
                    } else {
                        let inner = String(decoding: bytes[(j + 1)..<close], as: UTF8.self)
                        sink.report(.invalidInterpolation(inner), at: location(token, col))
                    }
                    for c in (j + 1)..<close where ByteClass.startsScalar(bytes[c]) { col += 1 }
                    col += 2
                    j = close + 1
                case 0x7D:
                    sink.report(.loneClosingBrace, at: location(token, col))
                    j += 1
                    col += 1
                default:
                    buffer.append(b)
                    if ByteClass.startsScalar(b) { col += 1 }
                    j += 1
                }
            }
        }
        flush()
        return Template(parts: parts, location: location(first, first.column))
    }

    /// `a.b.c` (spaces around it allowed) as its parts and the offset of its first byte, or nil.
    private static func referencePath(_ bytes: [UInt8], _ start: Int, _ end: Int) -> ([String], Int)? {
        var s = start
        var e = end
        while s < e && bytes[s] == 0x20 { s += 1 }
        while e > s && bytes[e - 1] == 0x20 { e -= 1 }
        guard s < e else { return nil }
        var path: [String] = []
        var segment = s
        var i = s
        while i <= e {
            if i == e || bytes[i] == 0x2E {
                guard segment < i, ByteClass.isLetter(bytes[segment]) else { return nil }
                path.append(String(decoding: bytes[segment..<i], as: UTF8.self))
                segment = i + 1
            } else if !ByteClass.isIDChar(bytes[i]) {
                return nil
            }
            i += 1
        }
        return (path, s - start)
    }
}
