/// Resolving references (`mode`, `name`, `QUESTION`, `RATE.ITEM`, `RATE.ITEM.ROLE`, `RATE.VALUE`) and
/// checking the tests made on them.
extension Checker {
    /// What a reference names, once resolved.
    enum Target {
        case mode
        /// `flagged`: a warning sign was raised for this person (or, on a shared screen, for everyone).
        case flagged
        /// `name` or `partner`.
        case person
        case answer(Entry)
        case item(Entry, values: [RatingValue])
        case role(Entry, values: [RatingValue])
        /// `RATE.VALUE`: the items rated that value.
        case valueSet(Entry)
    }

    enum Use { case condition, text }

    /// Checks every reference in a text; `limit`: only questions before this index may be named (nil: any).
    mutating func check(_ template: Template, limit: Int?) {
        for part in template.parts {
            if case .reference(let r) = part { _ = resolve(r, use: .text, limit: limit) }
        }
    }

    mutating func check(_ condition: Condition, limit: Int?) {
        switch condition {
        case .answered(let r):
            _ = resolve(r, use: .condition, limit: limit)
        case .compare(let r, let op, let value):
            guard let target = resolve(r, use: .condition, limit: limit) else { return }
            switch op {
            case .equal, .notEqual:
                checkEquality(r, target, [value])
            case .less, .lessOrEqual, .greater, .greaterOrEqual:
                guard case .answer(let q) = target, case .scale(let min, let max, _) = q.kind else {
                    sink.report(.orderingNotScale(op.rawValue, describe(r, target)), at: r.location)
                    return
                }
                if case .number = value.value { return }
                sink.report(.notANumber(value.text, r.dotted, min: min, max: max), at: value.location)
            }
        case .oneOf(let r, let values):
            guard let target = resolve(r, use: .condition, limit: limit) else { return }
            checkEquality(r, target, values)
        case .contains(let r, let value):
            guard let target = resolve(r, use: .condition, limit: limit) else { return }
            guard case .answer(let q) = target else {
                sink.report(.containsNotAList(describe(r, target)), at: r.location)
                return
            }
            switch q.kind {
            case .choices(let options):
                checkValue(value, r, allowed: options.map(\.id), what: "an option of '\(r.head)'", name: "options")
            case .list:
                break
            default:
                sink.report(.containsSingleAnswer(r.dotted, kind: q.kind.name), at: r.location)
            }
        case .refused(let r):
            guard let target = resolve(r, use: .condition, limit: limit) else { return }
            guard case .answer(let q) = target, q.who == .both, r.path.count == 1 else {
                sink.report(.refusedNotJoint(describe(r, target)), at: r.location)
                return
            }
        case .not(let inner):
            check(inner, limit: limit)
        case .and(let a, let b), .or(let a, let b):
            check(a, limit: limit)
            check(b, limit: limit)
        }
    }

    /// `==`, `!=`, `in`, `not in`: the values must be ones the reference can have.
    private mutating func checkEquality(_ r: Reference, _ target: Target, _ values: [Literal]) {
        switch target {
        case .mode:
            for v in values { checkValue(v, r, allowed: ["practice", "together"], what: "a mode", name: "modes") }
        case .flagged:
            sink.report(.flaggedCompared, at: r.location)
        case .person:
            break
        case .item(let q, let rating), .role(let q, let rating):
            for v in values {
                checkValue(v, r, allowed: rating.map(\.id), what: "a rating value of '\(q.id)'", name: "values")
            }
        case .valueSet:
            sink.report(.valueSetCompared(r.dotted, head: r.head, value: r.path[1]), at: r.location)
        case .answer(let q):
            switch q.kind {
            case .yesno:
                for v in values {
                    checkValue(
                        v, r, allowed: ["yes", "no"], what: "an answer to yesno question '\(q.id)'",
                        name: "answers")
                }
            case .choice(let options), .choices(let options):
                for v in values {
                    checkValue(
                        v, r, allowed: options.map(\.id), what: "an option of '\(q.id)'",
                        name: "options")
                }
            case .scale(let min, let max, _):
                for v in values {
                    if case .number = v.value { continue }
                    sink.report(.notANumber(v.text, q.id, min: min, max: max), at: v.location)
                }
            case .rate:
                sink.report(.wholeRatingCompared(r.dotted, question: q.id), at: r.location)
            case .text, .lines, .list, .date, .word:
                break
            }
        }
    }

    private mutating func checkValue(_ value: Literal, _ r: Reference, allowed: [String], what: String, name: String) {
        if allowed.contains(value.text) { return }
        let guess = Suggest.closest(to: value.text, in: allowed)
        sink.report(.notAValue(value.text, what: what, name: name, allowed: allowed, guess: guess), at: value.location)
    }

    /// "'x' is a yesno question", for E013 messages.
    private func describe(_ r: Reference, _ target: Target) -> String {
        switch target {
        case .mode: "'mode' is practice or together"
        case .flagged: "'flagged' is tested alone"
        case .person: "'\(r.dotted)' is a name"
        case .answer(let q): "'\(r.dotted)' is a \(q.kind.name.rawValue) question"
        case .item, .role: "'\(r.dotted)' is a rating"
        case .valueSet: "'\(r.dotted)' stands for the items rated \(r.path[1])"
        }
    }

    /// Resolves a reference, reporting E005 (does not exist or cannot be used here) and E007 (asked later).
    /// Nil when reported, or when it names a question whose own line was broken.
    mutating func resolve(_ r: Reference, use: Use, limit: Int?) -> Target? {
        let head = r.head
        switch head {
        case "name", "partner":
            if use == .condition {
                sink.report(.personInCondition(head), at: r.location)
                return nil
            }
            if r.path.count > 1 {
                sink.report(.noParts(r.dotted, head), at: r.location)
                return nil
            }
            return .person
        case "mode":
            if use == .text {
                sink.report(.modeInText, at: r.location)
                return nil
            }
            if r.path.count > 1 {
                sink.report(.modeHasNoParts(r.dotted), at: r.location)
                return nil
            }
            return .mode
        case "flagged":
            if use == .text || r.path.count > 1 {
                sink.report(.flaggedNotAlone, at: r.location)
                return nil
            }
            return .flagged
        default:
            break
        }
        guard let entry = questions[head] else {
            let names = use == .text ? ["name", "partner"] : ["mode"]
            let guess = Suggest.closest(to: head, in: names + Array(questions.keys).sorted())
            sink.report(.unknownQuestion(head, guess: guess), at: r.location)
            return nil
        }
        if let limit, entry.index >= limit {
            let user = use == .condition ? "a condition" : "text"
            let what =
                head == currentQuestion
                ? "'\(head)' is the question itself"
                : "'\(head)' is asked later (\(place(entry.location, r.location)))"
            sink.report(.askedLater(what, user: user), at: r.location)
            return nil
        }
        if entry.unchecked { return nil }
        let q = entry
        let target = resolveParts(r, q)
        guard let target, use == .text else { return target }
        switch target {
        case .answer(let q) where q.kind.name == .rate:
            sink.report(.wholeRatingShown(r.dotted, head), at: r.location)
            return nil
        case .item, .role:
            sink.report(.itemRatingShown(r.dotted, head), at: r.location)
            return nil
        default:
            return target
        }
    }

    /// `RATE.ITEM`, `RATE.ITEM.ROLE` and `RATE.VALUE`; an item id wins over a value id of the same name.
    private mutating func resolveParts(_ r: Reference, _ q: Entry) -> Target? {
        if r.path.count == 1 { return .answer(q) }
        guard case .rate(let catalogID, let values, _) = q.kind else {
            sink.report(.questionHasNoParts(r.dotted, question: q.id, kind: q.kind.name), at: r.location)
            return nil
        }
        guard let catalog = catalogs[catalogID], let items = itemIndex[catalogID] else { return nil }  // E008
        let second = r.path[1]
        if let i = items[second] {
            let item = catalog.items[i]
            if r.path.count == 2 { return .item(q, values: values) }
            let role = r.path[2]
            if item.roles.isEmpty {
                sink.report(.itemHasNoRoles(r.dotted, item: second, question: q.id), at: r.location)
                return nil
            }
            if !item.roles.contains(role) {
                sink.report(.noSuchRole(r.dotted, item: second, role: role, roles: item.roles), at: r.location)
                return nil
            }
            if r.path.count > 3 {
                sink.report(.tooManyParts(r.dotted), at: r.location)
                return nil
            }
            return .role(q, values: values)
        }
        if values.contains(where: { $0.id == second }) {
            if r.path.count > 2 {
                sink.report(.valueSetHasNoParts(r.dotted, question: q.id, value: second), at: r.location)
                return nil
            }
            return .valueSet(q)
        }
        let guess = Suggest.closest(to: second, in: catalog.items.map(\.id) + values.map(\.id))
        sink.report(
            .noItemOrValue(
                r.dotted, question: q.id, name: second, values: values.map(\.id),
                items: catalog.items.map(\.id), guess: guess), at: r.location)
        return nil
    }
}
