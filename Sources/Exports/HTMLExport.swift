import TalkEngine
import TalkScript

/// A record as one self-contained HTML page (no scripts, no outside resources), every typed word escaped.
/// Made to print too: a question never parted from its answers, the script card never split across pages,
/// and each rating list as a grid of who said what (only in a view that may show every rating).
public enum HTMLExport {
    public static func render(_ record: Record, script: Script?, everything: Bool = false) -> String {
        let all = record.mode == .practice || everything
        let view = RecordView(record: record, script: script, everything: all)
        var body = "<h1>\(escape(record.talk.title))</h1>\n"
        body += "<p class=\"meta\">\(escape(ExportText.summary(record)))</p>\n"
        for section in view.sections {
            body += "<h2>\(escape(section.title))</h2>\n<dl>\n"
            for entry in section.entries {
                body += "<div class=\"qa\"><dt>\(escape(entry.question))</dt>\n"
                for a in entry.answers {
                    let who = RecordView.speaker(a.speaker, in: record).map { "<b>\(escape($0))</b>: " } ?? ""
                    body +=
                        "<dd>\(who)\(escape(a.text).split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "<br>"))</dd>\n"
                }
                body += "</div>\n"
            }
            body += "</dl>\n"
        }
        if all, let script {
            body += grids(record, script: script)
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
                "<section class=\"card\"><h2>My script</h2>\n"
                + view.card.map { "<blockquote>\(escape($0))</blockquote>" }.joined(separator: "\n") + "\n</section>\n"
        }
        return """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
            <meta name="robots" content="noindex"><title>\(escape(record.talk.title))</title>
            <style>body{font:17px/1.5 system-ui,sans-serif;max-width:42em;margin:2em auto;padding:0 1em;color:#222}
            .meta{color:#666}dt{font-weight:600;margin-top:1em}dd{margin-left:1em}blockquote{border-left:3px solid #9ab;margin:.5em 0;padding-left:1em}
            table.grid{border-collapse:collapse;margin:1em 0}.grid th,.grid td{border:1px solid #ccc;padding:.2em .6em;text-align:left}
            .grid td.yes{background:#dfd}.grid td.maybe{background:#ffd}.grid td.no{background:#fdd}
            @media print{body{margin:0;max-width:none;font-size:11pt}.qa,.card,tr{break-inside:avoid}h2{break-after:avoid}
            .grid td.yes,.grid td.maybe,.grid td.no{-webkit-print-color-adjust:exact;print-color-adjust:exact}}</style>
            </head><body>
            \(body)</body></html>

            """
    }

    /// Each rating list as a table: a row per thing rated (per role), a column per person, each cell the
    /// rating and its condition, coloured yes / maybe / no; blank cells stay blank.
    static func grids(_ record: Record, script: Script) -> String {
        var out = ""
        for q in script.questions {
            guard case .rate(let catalogId, let values, _) = q.kind else { continue }
            let sheets = record.people.map { p -> RatingSheet? in
                if case .ratings(let s)? = record.answer(q.id, by: p.id)?.value { s } else { nil }
            }
            guard sheets.contains(where: { $0 != nil }) else { continue }
            let additions = sheets.compactMap { $0?.additions }.first ?? []
            let title = script.catalog(catalogId)?.title ?? catalogId
            out += "<h2>\(escape(title)): at a glance</h2>\n<table class=\"grid\"><tr><th></th>"
            out += record.people.map {
                "<th>\(escape($0.name ?? (record.people.count == 1 ? "You" : $0.id.rawValue)))</th>"
            }
            .joined()
            out += "</tr>\n"
            for entry in RatingSummary.itemKeys(question: q, script: script, additions: additions) {
                out += "<tr><td>\(escape(entry.label))</td>"
                for sheet in sheets {
                    let rated = sheet?.ratings[entry.key] ?? nil
                    // The value's id ("yes", "maybe"): short enough for a grid; the full words are above it.
                    let label = rated.map { id in values.first { $0.id == id }?.id ?? id } ?? ""
                    let condition =
                        (sheet?.tried?.contains(entry.key) == true ? " (tried)" : "")
                        + (sheet?.conditions?[entry.key].map { ": " + $0 } ?? "")
                    out += "<td class=\"\(escape(rated ?? ""))\">\(escape(label + condition))</td>"
                }
                out += "</tr>\n"
            }
            out += "</table>\n"
        }
        return out
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
