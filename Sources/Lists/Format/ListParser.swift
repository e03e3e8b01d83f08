/// Reads Candor's list format (docs/lists.md). Ids written in the file are kept as they are; a category or
/// item written without one gets one made from its name (IDAllocator), after every written id is reserved.
public enum ListParser {
    public struct Result: Sendable {
        /// Nil when there were errors.
        public let list: CandorList?
        public let diagnostics: [ListDiagnostic]
    }

    public static func parse(_ text: String) -> Result {
        var state = State()
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            state.read(line: raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw), number: index + 1)
        }
        return state.finish()
    }
}

private struct Pending {
    var category: ListCategory
    var writtenID: Bool
    var items: [(item: ListItem, writtenID: Bool)] = []
}

private struct State {
    var title: String?
    var source: String?
    var categories: [Pending] = []
    var diagnostics: [ListDiagnostic] = []
    var seen: [ListID: Int] = [:]

    mutating func error(_ code: ListDiagnosticCode, _ line: Int, _ column: Int, _ message: String) {
        diagnostics.append(ListDiagnostic(code, line: line, column: column, message))
    }

    mutating func read(line text: String, number: Int) {
        let indent = text.prefix(while: { $0 == " " || $0 == "\t" }).count
        let body = String(text.dropFirst(indent))
        if body.isEmpty || body.hasPrefix("#") { return }
        guard let colon = body.firstIndex(of: ":") else {
            return error(
                .unknownLine, number, indent + 1,
                "This line is not a list line. Write \"keyword: text\", such as \"item: Massage\" (see docs/lists.md).")
        }
        let head = body[..<colon].split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let value = String(body[body.index(after: colon)...]).trimmingSpaces
        let afterColon = body[body.index(after: colon)...]
        let valueColumn =
            indent + body.distance(from: body.startIndex, to: colon) + 2
            + afterColon.prefix(while: { $0 == " " || $0 == "\t" }).count
        let keyword = head.first ?? ""
        switch (keyword, head.count) {
        case ("title", 1), ("source", 1): header(keyword, value, number, indent + 1)
        case ("category", 1...2), ("item", 1...2):
            let id = head.count == 2 ? checkedID(head[1], number, indent + keyword.count + 2) : nil
            if head.count == 2 && id == nil { return }
            guard !value.isEmpty else {
                return error(.emptyText, number, valueColumn, "A \(keyword) needs a name after the colon.")
            }
            keyword == "category" ? category(id, value, number, indent + 1) : item(id, value, number, indent + 1)
        case ("roles", 1): roles(value, number, valueColumn)
        case ("about", 1), ("caution", 1): note(keyword, value, number, indent + 1, valueColumn)
        default:
            error(
                .unknownLine, number, indent + 1,
                "\"\(body[..<colon])\" is not a list keyword. Use title, source, category, roles, item, about or caution."
            )
        }
    }

    mutating func header(_ keyword: String, _ value: String, _ line: Int, _ column: Int) {
        guard categories.isEmpty, (keyword == "title" ? title : source) == nil else {
            return error(
                .misplacedHeader, line, column, "There can be one \(keyword) line, before the first category.")
        }
        guard !value.isEmpty else { return error(.emptyText, line, column, "The \(keyword) is empty.") }
        if keyword == "title" { title = value } else { source = value }
    }

    mutating func checkedID(_ text: String, _ line: Int, _ column: Int) -> ListID? {
        guard let id = ListID(text) else {
            error(
                .badID, line, column,
                "\"\(text)\" is not an id. Ids are lowercase letters, digits and single hyphens, like \"clothing-heels\"."
            )
            return nil
        }
        if let first = seen[id] {
            error(.duplicateID, line, column, "The id \"\(text)\" is already used on line \(first). Ids must differ.")
            return nil
        }
        seen[id] = line
        return id
    }

    mutating func category(_ id: ListID?, _ name: String, _ line: Int, _ column: Int) {
        let placeholder = ListID("pending")!
        categories.append(
            Pending(category: ListCategory(id: id ?? placeholder, name: name), writtenID: id != nil))
    }

    mutating func item(_ id: ListID?, _ name: String, _ line: Int, _ column: Int) {
        guard !categories.isEmpty else {
            return error(.outsideCategory, line, column, "An item must come after a category line.")
        }
        let placeholder = ListID("pending")!
        categories[categories.count - 1].items.append((ListItem(id: id ?? placeholder, name: name), id != nil))
    }

    mutating func roles(_ value: String, _ line: Int, _ column: Int) {
        guard !categories.isEmpty else {
            return error(.outsideCategory, line, column, "A roles line must come after a category or an item.")
        }
        guard let roles = RolesText.parse(value) else {
            return error(
                .badRoles, line, column,
                "\"\(value)\" is not a roles value. Use general, giving/receiving, self/partner, top/bottom, or named A, B."
            )
        }
        let last = categories.count - 1
        if categories[last].items.isEmpty {
            categories[last].category.roles = roles
        } else {
            categories[last].items[categories[last].items.count - 1].item.roles = roles
        }
    }

    mutating func note(_ keyword: String, _ value: String, _ line: Int, _ column: Int, _ valueColumn: Int) {
        guard let last = categories.indices.last, let itemIndex = categories[last].items.indices.last else {
            return error(.outsideCategory, line, column, "An \(keyword) line must come after an item line.")
        }
        guard !value.isEmpty else { return error(.emptyText, line, valueColumn, "The \(keyword) text is empty.") }
        if keyword == "about" {
            guard categories[last].items[itemIndex].item.description == nil else {
                return error(
                    .duplicateAbout, line, column, "This item already has an about line. Join them into one.")
            }
            categories[last].items[itemIndex].item.description = value
        } else {
            categories[last].items[itemIndex].item.cautions.append(value)
        }
    }

    mutating func finish() -> ListParser.Result {
        if title == nil {
            error(.missingTitle, 1, 1, "The list has no title. Start it with a line such as \"title: Our list\".")
        }
        guard diagnostics.isEmpty, let title else { return ListParser.Result(list: nil, diagnostics: diagnostics) }
        var allocator = IDAllocator(reserved: seen.keys)
        let built = categories.map { pending in
            var category = pending.category
            if !pending.writtenID { category.id = allocator.category(named: category.name) }
            category.items = pending.items.map { entry in
                var item = entry.item
                if !entry.writtenID { item.id = allocator.item(named: item.name, in: category.id) }
                return item
            }
            return category
        }
        return ListParser.Result(
            list: CandorList(title: title, source: source, categories: built), diagnostics: [])
    }
}
