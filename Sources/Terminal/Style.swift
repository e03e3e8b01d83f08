/// ANSI styling that becomes plain text when colour is off; the only escape sequences Candor writes
/// besides clearing the screen, added around text that is already safe (`TerminalText`). Each style ends with its own reset code
/// (not ESC[0m), so styles nest: `bold(accent("x"))` stays bold after the colour ends.
public struct Style: Sendable {
    public let colour: Bool

    public init(colour: Bool) {
        self.colour = colour
    }

    public func bold(_ s: TerminalText) -> TerminalText { wrap(s, "1", "22") }
    public func dim(_ s: TerminalText) -> TerminalText { wrap(s, "2", "22") }
    /// Cyan: headings, choices, things to notice.
    public func accent(_ s: TerminalText) -> TerminalText { wrap(s, "36", "39") }
    /// Yellow: cautions, validation messages.
    public func warning(_ s: TerminalText) -> TerminalText { wrap(s, "33", "39") }
    /// Green: reassurance, confirmations.
    public func calm(_ s: TerminalText) -> TerminalText { wrap(s, "32", "39") }

    private func wrap(_ s: TerminalText, _ on: String, _ off: String) -> TerminalText {
        guard colour, !s.isEmpty else { return s }
        return TerminalText(trusted: "\u{1B}[\(on)m" + s.rendered + "\u{1B}[\(off)m")
    }
}
