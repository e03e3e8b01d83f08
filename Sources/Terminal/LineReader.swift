/// The outcome of asking for one line.
public enum ReadResult: Equatable, Sendable {
    /// The line, without its newline (and without a trailing carriage return).
    case line(String)
    /// Ctrl-D on an empty line, or the input ended.
    case endOfInput
    /// Ctrl-C: before or while the line was being read.
    case interrupted
}

/// Reads one answer line. Implemented by `LineEditor` (libedit, when stdin and stdout are terminals)
/// and `PlainReader` (anything else).
public protocol LineReader: AnyObject {
    /// Shows `prompt` and reads one line, without its newline. A line longer than `InputLimit.maximumLineBytes`
    /// is never returned: the reader says so, keeps nothing of it, and asks again with the same prompt. A line
    /// holding NUL bytes or invalid UTF-8 is returned changed (`InputDecoding`), and the reader says so.
    /// - prompt: safe text (`TerminalText`), which may contain `Style`'s colour (LineEditor marks the escapes so the cursor column stays right).
    /// - completions: candidates offered on Tab (LineEditor only): the text being typed is completed by unique
    ///   prefix, case-insensitively; with several matches the common prefix is completed and they are listed.
    /// - prefill: text placed in the edit buffer as if typed, so it can be edited (LineEditor only;
    ///   PlainReader cannot prefill and ignores it).
    func readLine(prompt: TerminalText, completions: [String], prefill: String?) -> ReadResult

    /// Forgets every remembered line (before handing the screen to another person).
    func clearHistory()

    /// Adds a line to the in-memory history, after it was read and found to be a command, not an answer.
    func remember(_ line: String)
}

extension LineReader {
    /// Reads an answer: nothing to complete, never remembered, nothing prefilled.
    public func readLine(prompt: TerminalText) -> ReadResult {
        readLine(prompt: prompt, completions: [], prefill: nil)
    }
}
