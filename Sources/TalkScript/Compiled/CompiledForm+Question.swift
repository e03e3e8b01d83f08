import CompactCoding

/// A question: its kind (options, rating values, scale labels), texts and rules.
extension CompiledForm.Encoder {
    mutating func question(_ q: Question) {
        w.string(q.id)
        kind(q.kind)
        template(q.text)
        switch q.who {
        case .each: w.byte(0)
        case .both: w.byte(1)
        }
        optional(q.help) { $0.template($1) }
        optional(q.why) { $0.template($1) }
        optional(q.defaultValue) { $0.template($1) }
        w.bool(q.optional)
        w.bool(q.required)
        optional(q.condition) { $0.condition($1) }
        array(q.rejects) { $0.wordRule($1) }
        array(q.warnings) { $0.wordRule($1) }
        optional(q.minLength) { $0.w.int($1) }
        optional(q.maxLength) { $0.w.int($1) }
        optional(q.reflect) { $0.template($1) }
        w.bool(q.reveal)
        optional(q.differ) { $0.template($1) }
        optional(q.standing) { $0.w.string($1.rawValue) }
        location(q.location)
    }

    mutating func kind(_ k: QuestionKind) {
        switch k {
        case .text: w.byte(0)
        case .lines: w.byte(1)
        case .list: w.byte(2)
        case .choice(let options):
            w.byte(3)
            array(options) { $0.option($1) }
        case .choices(let options):
            w.byte(4)
            array(options) { $0.option($1) }
        case .rate(let catalog, let values, let additions):
            w.byte(5)
            w.string(catalog)
            array(values) { e, v in
                e.w.string(v.id)
                e.w.string(v.label)
            }
            optional(additions) { $0.template($1) }
        case .scale(let min, let max, let labels):
            w.byte(6)
            w.int(min)
            w.int(max)
            array(labels) { e, l in
                e.w.int(l.value)
                e.w.string(l.label)
            }
        case .date: w.byte(7)
        case .yesno(let age):
            w.byte(8)
            optional(age) { $0.w.int($1) }
        case .word: w.byte(9)
        }
    }

    mutating func option(_ o: Option) {
        w.string(o.id)
        w.string(o.label)
        optional(o.minutes) { $0.w.int($1) }
        optional(o.repeats) { $0.w.string($1.rawValue) }
        location(o.location)
    }

    mutating func wordRule(_ rule: WordRule) {
        w.strings(rule.words)
        template(rule.message)
        location(rule.location)
    }
}

extension CompiledForm.Decoder {
    mutating func question() throws(CompactReader.Failure) -> Question {
        let id = try r.string()
        let kind = try kind()
        let text = try template()
        let who: Who
        switch try tag() {
        case 0: who = .each
        case 1: who = .both
        default: throw unknown("asked of whom")
        }
        let help = try optional { d throws(CompactReader.Failure) in try d.template() }
        let why = try optional { d throws(CompactReader.Failure) in try d.template() }
        let defaultValue = try optional { d throws(CompactReader.Failure) in try d.template() }
        let isOptional = try r.bool()
        let required = try r.bool()
        let condition = try optional { d throws(CompactReader.Failure) in try d.condition() }
        let rejects = try array { d throws(CompactReader.Failure) in try d.wordRule() }
        let warnings = try array { d throws(CompactReader.Failure) in try d.wordRule() }
        let minLength = try optional { d throws(CompactReader.Failure) in try d.r.int() }
        let maxLength = try optional { d throws(CompactReader.Failure) in try d.r.int() }
        let reflect = try optional { d throws(CompactReader.Failure) in try d.template() }
        let reveal = try r.bool()
        let differ = try optional { d throws(CompactReader.Failure) in try d.template() }
        let standing = try optional { d throws(CompactReader.Failure) in try d.raw(StandingKind.self) }
        return Question(
            id: id, kind: kind, text: text, who: who, help: help, why: why, defaultValue: defaultValue,
            optional: isOptional, required: required, condition: condition, rejects: rejects, warnings: warnings,
            minLength: minLength, maxLength: maxLength, reflect: reflect, reveal: reveal, differ: differ,
            standing: standing, location: try location())
    }

    mutating func kind() throws(CompactReader.Failure) -> QuestionKind {
        switch try tag() {
        case 0: return .text
        case 1: return .lines
        case 2: return .list
        case 3: return .choice(try array { d throws(CompactReader.Failure) in try d.option() })
        case 4: return .choices(try array { d throws(CompactReader.Failure) in try d.option() })
        case 5:
            let catalog = try r.string()
            let values = try array { d throws(CompactReader.Failure) in
                RatingValue(id: try d.r.string(), label: try d.r.string())
            }
            let additions = try optional { d throws(CompactReader.Failure) in try d.template() }
            return .rate(catalog: catalog, values: values, additions: additions)
        case 6:
            let min = try r.int()
            let max = try r.int()
            let labels = try array { d throws(CompactReader.Failure) in
                ScaleLabel(value: try d.r.int(), label: try d.r.string())
            }
            return .scale(min: min, max: max, labels: labels)
        case 7: return .date
        case 8: return .yesno(age: try optional { d throws(CompactReader.Failure) in try d.r.int() })
        case 9: return .word
        default: throw unknown("kind of question")
        }
    }

    mutating func option() throws(CompactReader.Failure) -> Option {
        var o = Option(id: try r.string(), label: try r.string())
        o.minutes = try optional { d throws(CompactReader.Failure) in try d.r.int() }
        o.repeats = try optional { d throws(CompactReader.Failure) in try d.raw(Repeat.self) }
        o.location = try location()
        return o
    }

    mutating func wordRule() throws(CompactReader.Failure) -> WordRule {
        WordRule(words: try r.strings(), message: try template(), location: try location())
    }
}
