import Glibc

/// Reads lines with read(2) when input is not a terminal (or libedit is unavailable): prints the prompt
/// itself, flushes, and keeps its own buffer. Never use another buffered reader (Swift.readLine, stdio)
/// on the same descriptor: whatever one buffers the other loses.
public final class PlainReader: LineReader {
    private let fd: Int32
    private let output: TerminalOutput
    /// Bytes read but not yet returned; `start` marks what has been consumed, to avoid shifting per line.
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false
    private static let chunk = 64 * 1024

    /// Reads from `fd` (tests use a pipe); prompts go to `output`.
    public init(fd: Int32, output: TerminalOutput) {
        self.fd = fd
        self.output = output
    }

    /// Reads from stdin.
    public convenience init(output: TerminalOutput) {
        self.init(fd: 0, output: output)
    }

    /// `completions` and `prefill` need an editor and are ignored here.
    public func readLine(prompt: TerminalText, completions: [String], prefill: String?) -> ReadResult {
        if InterruptSignal.wasInterrupted {
            InterruptSignal.reset()
            return .interrupted
        }
        while true {
            if !prompt.isEmpty { output.write(prompt) }
            switch nextLine() {
            case .line(let text, let changed):
                if changed { say(InputLimit.changedNotice) }
                return .line(text)
            case .tooLong:
                say(InputLimit.tooLongNotice)
                if atEnd && start >= buffer.count { return .endOfInput }
            case .end:
                return .endOfInput
            case .interrupted:
                // Like a terminal's Ctrl-C: the partly typed line is dropped.
                buffer.removeAll(keepingCapacity: true)
                start = 0
                InterruptSignal.reset()
                return .interrupted
            }
        }
    }

    /// No history without an editor.
    public func clearHistory() {}

    /// Plain input has no history.
    public func remember(_ line: String) {}

    /// A notice about the line just read, on a line of its own: typed input ended the prompt's line with
    /// its newline, piped input left the cursor after the prompt.
    private func say(_ notice: TerminalText) {
        output.write((isatty(fd) == 1 ? "" : "\n") + notice + "\n")
    }

    private enum Next {
        case line(String, changed: Bool)
        case tooLong, end, interrupted
    }

    /// The next line, or `.tooLong` once it is known to pass the cap (then nothing of it is kept).
    private func nextLine() -> Next {
        let limit = InputLimit.maximumLineBytes
        var scanned = 0  // bytes after `start` known to hold no newline (fill may move `start`)
        while true {
            if let newline = buffer[(start + scanned)...].firstIndex(of: UInt8(ascii: "\n")) {
                if length(upTo: newline) > limit {
                    consume(upTo: newline + 1)
                    return .tooLong
                }
                return take(upTo: newline, skipping: 1)
            }
            scanned = buffer.count - start
            // Past the cap (and room for a carriage return) with no line break yet: too long, whatever follows.
            if scanned > limit + 1 { return discardRestOfLine() }
            if atEnd {
                // A last line without a newline still counts.
                guard start < buffer.count else { return .end }
                if length(upTo: buffer.count) > limit {
                    consume(upTo: buffer.count)
                    return .tooLong
                }
                return take(upTo: buffer.count, skipping: 0)
            }
            switch fill() {
            case .data: continue
            case .end: atEnd = true
            case .interrupted: return .interrupted
            }
        }
    }

    /// Reads on to the end of a line that is too long, keeping none of it: memory stays bounded however
    /// long the line (an endless one is read to the end of input and dropped as it comes).
    private func discardRestOfLine() -> Next {
        while true {
            if let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
                consume(upTo: newline + 1)
                return .tooLong
            }
            buffer.removeAll(keepingCapacity: true)
            start = 0
            if atEnd { return .tooLong }
            switch fill() {
            case .data: continue
            case .end: atEnd = true
            case .interrupted: return .interrupted
            }
        }
    }

    /// Bytes of the line from `start` to `end`, without a trailing carriage return.
    private func length(upTo end: Int) -> Int {
        end > start && buffer[end - 1] == UInt8(ascii: "\r") ? end - start - 1 : end - start
    }

    private enum Fill { case data, end, interrupted }

    private func fill() -> Fill {
        // Drop consumed bytes before growing, so a long session never keeps old input around.
        if start > 0 {
            buffer.removeSubrange(0..<start)
            start = 0
        }
        let old = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: Self.chunk))
        while true {
            if waitForInput() == .interrupted {
                buffer.removeSubrange(old...)
                return .interrupted
            }
            let n = buffer.withUnsafeMutableBytes { raw in
                Glibc.read(fd, raw.baseAddress! + old, Self.chunk)
            }
            if n > 0 {
                buffer.removeSubrange((old + n)...)
                return .data
            }
            if n < 0 && (errno == EINTR || errno == EAGAIN) {
                if InterruptSignal.wasInterrupted {
                    buffer.removeSubrange(old...)
                    return .interrupted
                }
                continue  // another signal (a resize, say), or non-blocking input with nothing yet: wait again
            }
            buffer.removeSubrange(old...)
            return .end  // EOF, or an error we cannot recover from (EBADF, EIO): no more input either way.
        }
    }

    private enum Wait { case ready, interrupted }

    /// Waits until the input can be read or Ctrl-C arrives. A read(2) alone would block through a Ctrl-C
    /// that came just before it, or that another thread took: the handler's wake-up pipe covers both.
    private func waitForInput() -> Wait {
        guard let wake = InterruptSignal.wakeDescriptor else { return .ready }
        while true {
            if InterruptSignal.wasInterrupted { return .interrupted }
            var fds = [
                pollfd(fd: fd, events: Int16(POLLIN), revents: 0),
                pollfd(fd: wake, events: Int16(POLLIN), revents: 0),
            ]
            let n = poll(&fds, 2, -1)
            if n < 0 {
                if errno == EINTR { continue }  // the flag is checked again above
                return .ready  // let read(2) report what is wrong
            }
            if fds[1].revents != 0 { return .interrupted }
            if fds[0].revents != 0 { return .ready }  // data, end of input (POLLHUP) or an error read will report
        }
    }

    /// Returns the bytes from `start` to `end` as text (without a trailing CR) and consumes them plus `skipping`.
    private func take(upTo end: Int, skipping: Int) -> Next {
        let decoded = InputDecoding.decode(buffer[start..<(start + length(upTo: end))])
        consume(upTo: end + skipping)
        return .line(decoded.text, changed: decoded.changed)
    }

    /// Marks everything before `end` as read.
    private func consume(upTo end: Int) {
        start = end
        if start >= buffer.count {
            buffer.removeAll(keepingCapacity: buffer.capacity <= Self.chunk * 2)
            start = 0
        }
    }
}
