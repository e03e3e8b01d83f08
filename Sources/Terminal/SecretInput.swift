import CSignals
import Glibc
import Sealing

/// Reading a passphrase. On a terminal: with echo off, byte by byte with read(2) straight into guarded
/// memory (`SecretBytes`), never through the line editor (so never into its history) or a Swift
/// string; the terminal's settings come back on every way out, Ctrl-C included. From a pipe (tests,
/// scripts): the next line of the same plain input the talk reads.
public enum SecretInput {
    public enum Result {
        case secret(SecretBytes)
        case endOfInput
        case interrupted
    }

    /// The most a passphrase may be; longer input is cut here (Argon2id takes any length, but a line
    /// this long is a paste gone wrong).
    public static let maximumBytes = 1024

    /// `show`: where the prompt and the line after it go (stdout, or stderr when stdout holds a record).
    public static func read(prompt: TerminalText, show: (TerminalText) -> Void, reader: LineReader) -> Result {
        guard isatty(0) == 1 else {
            show(prompt)
            let line = reader.readLine(prompt: "")
            show("\n")  // not echoed like an answer: the next words start on a line of their own
            switch line {
            case .line(let text):
                var bytes = Array(text.utf8.prefix(maximumBytes))
                defer { wipe(&bytes) }
                return .secret(bytes.withUnsafeBytes { SecretBytes(copying: $0) })
            case .endOfInput: return .endOfInput
            case .interrupted: return .interrupted
            }
        }
        // Echo goes off before the prompt shows, so nothing typed once it is seen can be echoed; and
        // without flushing, so what was typed that quickly is kept rather than lost.
        var saved = termios()
        guard tcgetattr(0, &saved) == 0 else { return .endOfInput }
        var hidden = saved
        hidden.c_lflag &= ~tcflag_t(ECHO | ECHONL)
        hidden.c_lflag |= tcflag_t(ICANON | ISIG)
        tcsetattr(0, TCSANOW, &hidden)
        show(prompt)
        defer {
            tcsetattr(0, TCSANOW, &saved)
            show("\n")  // the Enter typed was not echoed
        }
        let buffer = SecretBytes(count: maximumBytes)
        var count = 0
        while true {
            if InterruptSignal.wasInterrupted || waitForInput() == false {
                InterruptSignal.reset()
                return .interrupted
            }
            var byte: UInt8 = 0
            let n = Glibc.read(0, &byte, 1)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 {
                guard count > 0 else { return .endOfInput }
                break
            }
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                byte = 0
                break
            }
            if count < maximumBytes {
                buffer.withUnsafeMutableBytes { $0[count] = byte }
                count += 1
            }
            byte = 0
        }
        return .secret(buffer.withUnsafeBytes { SecretBytes(copying: UnsafeRawBufferPointer(rebasing: $0[0..<count])) })
    }

    /// Waits for input or Ctrl-C (false): the interrupt handler's wake-up pipe, as `PlainReader` does.
    private static func waitForInput() -> Bool {
        guard let wake = InterruptSignal.wakeDescriptor else { return true }
        var fds = [
            pollfd(fd: 0, events: Int16(POLLIN), revents: 0), pollfd(fd: wake, events: Int16(POLLIN), revents: 0),
        ]
        while poll(&fds, 2, -1) < 0 {
            if errno != EINTR { return true }
            if InterruptSignal.wasInterrupted { return false }
        }
        return fds[1].revents == 0
    }

    private static func wipe(_ bytes: inout [UInt8]) {
        bytes.withUnsafeMutableBytes { Sodium.wipe($0) }
    }
}
