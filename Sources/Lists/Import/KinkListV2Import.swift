/// Reads kinklist-v2's data: `{"username", "ratings": [{"name", "color"}], "categories": [{"name",
/// "subcategories": [column names], "kinks": [{"name", "ratings": {column: rating name}, "comment"}]}]}`.
/// Subcategories are columns, mapped to roles as in KinkListImport. Ratings other than "Not Entered",
/// and comments, are the person's answers, attached to item ids.
public enum KinkListV2Import {
    public struct Imported: Equatable, Sendable {
        public let list: CandorList
        /// The name the person gave in kinklist-v2, if any.
        public let username: String?
        public let answers: [ItemAnswer]
    }

    /// One person's answer to one item: a rating per column (role) that was rated, and any comment.
    public struct ItemAnswer: Equatable, Sendable {
        public let item: ListID
        public let ratings: [ColumnRating]
        public let comment: String?
    }

    public struct ColumnRating: Equatable, Sendable {
        public let column: String
        public let rating: String
    }

    /// kinklist-v2's rating for "not answered yet".
    static let notEntered = "Not Entered"

    public static func parse(_ text: String, title: String, source: String? = nil) -> (
        Imported?, [ListDiagnostic]
    ) {
        let root: JSONValue
        switch JSONValue.parse(text) {
        case .success(let value): root = value
        case .failure(let error):
            let (line, column) = position(of: error.offset, in: text)
            return (nil, [ListDiagnostic(.badJSON, line: line, column: column, "This is not valid JSON here.")])
        }
        guard let categoryValues = root["categories"]?.array else {
            return (nil, [shape("The file has no \"categories\" list, so it is not kinklist-v2 data.")])
        }
        var allocator = IDAllocator()
        var categories: [ListCategory] = []
        var answers: [ItemAnswer] = []
        for (categoryIndex, value) in categoryValues.enumerated() {
            guard let name = value["name"]?.string?.trimmingSpaces, !name.isEmpty,
                let kinks = value["kinks"]?.array
            else {
                return (nil, [shape("Category \(categoryIndex + 1) needs a \"name\" and a \"kinks\" list.")])
            }
            let columns = (value["subcategories"]?.array ?? []).compactMap(\.string)
            var category = ListCategory(
                id: allocator.category(named: name), name: name, roles: KinkListImport.roles(forColumns: columns))
            for (kinkIndex, kink) in kinks.enumerated() {
                guard let kinkName = kink["name"]?.string?.trimmingSpaces, !kinkName.isEmpty else {
                    return (nil, [shape("Item \(kinkIndex + 1) of \"\(name)\" needs a \"name\".")])
                }
                let id = allocator.item(named: kinkName, in: category.id)
                category.items.append(ListItem(id: id, name: kinkName))
                let ratings = columns.compactMap { column -> ColumnRating? in
                    guard let rating = kink["ratings"]?[column]?.string, rating != notEntered else { return nil }
                    return ColumnRating(column: column, rating: rating)
                }
                let comment = kink["comment"]?.string.map(\.trimmingSpaces).flatMap { $0.isEmpty ? nil : $0 }
                if !ratings.isEmpty || comment != nil {
                    answers.append(ItemAnswer(item: id, ratings: ratings, comment: comment))
                }
            }
            categories.append(category)
        }
        let list = CandorList(title: title, source: source, categories: categories)
        return (Imported(list: list, username: root["username"]?.string, answers: answers), [])
    }

    private static func shape(_ message: String) -> ListDiagnostic {
        ListDiagnostic(.badJSON, line: 1, column: 1, message)
    }

    private static func position(of offset: Int, in text: String) -> (line: Int, column: Int) {
        let before = text.utf8.prefix(offset)
        let line = before.filter { $0 == 0x0A }.count + 1
        let lastLine = before.split(separator: 0x0A, omittingEmptySubsequences: false).last ?? []
        return (line, String(decoding: lastLine, as: UTF8.self).count + 1)
    }
}
