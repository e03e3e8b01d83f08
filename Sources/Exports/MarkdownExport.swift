import TalkEngine
import TalkScript

/// A record as Markdown: the talk's answers under their steps, the rehearsal card, warning signs.
/// A together talk shows what its reveals showed and the agreements, unless `everything`.
public enum MarkdownExport {
    public static func render(_ record: Record, script: Script?, everything: Bool = false) -> String {
        let view = RecordView(record: record, script: script, everything: record.mode == .practice || everything)
        var out = "# \(escape(record.talk.title))\n\n"
        out += "\(escape(ExportText.summary(record))) · talk `\(ExportText.clean(record.id))`\n"
        for section in view.sections {
            out += "\n## \(escape(section.title))\n"
            for entry in section.entries {
                // An empty question would give "****", a horizontal rule.
                let question = escape(entry.question)
                out += question.isEmpty ? "\n" : "\n**\(question)**\n\n"
                for a in entry.answers {
                    let who = RecordView.speaker(a.speaker, in: record).map { "\(escape($0)): " } ?? ""
                    for line in a.text.split(separator: "\n", omittingEmptySubsequences: false) {
                        out += "- \(who)\(escape(String(line)))\n"
                    }
                }
            }
        }
        if !view.card.isEmpty {
            out += "\n## My script\n\n"
            for line in view.card { out += "> \(escape(line))\n>\n" }
        }
        if !view.flags.isEmpty {
            out += "\n## Warning signs noted\n\n"
            for f in view.flags {
                out +=
                    "- \(escape(f).split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n  "))\n"
            }
        }
        return out
    }

    /// Typed text must not turn into Markdown structure (a heading, list, quote, rule, code, link, HTML or
    /// entity) in a CommonMark renderer: what means something anywhere gets a backslash, and so does what
    /// would start a block at the start of a line. Leading spaces go (four would start a code block).
    static func escape(_ s: String) -> String {
        ExportText.clean(s).split(separator: "\n", omittingEmptySubsequences: false)
            .map { escapeLine($0.drop { $0 == " " || $0 == "\t" }) }.joined(separator: "\n")
    }

    private static func escapeLine(_ line: Substring) -> String {
        var out = ""
        // "1." or "1)" starts an ordered list; "-", "+" and "=" a list, a rule or a heading's underline.
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let next = line.dropFirst(digits.count).first, next == "." || next == ")" {
            return String(digits) + "\\" + escapeInline(line.dropFirst(digits.count))
        }
        if let first = line.first, "-+=".contains(first) { out = "\\" }
        return out + escapeInline(line)
    }

    private static func escapeInline(_ text: Substring) -> String {
        var out = ""
        for ch in text {
            if "\\`*_{}[]<>#|!&~".contains(ch) { out.append("\\") }
            out.append(ch)
        }
        return out
    }
}
