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
                out += "\n**\(escape(entry.question))**\n\n"
                for a in entry.answers {
                    let who = RecordView.speaker(a.person, in: record).map { "\(escape($0)): " } ?? ""
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
            for f in view.flags { out += "- \(escape(f).split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n  "))\n" }
        }
        return out
    }

    /// Typed text must not turn into Markdown structure (a heading, a link, HTML).
    static func escape(_ s: String) -> String {
        var out = ""
        for ch in ExportText.clean(s) {
            if "\\`*_{}[]<>#|!".contains(ch) { out.append("\\") }
            out.append(ch)
        }
        return out
    }
}
