import TalkEngine
import TalkScript

/// A record as one self-contained HTML page (no scripts, no outside resources), every typed word escaped.
public enum HTMLExport {
    public static func render(_ record: Record, script: Script?, everything: Bool = false) -> String {
        let view = RecordView(record: record, script: script, everything: record.mode == .practice || everything)
        var body = "<h1>\(escape(record.talk.title))</h1>\n"
        body += "<p class=\"meta\">\(escape(ExportText.summary(record)))</p>\n"
        for section in view.sections {
            body += "<h2>\(escape(section.title))</h2>\n<dl>\n"
            for entry in section.entries {
                body += "<dt>\(escape(entry.question))</dt>\n"
                for a in entry.answers {
                    let who = RecordView.speaker(a.speaker, in: record).map { "<b>\(escape($0))</b>: " } ?? ""
                    body +=
                        "<dd>\(who)\(escape(a.text).split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "<br>"))</dd>\n"
                }
            }
            body += "</dl>\n"
        }
        if !view.flags.isEmpty {
            body += "<h2>Warning signs noted</h2>\n<ul>\n"
            body +=
                view.flags.map {
                    "<li>\(escape($0).split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "<br>"))</li>"
                }.joined(separator: "\n") + "\n</ul>\n"
        }
        if !view.card.isEmpty {
            body +=
                "<h2>My script</h2>\n"
                + view.card.map { "<blockquote>\(escape($0))</blockquote>" }.joined(separator: "\n") + "\n"
        }
        return """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
            <meta name="robots" content="noindex"><title>\(escape(record.talk.title))</title>
            <style>body{font:17px/1.5 system-ui,sans-serif;max-width:42em;margin:2em auto;padding:0 1em;color:#222}
            .meta{color:#666}dt{font-weight:600;margin-top:1em}dd{margin-left:1em}blockquote{border-left:3px solid #9ab;margin:.5em 0;padding-left:1em}</style>
            </head><body>
            \(body)</body></html>

            """
    }

    static func escape(_ s: String) -> String {
        var out = ""
        for ch in ExportText.clean(s) {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }
}
