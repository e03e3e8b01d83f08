/// Writes a list in Candor's list format, every id written in, so reading it back gives the same list.
public enum ListWriter {
    public static func write(_ list: CandorList) -> String {
        var lines = ["title: \(oneLine(list.title))"]
        if let source = list.source { lines.append("source: \(oneLine(source))") }
        for category in list.categories {
            lines.append("")
            lines.append("category \(category.id): \(oneLine(category.name))")
            if category.roles != .general { lines.append("roles: \(RolesText.write(category.roles))") }
            for item in category.items {
                lines.append("item \(item.id): \(oneLine(item.name))")
                if let roles = item.roles { lines.append("  roles: \(RolesText.write(roles))") }
                if let description = item.description { lines.append("  about: \(oneLine(description))") }
                for caution in item.cautions { lines.append("  caution: \(oneLine(caution))") }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A line break inside a text would start a new line form; the format has none, so it becomes a space.
    private static func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 }).trimmingSpaces
    }
}
