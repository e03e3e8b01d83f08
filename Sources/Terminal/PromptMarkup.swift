import CLibEdit

/// Prepares a prompt for libedit, whose EL_PROMPT_ESC rules (libedit 3.1, 2017-2022) are stricter than they look:
/// text between two markers is printed without taking a column, but only as a prefix of the next visible
/// character (one with wcwidth > 0). A marked run at the very end, or followed by a newline, a control or
/// another marker, is silently dropped, and a dropped run also swallows the character after it.
///
/// So: everything up to the prompt's last newline is printed directly (it never needs redrawing), and in the
/// last line each run of escape sequences is marked and placed just before a visible character. A run at the end
/// (typically a colour reset) moves before the trailing spaces, or gets a space of its own to attach to.
enum PromptMarkup {
    static let marker: Unicode.Scalar = "\u{01}"

    struct Prepared: Equatable {
        /// Printed before editing starts: all lines but the last, with their newlines.
        var head: String
        /// The last line, with escapes marked for EL_PROMPT_ESC.
        var line: String
    }

    static func prepare(_ prompt: String) -> Prepared {
        let clean = String(String.UnicodeScalarView(prompt.unicodeScalars.filter { $0 != marker }))
        var head = ""
        var last = Substring(clean)
        if let newline = clean.unicodeScalars.lastIndex(of: "\n") {
            let afterNewline = clean.unicodeScalars.index(after: newline)
            head = String(clean.unicodeScalars[..<afterNewline])
            last = Substring(clean.unicodeScalars[afterNewline...])
        }
        return Prepared(head: head, line: markEscapes(String(last)))
    }

    private enum Piece: Equatable {
        case escape(String)
        case scalar(Unicode.Scalar)
    }

    static func markEscapes(_ line: String) -> String {
        var pieces = split(line)
        guard pieces.contains(where: { if case .escape = $0 { return true } else { return false } }) else {
            return line
        }
        moveTrailingEscapes(&pieces)
        var out = String.UnicodeScalarView()
        var pending = ""
        for piece in pieces {
            switch piece {
            case .escape(let sequence):
                pending += sequence
            case .scalar(let scalar):
                if !pending.isEmpty && width(scalar) > 0 {
                    out.append(marker)
                    out.append(contentsOf: pending.unicodeScalars)
                    out.append(marker)
                    pending = ""
                }
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// A run of escapes at the end has no character to attach to: put it before the trailing spaces
    /// (so only invisible spaces change style), or give it one space.
    private static func moveTrailingEscapes(_ pieces: inout [Piece]) {
        var escapesStart = pieces.count
        while escapesStart > 0, case .escape = pieces[escapesStart - 1] { escapesStart -= 1 }
        guard escapesStart < pieces.count else { return }
        var spacesStart = escapesStart
        while spacesStart > 0, pieces[spacesStart - 1] == .scalar(" ") { spacesStart -= 1 }
        if spacesStart == escapesStart {
            pieces.append(.scalar(" "))
        } else {
            let escapes = pieces[escapesStart...]
            let spaces = pieces[spacesStart..<escapesStart]
            pieces = Array(pieces[..<spacesStart]) + escapes + spaces
        }
    }

    private static func width(_ scalar: Unicode.Scalar) -> Int32 {
        candor_wcwidth(scalar.value)
    }

    private static func split(_ line: String) -> [Piece] {
        let s = Array(line.unicodeScalars)
        var pieces: [Piece] = []
        var i = 0
        while i < s.count {
            if s[i] == "\u{1B}" {
                let end = escapeEnd(s, from: i)
                pieces.append(.escape(String(String.UnicodeScalarView(s[i..<end]))))
                i = end
            } else {
                pieces.append(.scalar(s[i]))
                i += 1
            }
        }
        return pieces
    }

    /// Index just past the escape sequence starting at `start` (an ESC).
    private static func escapeEnd(_ s: [Unicode.Scalar], from start: Int) -> Int {
        var i = start + 1
        guard i < s.count else { return i }
        switch s[i] {
        case "[":  // CSI: parameters and intermediates, then one final byte in 0x40...0x7E
            i += 1
            while i < s.count, !(0x40...0x7E).contains(s[i].value) { i += 1 }
            return min(i + 1, s.count)
        case "]", "P", "_", "^":  // OSC, DCS...: up to BEL or ESC \
            i += 1
            while i < s.count {
                if s[i] == "\u{07}" { return i + 1 }
                if s[i] == "\u{1B}", i + 1 < s.count, s[i + 1] == "\\" { return i + 2 }
                i += 1
            }
            return i
        default:  // two-character escape
            return i + 1
        }
    }
}
