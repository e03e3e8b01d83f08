import CompactCoding

/// Conditions, templates and the references in them.
extension CompiledForm.Encoder {
    mutating func condition(_ c: Condition) {
        switch c {
        case .answered(let ref):
            w.byte(0)
            reference(ref)
        case .compare(let ref, let comparison, let literal):
            w.byte(1)
            reference(ref)
            w.string(comparison.rawValue)
            self.literal(literal)
        case .oneOf(let ref, let literals):
            w.byte(2)
            reference(ref)
            array(literals) { $0.literal($1) }
        case .contains(let ref, let literal):
            w.byte(3)
            reference(ref)
            self.literal(literal)
        case .refused(let ref):
            w.byte(4)
            reference(ref)
        case .not(let inner):
            w.byte(5)
            condition(inner)
        case .and(let a, let b):
            w.byte(6)
            condition(a)
            condition(b)
        case .or(let a, let b):
            w.byte(7)
            condition(a)
            condition(b)
        }
    }

    mutating func literal(_ l: Literal) {
        switch l.value {
        case .word(let s):
            w.byte(0)
            w.string(s)
        case .number(let n):
            w.byte(1)
            w.int(n)
        case .string(let s):
            w.byte(2)
            w.string(s)
        }
        location(l.location)
    }

    mutating func template(_ t: Template) {
        array(t.parts) { e, part in
            switch part {
            case .text(let s):
                e.w.byte(0)
                e.w.string(s)
            case .reference(let ref):
                e.w.byte(1)
                e.reference(ref)
            }
        }
        location(t.location)
    }

    mutating func reference(_ ref: Reference) {
        w.strings(ref.path)
        location(ref.location)
    }
}

extension CompiledForm.Decoder {
    /// Conditions nest: deeper than this is damage, not a talk (and would exhaust the stack).
    static let deepest = 200

    mutating func condition(depth: Int = 0) throws(CompactReader.Failure) -> Condition {
        guard depth < Self.deepest else { throw r.failure("conditions nested too deep") }
        switch try tag() {
        case 0: return .answered(try reference())
        case 1:
            let ref = try reference()
            return .compare(ref, try raw(Comparison.self), try literal())
        case 2:
            let ref = try reference()
            return .oneOf(ref, try array { d throws(CompactReader.Failure) in try d.literal() })
        case 3:
            let ref = try reference()
            return .contains(ref, try literal())
        case 4: return .refused(try reference())
        case 5: return .not(try condition(depth: depth + 1))
        case 6:
            let a = try condition(depth: depth + 1)
            return .and(a, try condition(depth: depth + 1))
        case 7:
            let a = try condition(depth: depth + 1)
            return .or(a, try condition(depth: depth + 1))
        default: throw unknown("condition")
        }
    }

    mutating func literal() throws(CompactReader.Failure) -> Literal {
        let value: Literal.Value
        switch try tag() {
        case 0: value = .word(try r.string())
        case 1: value = .number(try r.int())
        case 2: value = .string(try r.string())
        default: throw unknown("literal")
        }
        return Literal(value, location: try location())
    }

    mutating func template() throws(CompactReader.Failure) -> Template {
        let parts = try array { d throws(CompactReader.Failure) -> Template.Part in
            switch try d.tag() {
            case 0: return .text(try d.r.string())
            case 1: return .reference(try d.reference())
            default: throw d.unknown("part of a text")
            }
        }
        return Template(parts: parts, location: try location())
    }

    mutating func reference() throws(CompactReader.Failure) -> Reference {
        Reference(path: try r.strings(), location: try location())
    }
}
