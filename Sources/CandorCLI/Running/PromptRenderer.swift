import TalkEngine
import Terminal

/// Lays out the engine's prompts and notes as terminal text. This is where a prompt is rendered.
/// Everything the engine gives (talk text, step titles, choice labels and typed answers alike) is made
/// `TerminalText` here, which runs the sanitizer, so neither a talk file nor an answer can move the
/// cursor or retitle the terminal. Line breaks stay line breaks; wrapping counts the visible form.
struct PromptRenderer {
    let style: Style
    let width: Int

    init(style: Style, width: Int) {
        self.style = style
        self.width = max(40, min(width, 88))
    }

    /// Notes as paragraphs: coaching text separated by blank lines, so it reads calmly.
    func notes(_ notes: [Note]) -> TerminalText {
        var out: TerminalText = ""
        for (i, n) in notes.enumerated() {
            if i > 0, n.kind != .heading, notes[i - 1].kind != .heading { out += "\n" }
            out += note(n)
        }
        return out
    }

    /// The coaching shown before a prompt, set off from what came before. Rating items with no note
    /// follow each other closely, for quick rating.
    func intro(_ p: Prompt) -> TerminalText {
        guard let first = p.intro.first else { return "" }
        // A heading sets itself off; anything else gets a blank line from the line typed before.
        return (first.kind == .heading ? "" : "\n") + notes(p.intro)
    }

    /// What the engine says back after an input, set off from the line typed.
    func reply(_ notes: [Note]) -> TerminalText {
        notes.isEmpty ? "" : "\n" + self.notes(notes)
    }

    func note(_ note: Note) -> TerminalText {
        let text = note.text
        switch note.kind {
        case .heading:
            return "\n" + style.bold(style.accent("\(text)")) + "\n"
        case .say:
            return wrap(text) + "\n"
        case .reflect:
            return style.calm(wrap(text)) + "\n"
        case .caution:
            return style.warning(wrap("Careful: " + text)) + "\n"
        case .flag:
            return "\n" + style.warning(style.bold("A warning sign")) + "\n" + style.warning(wrap(text)) + "\n\n"
        case .checkIn:
            return "\n" + style.bold("Checking in") + "\n" + wrap(text) + "\n\n"
        case .info:
            return style.dim(wrap(text)) + "\n"
        case .closing:
            return "\n" + wrap(text) + "\n"
        case .card:
            return text.split(separator: "\n").map { "  " + style.bold("\($0)") }.joined(separator: "\n") + "\n"
        }
    }

    /// The question block shown above the input line: progress, question, choices, hint.
    func question(_ p: Prompt) -> TerminalText {
        var out: TerminalText = ""
        switch p.kind {
        case .multiline:
            return ""
        case .rating:
            if let progress = p.progress { out += style.dim("\(oneLine: progress.line)") + "\n" }
            out +=
                style.bold("\(p.text)") + "  "
                + style.dim("\(p.choices.map { "\($0.key) \($0.id)" }.joined(separator: " · "))") + "\n"
            return out
        case .rehearse:
            out += style.dim("\(p.hint ?? "")") + "\n"
            out += "  " + style.bold("\u{201C}\(p.text)\u{201D}") + "\n"
            return out
        case .confirm, .menu, .warning, .reword, .agreement, .unlock:
            out += "\n" + wrap(p.text) + "\n"
        case .reveal:
            return "\n" + style.dim("\(p.text)") + "\n"
        case .question:
            out += "\n"
            if let progress = p.progress { out += style.dim("\(oneLine: progress.line)") + "\n" }
            out += style.bold(wrap(p.text)) + "\n"
        }
        if p.kind != .confirm && p.kind != .agreement {
            for choice in p.choices
            where !(p.choices.count == 2 && choice.key == "y") && !(p.choices.count == 2 && choice.key == "n") {
                out += "  " + style.accent("\(pad(choice.key, 3))") + "\(oneLine: choice.label)" + "\n"
            }
        }
        if let hint = p.hint, p.kind != .rehearse { out += style.dim(wrap(hint)) + "\n" }
        return out
    }

    /// The input line's prompt: `› `, with the default in brackets.
    func inputPrompt(_ p: Prompt) -> TerminalText {
        switch p.kind {
        case .multiline: return style.dim("  … ")
        case .rehearse: return style.dim("Enter / r › ")
        case .reword: return "› "
        case .reveal: return style.accent("› ")
        default: break
        }
        let yesNo = p.choices.count == 2 && p.choices[0].key == "y" && p.kind != .agreement
        var text = yesNo ? style.dim("(yes/no) ") : ""
        if let d = p.defaultText, !d.isEmpty {
            let shown = d.count > 40 ? String(d.prefix(37)) + "…" : d
            text += style.dim("[\(oneLine: shown)] ")
        }
        return text + style.accent("› ")
    }

    func problem(_ text: String) -> TerminalText {
        style.warning(wrap(text)) + "\n"
    }

    /// Text from the engine, made safe and wrapped to the width: each line on its own, measured as shown
    /// (an escape shows as "^[", two columns), so a break in the text is kept and a long line folds.
    func wrap(_ text: String) -> TerminalText {
        TerminalText(
            Sanitizer.printable(text).split(separator: "\n", omittingEmptySubsequences: false)
                .map { wrapLine(String($0)) }.joined(separator: "\n"))
    }

    /// Wraps at spaces by the columns text takes on screen (a CJK character or an emoji takes two).
    private func wrapLine(_ line: String) -> String {
        guard DisplayWidth.of(line) > width else { return line }
        var lines: [String] = []
        var current = ""
        var used = 0
        for word in line.split(separator: " ") {
            let columns = DisplayWidth.of(word)
            if current.isEmpty || used + 1 + columns > width {
                if !current.isEmpty { lines.append(current) }
                current = String(word)
                used = columns
            } else {
                current += " " + word
                used += 1 + columns
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.joined(separator: "\n")
    }

    private func pad(_ s: String, _ n: Int) -> String {
        let columns = DisplayWidth.of(s)
        return columns >= n ? s + " " : s + String(repeating: " ", count: n - columns)
    }
}
