/// E014: a `default` must be an answer its question accepts, by the same rules the engine reads answers
/// with (`AnswerRules`). Defaults that interpolate answers are only known when the talk runs, so only their
/// references are checked (elsewhere); `rate` takes no default at all (E009).
extension Checker {
    mutating func checkDefault(_ q: Question) {
        guard let d = q.defaultValue, d.references.isEmpty else { return }
        if case .rate = q.kind { return }
        let value = d.render { _ in nil }
        if let why = AnswerRules.problem(withDefault: value, for: q) {
            sink.report(.invalidDefault(value, reply: why), at: d.location)
        }
    }
}
