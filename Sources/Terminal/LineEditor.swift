import CLibEdit
import Glibc

/// Reads lines with libedit: emacs keys, an in-memory history (never loaded from or saved to a file, never
/// configured from ~/.editrc), Tab completion and prefilled text. Only for when stdin and stdout are terminals.
public final class LineEditor: LineReader {
    private let editLine: OpaquePointer
    private let history: OpaquePointer
    /// What the C callbacks (prompt, completion) need; reached through EL_CLIENTDATA.
    private let context = EditorContext()

    /// nil when stdin or stdout is not a terminal (libedit would neither prompt nor edit), or libedit is not
    /// installed (the caller reads plain lines) or can't start.
    public init?(programName: String) {
        guard TerminalEnvironment.isInteractive, candor_libedit_load() == 1,
            let editLine = candor_el_init(programName, candor_stdin(), candor_stdout(), candor_stderr())
        else { return nil }
        guard let history = candor_history_init() else {
            candor_el_end(editLine)
            return nil
        }
        self.editLine = editLine
        self.history = history
        _ = candor_history_setsize(history, 100)
        _ = candor_history_setunique(history, 1)
        _ = candor_el_set_editor(editLine, "emacs")
        // libedit restores the terminal around SIGINT, SIGTSTP, SIGCONT, SIGWINCH... then passes the signal on.
        _ = candor_el_set_signal(editLine, 1)
        _ = candor_el_set_clientdata(editLine, Unmanaged.passUnretained(context).toOpaque())
        _ = candor_el_set_prompt_esc(
            editLine,
            { editLine in
                EditorContext.from(editLine)?.prompt
            }, CChar(PromptMarkup.marker.value))
        _ = candor_el_set_addfn(
            editLine, "candor-complete", "Complete the word being typed",
            { editLine, _ in
                guard let editLine, let context = EditorContext.from(editLine) else { return UInt8(CC_ERROR) }
                return context.complete(editLine)
            })
        _ = candor_el_bind(editLine, "^I", "candor-complete")
    }

    deinit {
        candor_el_end(editLine)
        candor_history_end(history)
    }

    public func readLine(prompt: TerminalText, completions: [String], prefill: String?) -> ReadResult {
        if InterruptSignal.wasInterrupted {
            InterruptSignal.reset()
            return .interrupted
        }
        let prepared = PromptMarkup.prepare(prompt.rendered)
        if !prepared.head.isEmpty { TerminalOutput.writeAll(1, TerminalText(trusted: prepared.head)) }
        context.setPrompt(prepared.line)
        context.completions = completions
        // History stays attached so up-arrow can recall in-talk commands at any prompt. It only ever
        // holds lines entered through `remember` (never answers), so there is nothing private to recall.
        _ = candor_el_set_hist(editLine, history)
        while true {
            if let prefill, !prefill.isEmpty {
                candor_el_push(editLine, Self.quotedForPush(prefill))
            }
            var count: Int32 = 0
            guard let raw = candor_el_gets(editLine, &count) else {
                let interrupted = count == -1 || InterruptSignal.wasInterrupted
                InterruptSignal.reset()
                // Leave the cursor on a fresh line, as a shell does, so what follows is not printed after the prompt.
                TerminalOutput.writeAll(1, "\n")
                return interrupted ? .interrupted : .endOfInput
            }
            var bytes = UnsafeBufferPointer(
                start: UnsafeRawPointer(raw).assumingMemoryBound(to: UInt8.self), count: strlen(raw))[...]
            if bytes.last == UInt8(ascii: "\n") { bytes = bytes.dropLast() }
            if bytes.last == UInt8(ascii: "\r") { bytes = bytes.dropLast() }
            if bytes.count > InputLimit.maximumLineBytes {
                // Nothing of it is kept; the same prompt comes again.
                TerminalOutput.writeAll(1, InputLimit.tooLongNotice + "\n")
                continue
            }
            let decoded = InputDecoding.decode(bytes)
            if decoded.changed { TerminalOutput.writeAll(1, InputLimit.changedNotice + "\n") }
            return .line(decoded.text)
        }
    }

    public func clearHistory() {
        _ = candor_history_clear(history)
    }

    public func remember(_ line: String) {
        if line.contains(where: { !$0.isWhitespace }) { _ = candor_history_enter(history, line) }
    }

    /// el_push feeds text through the key bindings as if typed, so a control character in it (a tab, say)
    /// would run a command. Quote each with ^V (quoted-insert); line breaks become spaces.
    static func quotedForPush(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x0D:
                out.append(" ")
            case 0x00:
                continue
            case 0x01..<0x20, 0x7F:
                out.append("\u{16}")
                out.append(scalar)
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }
}

/// State shared with libedit's C callbacks, which receive only the EditLine pointer.
final class EditorContext {
    /// The current prompt as a C string, kept alive (and unchanged) while el_gets may call back for it.
    private(set) var prompt: UnsafeMutablePointer<CChar>? = strdup("")
    var completions: [String] = []

    deinit { free(prompt) }

    func setPrompt(_ text: String) {
        free(prompt)
        prompt = strdup(text)
    }

    static func from(_ editLine: OpaquePointer?) -> EditorContext? {
        guard let editLine, let data = candor_el_get_clientdata(editLine) else { return nil }
        return Unmanaged<EditorContext>.fromOpaque(data).takeUnretainedValue()
    }

    /// The Tab command: completes the text before the cursor from `completions`.
    func complete(_ editLine: OpaquePointer) -> UInt8 {
        guard !completions.isEmpty else { return UInt8(CC_NORM) }
        guard let info = candor_el_line(editLine)?.pointee, let buffer = info.buffer, let cursor = info.cursor else {
            return UInt8(CC_ERROR)
        }
        let typed = InputDecoding.decode(
            UnsafeBufferPointer(
                start: UnsafeRawPointer(buffer).assumingMemoryBound(to: UInt8.self), count: cursor - buffer)
        ).text
        guard let completion = Completion.complete(typed: typed, candidates: completions) else {
            return UInt8(CC_REFRESH_BEEP)
        }
        if completion.delete > 0 { candor_el_deletestr(editLine, Int32(completion.delete)) }
        if !completion.insert.isEmpty { _ = candor_el_insertstr(editLine, completion.insert) }
        guard !completion.list.isEmpty else { return UInt8(CC_REFRESH) }
        // List the matches below the line; CC_REDISPLAY then draws prompt and line again beneath them.
        // Through libedit's own stdio stream (not write(2)), so it lands in order with what libedit drew.
        let list = completion.list.map(Sanitizer.visible)
        let text: TerminalText = "\n" + TerminalText(Completion.columns(list, width: TerminalEnvironment.width))
        let out = candor_stdout()
        fputs(text.rendered, out)
        fflush(out)
        return UInt8(CC_REDISPLAY)
    }
}
