/// Conditions, by recursive descent over the statement's tokens:
///
///     COND := AND ("or" AND)*      AND := NOT ("and" NOT)*      NOT := "not" NOT | "(" COND ")" | TEST
///     TEST := REF | REF OP VALUE | REF ["not"] "in" "[" VALUE ("," VALUE)* "]" | REF "contains" VALUE
///           | REF "refused"
///
/// Each function reports what is missing and returns nil; the statement is then abandoned.
///
/// Size limits. A condition is a tree that everything after the parser walks recursively (the checker,
/// the engine, even freeing it), so a hostile talk with 10,000 `(` or `not`, or 10,000 tests joined by
/// `and`, would overflow the stack (Tests/Fuzz/regressions/talk/deep-* hold such talks).
/// No real condition comes near these limits; past them the statement gets an E001 and is dropped.
enum ConditionLimits {
    /// Brackets and `not`s, one inside the other.
    static let depth = 32
    /// Tests (`a`, `a == b`, ...) in one condition, so `and`/`or` chains stay shallow too.
    static let tests = 64
}

extension Parser {
    mutating func condition() -> Condition? {
        var tests = 0
        return disjunction(depth: 0, tests: &tests)
    }

    private mutating func disjunction(depth: Int, tests: inout Int) -> Condition? {
        guard var left = conjunction(depth: depth, tests: &tests) else { return nil }
        while acceptWord("or") {
            guard let right = conjunction(depth: depth, tests: &tests) else { return nil }
            left = .or(left, right)
        }
        return left
    }

    private mutating func conjunction(depth: Int, tests: inout Int) -> Condition? {
        guard var left = negation(depth: depth, tests: &tests) else { return nil }
        while acceptWord("and") {
            guard let right = negation(depth: depth, tests: &tests) else { return nil }
            left = .and(left, right)
        }
        return left
    }

    private mutating func negation(depth: Int, tests: inout Int) -> Condition? {
        if depth >= ConditionLimits.depth || tests >= ConditionLimits.tests {
            sink.report(
                .conditionTooComplicated(depth: ConditionLimits.depth, tests: ConditionLimits.tests),
                at: current.map(location) ?? endLocation)
            return nil
        }
        if acceptWord("not") {
            return negation(depth: depth + 1, tests: &tests).map { .not($0) }
        }
        if let t = current, t.kind == .openParen {
            pos += 1
            guard let inner = disjunction(depth: depth + 1, tests: &tests) else { return nil }
            guard let close = current, close.kind == .closeParen else {
                expected("')' to close the '(' at column \(t.column)")
                return nil
            }
            pos += 1
            return inner
        }
        tests += 1
        return test()
    }

    private mutating func test() -> Condition? {
        guard let ref = reference() else { return nil }
        guard let t = current else { return .answered(ref) }
        let comparison: Comparison? =
            switch t.kind {
            case .equal: .equal
            case .notEqual: .notEqual
            case .less: .less
            case .lessOrEqual: .lessOrEqual
            case .greater: .greater
            case .greaterOrEqual: .greaterOrEqual
            default: nil
            }
        if let comparison {
            pos += 1
            return literal(after: "'\(comparison.rawValue)'").map { .compare(ref, comparison, $0) }
        }
        if acceptWord("in") {
            return literalList().map { .oneOf(ref, $0) }
        }
        if isWord("not"), pos + 1 < end, tokens[pos + 1].kind == .word, text(tokens[pos + 1]) == "in" {
            pos += 2
            return literalList().map { .not(.oneOf(ref, $0)) }
        }
        if acceptWord("contains") {
            return literal(after: "'contains'").map { .contains(ref, $0) }
        }
        if acceptWord("refused") { return .refused(ref) }
        return .answered(ref)
    }

    /// `ID ("." ID)*`.
    private mutating func reference() -> Reference? {
        guard let (head, location) = expectID("a question name in the condition") else { return nil }
        var path = [head]
        while let t = current, t.kind == .dot {
            pos += 1
            guard let (part, _) = expectID("a name after '.'") else { return nil }
            path.append(part)
        }
        return Reference(path: path, location: location)
    }

    private mutating func literal(after what: String) -> Literal? {
        guard let t = current else {
            expected("a value after \(what)")
            return nil
        }
        switch t.kind {
        case .word:
            pos += 1
            return Literal(.word(text(t)), location: location(t))
        case .number:
            pos += 1
            guard let n = number(t) else {
                sink.report(.numberTooLarge(text(t)), at: location(t))
                return nil
            }
            return Literal(.number(n), location: location(t))
        case .string:
            pos += 1
            let template = TemplateParser.parse(bytes, tokens[(pos - 1)..<pos], file: file, into: &sink)
            return Literal(.string(plain(template, usage: "a condition")), location: location(t))
        default:
            expected("a value after \(what) (an id, a number or a \"string\")")
            return nil
        }
    }

    /// `[ VALUE ("," VALUE)* ]`.
    private mutating func literalList() -> [Literal]? {
        guard let open = current, open.kind == .openBracket else {
            expected("'[' and a list of values after 'in' (in [yes, maybe])")
            return nil
        }
        pos += 1
        var values: [Literal] = []
        repeat {
            guard let value = literal(after: values.isEmpty ? "'['" : "','") else { return nil }
            values.append(value)
        } while acceptComma()
        guard let close = current, close.kind == .closeBracket else {
            expected("',' or ']' in the list of values")
            return nil
        }
        pos += 1
        return values
    }

    private mutating func acceptComma() -> Bool {
        guard let t = current, t.kind == .comma else { return false }
        pos += 1
        return true
    }
}
