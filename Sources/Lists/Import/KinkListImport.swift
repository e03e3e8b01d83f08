/// Reads KinkList's text format: "#Category", a "(Col1, Col2)" column line, "* Item" lines, and the
/// "? description" lines some forks put after an item. An item line may carry ratings after a tab (as
/// Candor exports it): the list keeps the name before the tab. Columns that are a known pair become roles; a single
/// column is general; other columns keep their names.
public enum KinkListImport {
    public static func parse(_ text: String, title: String, source: String? = nil) -> ListParser.Result {
        var allocator = IDAllocator()
        var categories: [ListCategory] = []
        var diagnostics: [ListDiagnostic] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = index + 1
            let indent = raw.prefix(while: { $0 == " " || $0 == "\t" }).count
            let body = String(raw.dropFirst(indent)).trimmingSpaces
            guard let marker = body.first else { continue }
            let rest = String(body.dropFirst()).trimmingSpaces
            if marker == "#" {
                guard !rest.isEmpty else {
                    diagnostics.append(
                        ListDiagnostic(.emptyText, line: line, column: indent + 2, "A category needs a name after #."))
                    continue
                }
                categories.append(ListCategory(id: allocator.category(named: rest), name: rest))
                continue
            }
            guard let last = categories.indices.last else {
                diagnostics.append(
                    ListDiagnostic(
                        .outsideCategory, line: line, column: indent + 1,
                        "This line comes before the first #Category line."))
                continue
            }
            switch marker {
            case "(":
                guard body.hasSuffix(")") else {
                    diagnostics.append(
                        ListDiagnostic(
                            .badRoles, line: line, column: indent + body.count, "A column line must end with \")\"."))
                    continue
                }
                let names = body.dropFirst().dropLast().split(separator: ",").map { String($0).trimmingSpaces }
                categories[last].roles = roles(forColumns: names)
            case "*":
                // What follows a tab is a ratings column (`candor export --format kinklist`), not the name.
                let rest = String(rest.prefix { $0 != "\t" }).trimmingSpaces
                guard !rest.isEmpty else {
                    diagnostics.append(
                        ListDiagnostic(.emptyText, line: line, column: indent + 2, "An item needs a name after *."))
                    continue
                }
                let id = allocator.item(named: rest, in: categories[last].id)
                categories[last].items.append(ListItem(id: id, name: rest))
            case "?":
                guard let item = categories[last].items.indices.last else {
                    diagnostics.append(
                        ListDiagnostic(
                            .outsideCategory, line: line, column: indent + 1, "A ? description must follow an item."))
                    continue
                }
                let joined = [categories[last].items[item].description, rest].compactMap { $0 }.joined(separator: " ")
                categories[last].items[item].description = joined
            default:
                diagnostics.append(
                    ListDiagnostic(
                        .unknownLine, line: line, column: indent + 1,
                        "KinkList lines start with #, (, * or ?. This one starts with \"\(marker)\"."))
            }
        }
        guard diagnostics.isEmpty else { return ListParser.Result(list: nil, diagnostics: diagnostics) }
        return ListParser.Result(
            list: CandorList(title: title, source: source, categories: categories), diagnostics: [])
    }

    static func roles(forColumns names: [String]) -> Roles {
        if let pair = RolePair(columns: names) { return .pair(pair) }
        if names.count <= 1 { return .general }
        return .named(names)
    }
}
