/// Wording helpers for diagnostics: "did you mean", and lists such as "a, b and c".
public enum Suggest {
    /// The candidate closest to `word` by edit distance, when close enough to be a likely typo.
    public static func closest(to word: String, in candidates: [String]) -> String? {
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
    public static func list(_ items: [String], conjunction: String = "", limit: Int = 10) -> String {
        if items.isEmpty { return "none" }
        if items.count > limit { return items.prefix(limit).joined(separator: ", ") + ", ..." }
        if conjunction.isEmpty || items.count == 1 { return items.joined(separator: ", ") }
        return items.dropLast().joined(separator: ", ") + " \(conjunction) " + (items.last ?? "")
    }

    /// Edit distance where swapping two neighbours counts as one edit ("hlep" is one edit from "help").
    private static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        let width = b.count + 1
        var d = [Int](repeating: 0, count: (a.count + 1) * width)
        for i in 0...a.count { d[i * width] = i }
        for j in 0...b.count { d[j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var best = Swift.min(
                    d[(i - 1) * width + j] + 1, d[i * width + j - 1] + 1,
                    d[(i - 1) * width + j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    best = Swift.min(best, d[(i - 2) * width + j - 2] + 1)
                }
                d[i * width + j] = best
            }
        }
        return d[a.count * width + b.count]
    }
}
