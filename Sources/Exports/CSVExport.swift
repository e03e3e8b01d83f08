import TalkEngine
import TalkScript

/// Ratings as CSV (RFC 4180), for a spreadsheet: a row per person and thing rated, in the list's order.
/// Everything a view may show, and no more: practising alone, the person's own; together, only with
/// `--all` (both agreed, and the sealed ratings opened), since a row is one person's private rating.
/// A field a spreadsheet would take for a formula (= + - @) is written with a leading apostrophe.
public enum CSVExport {
    public static let header = ["person", "item_id", "category", "item", "role", "rating", "condition", "tried"]

    public static func render(_ record: Record, script: Script?, everything: Bool) -> String {
        var rows = [header]
        for q in script?.questions ?? [] {
            guard let script, case .rate(let catalogId, let values, _) = q.kind else { continue }
            let catalogTitle = script.catalog(catalogId)?.title ?? catalogId
            for visible in VisibleRatings.of(q, in: record, everything: everything) {
                let sheet = visible.sheet
                for entry in RatingSummary.itemKeys(question: q, script: script, additions: sheet.additions ?? []) {
                    guard let rated = sheet.ratings[entry.key] else { continue }
                    let rating = rated.map { id in values.first { $0.id == id }?.id ?? id } ?? ""
                    let label = entry.item?.label ?? entry.label
                    let category = entry.item?.category ?? catalogTitle
                    let condition = sheet.conditions?[entry.key] ?? ""
                    let tried = sheet.tried?.contains(entry.key) == true ? "yes" : ""
                    rows.append([visible.name, entry.key, category, label, entry.role ?? "", rating, condition, tried])
                }
            }
        }
        return rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    static func field(_ raw: String) -> String {
        var text = ExportText.clean(raw)
        if let first = text.first, "=+-@".contains(first) { text = "'" + text }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + String(text.flatMap { $0 == "\"" ? ["\"", "\""] : [$0] }) + "\""
    }
}
