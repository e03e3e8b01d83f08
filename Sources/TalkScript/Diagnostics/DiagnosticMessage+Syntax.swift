import ControlCharacters

/// E001 (syntax), E016 and E041 (characters and line breaks that cannot stay): what the lexer and the
/// parser's cursor report.
extension DiagnosticMessage {
    static let unterminatedString = Self(
        .syntax,
        "unterminated string; end it with '\"' on the same line (wrap long "
            + "text as several strings)")
    static func notNumberOrID(_ text: String) -> Self {
        Self(.syntax, "'\(text)' is neither a number nor an id; ids start with a letter")
    }
    static let loneEquals = Self(.syntax, "'=' alone is not an operator; write '==' to compare")
    static let loneBang = Self(
        .syntax,
        "'!' alone is not an operator; write '!=' for \"not equal\" or 'not' before "
            + "a test")
    static func unexpectedCharacter(_ character: String) -> Self {
        Self(
            .syntax,
            "unexpected character '\(character)'; a statement is made of keywords, ids, numbers and "
                + "\"strings\"")
    }
    static func unknownEscape(_ character: String) -> Self {
        Self(.syntax, "unknown escape '\\\(character)' in a string; use \\\", \\\\ or \\n")
    }
    static func expected(_ what: String, found: String) -> Self { Self(.syntax, "expected \(what), found \(found)") }
    static func expectedAtEnd(_ what: String) -> Self { Self(.syntax, "expected \(what) at the end of the line") }
    static func unexpected(_ found: String, after what: String) -> Self {
        Self(.syntax, "unexpected \(found) after \(what)")
    }
    static func unexpectedAfterQuestion(_ found: String) -> Self {
        Self(
            .syntax,
            "unexpected \(found) after the question; an ask line may end with each, both, optional, required "
                + "or when COND")
    }
    static func unexpectedAfterItemLabel(_ found: String) -> Self {
        Self(.syntax, "unexpected \(found) after the item's label; expected 'roles' or 'high-risk'")
    }
    static func notAStatement(_ found: String) -> Self {
        Self(.syntax, "expected a statement keyword at the start of the line, found \(found)")
    }
    static func conditionTooComplicated(depth: Int, tests: Int) -> Self {
        Self(
            .syntax,
            "this condition is too complicated: at most \(depth) levels of brackets and 'not', and at most "
                + "\(tests) tests. Split it up")
    }
    static func interpolationNotAllowed(_ dotted: String, in usage: String) -> Self {
        Self(
            .syntax,
            "'{\(dotted)}' cannot be used in \(usage): only text shown during the talk can name answers; "
                + "write '{{' for a literal brace")
    }
    static let unclosedBrace = Self(
        .syntax,
        "unclosed '{' in text; close it with '}', or write '{{' for a literal "
            + "brace")
    static func invalidInterpolation(_ inner: String) -> Self {
        Self(
            .syntax,
            "'{\(inner)}' is not a valid interpolation; write a name such as {safeword} or {acts.yes}, or "
                + "'{{' for a literal brace")
    }
    static let loneClosingBrace = Self(.syntax, "a lone '}' in text; write '}}' for a literal brace")

    /// What was found, why it can't stay, and what to do; `place`: "in a string" or "here".
    static func controlCharacter(_ control: ControlCharacter, _ scalar: Unicode.Scalar, _ place: String) -> Self {
        let what = "\(control.name) (\(ControlCharacter.codePoint(scalar))) \(place)"
        switch control {
        case .c0, .delete, .c1:
            let breaksLines = scalar == "\r" || scalar == "\u{0C}" || scalar == "\u{0B}"
            return Self(
                .controlCharacter,
                what + ": it would act on the terminal the talk is shown on instead of "
                    + "showing; delete it" + (breaksLines ? " (write \\n for a line break)" : ""))
        case .bidi:
            return Self(
                .controlCharacter,
                what + ": it makes the text read differently from how it is stored; delete "
                    + "it (right-to-left text shows correctly without it)")
        case .format:
            return Self(
                .controlCharacter,
                what + ": it is invisible and changes how lines break; delete it (write \\n "
                    + "for a line break)")
        }
    }
    static func lineBreakInOneLineText(_ usage: String) -> Self {
        Self(
            .lineBreakInOneLineText,
            "a line break (\\n) in \(usage): it is shown on one line, in a header or a list; "
                + "remove the \\n (put longer words in 'about' or 'help')")
    }
}
