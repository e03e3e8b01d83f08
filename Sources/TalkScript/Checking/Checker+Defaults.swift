/// E014: a `default` must be an answer its question accepts. Defaults that interpolate answers are only
/// known when the talk runs, so only their references are checked (elsewhere).
extension Checker {
    mutating func checkDefault(_ q: Question) {
        guard let d = q.defaultValue, d.references.isEmpty else { return }
        let value = d.render { _ in nil }
        func fail(_ why: String) {
            sink.error("E014", "default \"\(value)\" is not a valid answer: \(why)", at: d.location)
        }
        switch q.kind {
        case .yesno:
            if value != "yes" && value != "no" { fail("a yesno question takes yes or no") }
        case .choice(let options):
            if !options.contains(where: { $0.id == value }) {
                fail("write one option id (\(Suggest.list(options.map(\.id), conjunction: "or")))")
            }
        case .choices(let options):
            let picked = value.split(separator: ",").map { trim($0) }
            if picked.isEmpty || picked.contains(where: { p in !options.contains { $0.id == p } }) {
                fail("write option ids separated by commas (options: \(Suggest.list(options.map(\.id))))")
            }
        case .scale(let min, let max, _):
            if let n = Int(trim(Substring(value))), n >= min, n <= max { break }
            fail("write a whole number from \(min) to \(max)")
        case .word:
            if value.isEmpty || value.contains(where: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
                fail("a word question takes one word, with no spaces")
            } else {
                checkRules(q, value, fail)
            }
        case .text:
            if value.isEmpty || value.contains("\n") {
                fail("a text question takes one line of text")
            } else {
                checkRules(q, value, fail)
            }
        case .lines:
            if value.isEmpty { fail("it is empty") } else { checkLength(q, value.count, "characters", fail) }
        case .list:
            let items = value.split(separator: "\n").filter { !trim($0).isEmpty }
            if items.isEmpty { fail("it is empty") } else { checkLength(q, items.count, "items", fail) }
        case .date, .rate:
            // Dates are read by the engine's natural-date parser when the talk runs; rate takes no default (E009).
            break
        }
    }

    private func checkRules(_ q: Question, _ value: String, _ fail: (String) -> Void) {
        if q.rejects.contains(where: { $0.matches(value) }) {
            fail("the question's 'reject' refuses it")
        } else {
            checkLength(q, value.count, "characters", fail)
        }
    }

    private func checkLength(_ q: Question, _ count: Int, _ unit: String, _ fail: (String) -> Void) {
        if let min = q.minLength, count < min { fail("it is shorter than min \(min) \(unit)") }
        else if let max = q.maxLength, count > max { fail("it is longer than max \(max) \(unit)") }
    }

    private func trim(_ s: Substring) -> String {
        String(s.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
