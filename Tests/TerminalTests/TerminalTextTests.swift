import Glibc
import Testing

@testable import Terminal

/// `TerminalText` is the only thing the output layer writes: whatever a string held, what reaches the
/// terminal holds no control character but line breaks and tabs, and only `Style` adds escapes.
@Suite struct TerminalTextTests {
    /// OSC 52 (writes the clipboard), a screen clear, a C1 CSI, a bidi override and isolate, a lone CR,
    /// a line separator: everything a talk file or a record could try to print.
    static let hostile = "talk\u{1B}]52;c;ZXZpbA==\u{07}\u{1B}[2J\u{9B}31m\u{202E}gnp.exe\u{2066}x\rover\u{2028}"

    /// Raw bytes a terminal would act on: every control but newline and tab, and the format characters.
    static func actsOnTerminal(_ s: String) -> Bool {
        s.unicodeScalars.contains { c in
            c != "\n" && c != "\t" && Sanitizer.needsReplacing(c)
        }
    }

    @Test func anInterpolatedStringIsSanitized() {
        let t: TerminalText = "Talk \(Self.hostile) is deleted."
        #expect(!Self.actsOnTerminal(t.rendered))
        #expect(
            t.rendered
                == "Talk talk^[]52;c;ZXZpbA==^G^[[2J<U+009B>31m<U+202E>gnp.exe<U+2066>x^Mover<U+2028> is deleted.")
    }

    @Test func anyStringMadeIntoTextIsSanitizedAndKeepsItsLines() {
        // (Variables: `TerminalText("...")` with a literal is the literal itself, trusted as Candor's own.)
        let layout = "a\nb\tc\r\nd"
        let controls = "a\rb\u{7F}\u{1B}c"
        #expect(TerminalText(layout).rendered == layout)
        #expect(TerminalText(controls).rendered == "a^Mb^?^[c")
        #expect(!Self.actsOnTerminal(TerminalText(Self.hostile).rendered))
    }

    @Test func aOneLineFieldShowsItsLineBreaks() {
        let name = "Sam\nAlex"
        let t: TerminalText = "Pass to \(oneLine: name)."
        #expect(t.rendered == "Pass to Sam^JAlex.")
    }

    @Test func literalsAndStyleAreWrittenAsTheyAre() {
        let style = Style(colour: true)
        let t = style.bold("\(Self.hostile)") + " · " + style.dim("talk \(7)")
        // The only escapes are the style's own, around text with none of its own.
        let withoutStyle = t.rendered.replacingOccurrences(["\u{1B}[1m", "\u{1B}[22m", "\u{1B}[2m"])
        #expect(!Self.actsOnTerminal(withoutStyle))
        #expect(t.rendered.hasPrefix("\u{1B}[1mtalk^[]52"))
        #expect(("a" as TerminalText) + "b" == "ab")
        let x = "x\u{1B}"
        #expect([TerminalText(x), "y"].joined(separator: ", ").rendered == "x^[, y")
    }

    /// The choke point itself: bytes written by the output layer, read back from a pipe.
    @Test func whatTheOutputLayerWritesHoldsNoRawControl() throws {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        defer { close(fds[0]) }
        TerminalOutput.writeAll(fds[1], "\(Self.hostile)\n")
        TerminalOutput.writeAll(fds[1], TerminalText(Self.hostile))
        close(fds[1])
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = read(fds[0], &chunk, chunk.count)
            if n <= 0 { break }
            bytes += chunk[..<n]
        }
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(!Self.actsOnTerminal(text))
        #expect(!bytes.contains(0x1B) && !bytes.contains(0x07) && !bytes.contains(0x0D))
        #expect(text.contains("^[]52;c;ZXZpbA==^G"))
    }
}

extension String {
    fileprivate func replacingOccurrences(_ targets: [String]) -> String {
        var s = self
        for t in targets { s = s.split(separator: t, omittingEmptySubsequences: false).joined() }
        return s
    }
}
