import TalkEngine
import TalkScript

/// Ratings as KinkList text (docs/lists.md): `#Category`, a `(Col1, Col2)` line naming the sides, and
/// `* Item` lines, each followed by a tab and one column per person, "Sam: yes, maybe" (a rating per
/// side, in the column line's order; "-" when left blank). The list part reads back into KinkList and
/// into `candor lists import` (which ignores what follows the tab). Shows exactly what CSV shows.
public enum KinkListExport {
    public static func render(_ record: Record, script: Script?, everything: Bool) -> String {
        var out = ""
        for q in script?.questions ?? [] {
            guard let script, case .rate(let catalogId, _, _) = q.kind, let catalog = script.catalog(catalogId) else {
                continue
            }
            let people = VisibleRatings.of(q, in: record, everything: everything)
            guard !people.isEmpty else { continue }
            var heading: (category: String, roles: [String])?
            for item in catalog.items {
                let category = item.category ?? catalog.title
                if heading?.category != category || heading?.roles != item.roles {
                    out += "#\(line(category))\n(\(columns(item.roles)))\n"
                    heading = (category, item.roles)
                }
                let keys = item.roles.isEmpty ? [item.id] : item.roles.map { "\(item.id).\($0)" }
                out += "* \(line(item.label))\t" + cells(people, keys: keys) + "\n"
            }
            for person in people {
                let added = person.sheet.additions ?? []
                guard !added.isEmpty else { continue }
                out += "#\(line("Added by \(person.name)"))\n(General)\n"
                for (i, label) in added.enumerated() {
                    out += "* \(line(label))\t" + cells([person], keys: [RatingSheet.additionKey(i)]) + "\n"
                }
            }
        }
        return out
    }

    /// "Sam: yes, -" per person, tab-separated.
    static func cells(_ people: [VisibleRatings], keys: [String]) -> String {
        people.map { person in
            line(person.name) + ": "
                + keys.map { key in person.sheet.ratings[key].flatMap { $0 } ?? "-" }.joined(separator: ", ")
        }.joined(separator: "\t")
    }

    /// The sides as KinkList columns: "Giving, Receiving"; one answer is "General".
    static func columns(_ roles: [String]) -> String {
        roles.isEmpty
            ? "General" : roles.map { line($0).prefix(1).uppercased() + line($0).dropFirst() }.joined(separator: ", ")
    }

    /// Text on one line with no tab (each would end the item or its column early), controls dropped.
    static func line(_ text: String) -> String {
        ExportText.clean(text).map { $0 == "\n" || $0 == "\t" || $0 == "\r" ? " " : String($0) }.joined()
    }
}
