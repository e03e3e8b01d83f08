/// Tab completion as a pure function of the text before the cursor, so it can be tested without a terminal.
///
/// What is completed is the longest tail of the typed text that some candidate starts with
/// (case-insensitively), trying the whole text first, then the text after each space. So multi-word choices
/// like "not now" complete from "not n", and "I said y" still completes "y" to "yes".
struct Completion: Equatable {
    /// How many characters (Unicode scalars, as libedit counts them) to delete before the cursor.
    var delete: Int
    /// What to insert in their place.
    var insert: String
    /// Several candidates matched: show them below the line.
    var list: [String]

    /// nil when nothing matches.
    static func complete(typed: String, candidates: [String]) -> Completion? {
        let candidates = candidates.filter { !$0.isEmpty }
        guard !candidates.isEmpty else { return nil }
        for tail in tails(of: typed) {
            let matches = candidates.filter { hasPrefixIgnoringCase($0, tail) }
            if matches.isEmpty { continue }
            if matches.count == 1 {
                return Completion(delete: tail.unicodeScalars.count, insert: matches[0], list: [])
            }
            let common = commonPrefixIgnoringCase(matches)
            let list = uniqued(matches)
            if common.count > tail.count {
                return Completion(delete: tail.unicodeScalars.count, insert: common, list: list)
            }
            return Completion(delete: 0, insert: "", list: list)
        }
        return nil
    }

    /// The whole text (without leading spaces), then each part after a space, longest first, ending with
    /// "" when the text is empty or ends with a space.
    static func tails(of typed: String) -> [Substring] {
        let trimmed = typed.drop(while: { $0 == " " || $0 == "\t" })
        var result: [Substring] = [trimmed]
        var index = trimmed.startIndex
        while index < trimmed.endIndex {
            let next = trimmed.index(after: index)
            if trimmed[index] == " " || trimmed[index] == "\t" {
                let tail = trimmed[next...]
                if result.last != tail { result.append(tail) }
            }
            index = next
        }
        return result
    }

    static func hasPrefixIgnoringCase(_ candidate: String, _ prefix: Substring) -> Bool {
        var c = candidate.makeIterator()
        for p in prefix {
            guard let next = c.next(), next.lowercased() == p.lowercased() else { return false }
        }
        return true
    }

    /// The longest prefix all candidates share, ignoring case, spelled as in the first candidate.
    static func commonPrefixIgnoringCase(_ candidates: [String]) -> String {
        guard var prefix = candidates.first.map(Array.init) else { return "" }
        for candidate in candidates.dropFirst() {
            let length = zip(prefix, candidate).prefix(while: { $0.lowercased() == $1.lowercased() }).count
            prefix = Array(prefix.prefix(length))
        }
        return String(prefix)
    }

    private static func uniqued(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }

    /// Lays `items` out in columns that fit `width`, one row per line.
    static func columns(_ items: [String], width: Int) -> String {
        guard !items.isEmpty else { return "" }
        let widest = items.map(\.count).max() ?? 0
        let cell = widest + 2
        let perRow = max(1, min(items.count, width / max(cell, 1)))
        let rows = (items.count + perRow - 1) / perRow
        var out = ""
        for row in 0..<rows {
            var line = ""
            for column in 0..<perRow {
                let i = column * rows + row
                guard i < items.count else { continue }
                let item = items[i]
                line += item
                if column < perRow - 1 && (column + 1) * rows + row < items.count {
                    line += String(repeating: " ", count: cell - item.count)
                }
            }
            out += line + "\n"
        }
        return out
    }
}
