/// Reading the tokens of the current statement: peeking, expecting, and reporting what is missing.
extension Parser {
    var atEnd: Bool { pos >= end }
    var current: Token? { pos < end ? tokens[pos] : nil }

    func text(_ t: Token) -> String {
        String(decoding: bytes[Int(t.start)..<Int(t.end)], as: UTF8.self)
    }

    func location(_ t: Token) -> SourceLocation {
        SourceLocation(file: file, line: Int(t.line), column: Int(t.column))
    }

    /// Just after the statement's last token: where "expected ..." points when the line ends too soon.
    var endLocation: SourceLocation {
        let last = tokens[max(end - 1, 0)]
        return SourceLocation(file: file, line: Int(last.line), column: Int(last.endColumn))
    }

    func describe(_ t: Token) -> String {
        switch t.kind {
        case .word, .number: "'\(text(t))'"
        default: t.kindDescription
        }
    }

    /// Whether the current token is the word `w`, compared as bytes (no string is built).
    func isWord(_ w: StaticString) -> Bool {
        guard let t = current, t.kind == .word else { return false }
        let count = Int(t.end - t.start)
        guard count == w.utf8CodeUnitCount else { return false }
        return w.withUTF8Buffer { buffer in
            var i = 0
            while i < count {
                if buffer[i] != bytes[Int(t.start) + i] { return false }
                i += 1
            }
            return true
        }
    }

    mutating func acceptWord(_ w: StaticString) -> Bool {
        guard isWord(w) else { return false }
        pos += 1
        return true
    }

    /// Reports E001 "expected WHAT", unless the lexer already reported this line.
    mutating func expected(_ what: String) {
        if let t = current {
            if t.kind == .broken { return }
            sink.report(.expected(what, found: describe(t)), at: location(t))
        } else {
            sink.report(.expectedAtEnd(what), at: endLocation)
        }
    }

    /// An id (any word). Reports and returns nil when missing.
    mutating func expectID(_ what: String) -> (String, SourceLocation)? {
        guard let t = current, t.kind == .word else {
            expected(what)
            return nil
        }
        pos += 1
        return (text(t), location(t))
    }

    /// A whole number. Reports E001 when missing and E011 when too large.
    mutating func expectNumber(_ what: String) -> (Int, SourceLocation)? {
        guard let t = current, t.kind == .number else {
            expected(what)
            return nil
        }
        pos += 1
        guard let value = number(t) else {
            sink.report(.numberTooLarge(text(t)), at: location(t))
            return nil
        }
        return (value, location(t))
    }

    /// The value of a number token, or nil when it overflows.
    func number(_ t: Token) -> Int? {
        var i = Int(t.start)
        let negative = bytes[i] == 0x2D
        if negative { i += 1 }
        var value = 0
        while i < Int(t.end) {
            let (times, o1) = value.multipliedReportingOverflow(by: 10)
            let (plus, o2) = times.addingReportingOverflow(Int(bytes[i] - 0x30))
            if o1 || o2 { return nil }
            value = plus
            i += 1
        }
        return negative ? -value : value
    }

    /// The run of consecutive strings at the cursor, consumed (empty when there is none).
    mutating func stringRun() -> ArraySlice<Token> {
        let start = pos
        while pos < end && tokens[pos].kind == .string { pos += 1 }
        return tokens[start..<pos]
    }

    /// Text that may interpolate answers: one or more strings, joined with spaces.
    mutating func expectTemplate(_ what: String) -> Template? {
        let run = stringRun()
        guard !run.isEmpty else {
            expected(what)
            return nil
        }
        return TemplateParser.parse(bytes, run, file: file, into: &sink)
    }

    /// Text that cannot interpolate (titles, labels, notes): `{...}` is reported, `{{` is a brace.
    /// `oneLine`: a title or label, shown inside a line (a header, a progress line, a list of choices),
    /// where a line break (`\n`) is reported as E041.
    mutating func expectPlainText(_ what: String, usage: String, oneLine: Bool = false) -> String? {
        guard let template = expectTemplate(what) else { return nil }
        let text = plain(template, usage: usage)
        if oneLine, text.utf8.contains(0x0A) {
            sink.report(.lineBreakInOneLineText(usage), at: template.location)
        }
        return text
    }

    mutating func plain(_ template: Template, usage: String) -> String {
        if template.parts.count == 1, case .text(let s) = template.parts[0] { return s }
        var out = ""
        for part in template.parts {
            switch part {
            case .text(let s): out += s
            case .reference(let r):
                sink.report(.interpolationNotAllowed(r.dotted, in: usage), at: r.location)
            }
        }
        return out
    }

    /// Reports anything left on the line after a complete statement. True when nothing is left.
    @discardableResult
    mutating func expectEnd(after what: String) -> Bool {
        guard let t = current else { return true }
        if t.kind != .broken {
            sink.report(.unexpected(describe(t), after: what), at: location(t))
        }
        pos = end
        return false
    }
}
