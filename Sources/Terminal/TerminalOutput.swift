import CLibEdit
import Glibc

/// The one place Candor writes to the terminal. Unbuffered write(2), so every prompt is visible at once
/// even through a pipe, and nothing is left in a stdio buffer when libedit takes over the screen. It takes
/// only `TerminalText`, so every string from a file or a person has been through the sanitizer.
public final class TerminalOutput {
    public let style: Style
    /// Plain mode: no colour and no screen control, for pipes, screen readers and logs.
    public let plain: Bool

    /// `plain` defaults to "no colour"; pass it explicitly to keep clearScreen with NO_COLOR set.
    public init(colour: Bool, plain: Bool? = nil) {
        self.style = Style(colour: colour)
        self.plain = plain ?? !colour
        BrokenPipe.ignore()
    }

    /// Writes to stdout. A closed stdout or a reader that went away (EPIPE) is ignored: losing output
    /// must never lose an answer being saved.
    public func write(_ text: TerminalText) {
        Self.writeAll(1, text)
    }

    public func line(_ text: TerminalText = "") {
        Self.writeAll(1, text + "\n")
    }

    /// Writes to stderr as is (a prompt that must stay out of what stdout holds, such as `show --json`).
    public func writeError(_ text: TerminalText) {
        Self.writeAll(2, text)
    }

    /// Writes a line to stderr (a newline is added unless `text` ends with one).
    public func error(_ text: TerminalText) {
        Self.writeAll(2, text.rendered.hasSuffix("\n") ? text : text + "\n")
    }

    /// Clears the screen and the scrollback, so the next person cannot scroll back to earlier answers.
    /// Only on a capable terminal and not in plain mode; otherwise it does nothing.
    public func clearScreen() {
        guard !plain, TerminalEnvironment.capableTerminal else { return }
        Self.writeAll(1, TerminalText(trusted: "\u{1B}[H\u{1B}[2J\u{1B}[3J"))
    }

    static func writeAll(_ fd: Int32, _ text: TerminalText) {
        var text = text.rendered
        text.withUTF8 { buffer in
            guard var base = buffer.baseAddress else { return }
            var left = buffer.count
            while left > 0 {
                let n = Glibc.write(fd, base, left)
                if n > 0 {
                    base += n
                    left -= n
                } else if n < 0 && errno == EINTR {
                    continue
                } else {
                    return  // EPIPE, EBADF, EIO...: nowhere to write, so stop quietly.
                }
            }
        }
    }
}
