/// A `when` condition over earlier answers and the talk's mode.
public indirect enum Condition: Sendable, Equatable {
    /// `ref` alone: answered, and not skipped or left empty.
    case answered(Reference)
    /// `ref == value`, `ref != value`, `ref < 3` (numbers only for the ordering operators).
    case compare(Reference, Comparison, Literal)
    /// `ref in [a, b]`: the answer is one of these (for several-valued answers: any of them is).
    case oneOf(Reference, [Literal])
    /// `ref contains value`: a several-valued answer (choices, list) holds this value.
    case contains(Reference, Literal)
    /// `ref refused`, on a joint (`both`) question: someone other than the person it is evaluated for
    /// would not agree to it (declined and left it, skipped it once something was proposed, or proposed
    /// "no"). A flag on it is raised privately for each person it holds for: the one who was refused.
    case refused(Reference)
    case not(Condition)
    case and(Condition, Condition)
    case or(Condition, Condition)

    /// Whether it is about one person's point of view (`refused`): a flag on it is raised per person.
    public var isPersonal: Bool {
        switch self {
        case .refused: true
        case .answered, .compare, .oneOf, .contains: false
        case .not(let c): c.isPersonal
        case .and(let a, let b), .or(let a, let b): a.isPersonal || b.isPersonal
        }
    }

    /// Every reference the condition reads.
    public var references: [Reference] {
        switch self {
        case .answered(let r), .compare(let r, _, _), .oneOf(let r, _), .contains(let r, _), .refused(let r): [r]
        case .not(let c): c.references
        case .and(let a, let b), .or(let a, let b): a.references + b.references
        }
    }
}

public enum Comparison: String, Sendable, Equatable {
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
}

/// A value written in a condition: a bare word (`yes`, an option or item id), a number or a string.
public struct Literal: Sendable, Equatable {
    public enum Value: Sendable, Equatable {
        case word(String)
        case number(Int)
        case string(String)
    }

    public var value: Value
    public var location: SourceLocation

    public init(_ value: Value, location: SourceLocation = .unknown) {
        self.value = value
        self.location = location
    }

    /// The value as text, for comparing with answers.
    public var text: String {
        switch value {
        case .word(let w): w
        case .number(let n): String(n)
        case .string(let s): s
        }
    }
}
