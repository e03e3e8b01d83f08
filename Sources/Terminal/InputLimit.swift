/// What Candor will read as one line, and what it tells the person when a line is refused or changed.
/// One place for the rule: both readers (`PlainReader`, `LineEditor`) apply it to every line they read.
public enum InputLimit {
    /// The longest line kept, in bytes of UTF-8, without its line break. No answer comes near it; without a
    /// cap an endless line (a pipe that never sends a newline) would grow until the process is killed.
    public static let maximumLineBytes = 64 * 1024

    /// Said when a line is longer: nothing of it is kept, and the same question is asked again.
    static let tooLongNotice: TerminalText =
        "That answer is too long (more than 64 KiB), so nothing of it was kept. Please type it again, shorter."

    /// Said when a line held NUL bytes or bytes that are not UTF-8 text, which are changed before anything is kept.
    static let changedNotice: TerminalText =
        "Some of that answer was not readable text, so it was changed: NUL bytes were left out and unreadable bytes became \u{FFFD}."
}

/// Turns raw input bytes into a String: NUL bytes dropped, invalid UTF-8 replaced with U+FFFD.
enum InputDecoding {
    /// The text, and whether it differs from the bytes (so the person can be told).
    static func decode<C: Collection>(_ bytes: C) -> (text: String, changed: Bool) where C.Element == UInt8 {
        if bytes.contains(0) {
            let kept = bytes.filter { $0 != 0 }
            return (String(decoding: kept, as: UTF8.self), true)
        }
        if let text = String(validating: bytes, as: UTF8.self) { return (text, false) }
        return (String(decoding: bytes, as: UTF8.self), true)
    }
}
