/// Wording helpers for diagnostics: "did you mean", and lists such as "a, b and c".
enum Suggest {
    /// The candidate closest to `word` by edit distance, when close enough to be a likely typo.
    static func closest(to word: String, in candidates: [String]) -> String? {
        let w = Array(word.unicodeScalars)
        var best: (String, Int)?
        for candidate in candidates {
            let d = distance(w, Array(candidate.unicodeScalars))
            if d <= max(1, min(w.count, candidate.unicodeScalars.count) / 3), d < (best?.1 ?? Int.max) {
                best = (candidate, d)
            }
        }
        return best?.0
    }

    /// "a, b and c" (or "a, b or c"); long lists are cut short, since they only help spot a typo.
    static func list(_ items: [String], conjunction: String = "", limit: Int = 10) -> String {
        if items.isEmpty { return "none" }
        if items.count > limit { return items.prefix(limit).joined(separator: ", ") + ", ..." }
        if conjunction.isEmpty || items.count == 1 { return items.joined(separator: ", ") }
        return items.dropLast().joined(separator: ", ") + " \(conjunction) " + (items.last ?? "")
    }

    private static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var row = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            row[0] = i
            for j in 1...b.count {
                row[j] = Swift.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &row)
        }
        return previous[b.count]
    }
}
