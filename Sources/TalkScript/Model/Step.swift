/// One step of a talk ("Write it down"): coaching text, questions, flags and stop rules, in order.
public struct Step: Sendable, Equatable {
    public var id: String
    public var title: String
    /// False for steps outside the numbered flow, such as the readiness check.
    public var numbered: Bool
    public var condition: Condition?
    public var nodes: [Node]
    public var location: SourceLocation

    public init(
        id: String, title: String, numbered: Bool = true, condition: Condition? = nil, nodes: [Node] = [],
        location: SourceLocation = .unknown
    ) {
        self.id = id
        self.title = title
        self.numbered = numbered
        self.condition = condition
        self.nodes = nodes
        self.location = location
    }
}

/// `indirect` keeps a node one pointer wide: steps are walked often, and a `Question` is large.
public indirect enum Node: Sendable, Equatable {
    case say(Say)
    case ask(Question)
    case flag(Flag)
    case stop(StopRule)
}

/// Coaching text, shown when the talk reaches it (and its condition holds).
public struct Say: Sendable, Equatable {
    public var text: Template
    public var condition: Condition?
    public var location: SourceLocation

    public init(text: Template, condition: Condition? = nil, location: SourceLocation = .unknown) {
        self.text = text
        self.condition = condition
        self.location = location
    }
}

/// A warning sign. When the talk reaches it and its condition holds, it is recorded and its message
/// (what this means, where to get help) is shown.
public struct Flag: Sendable, Equatable {
    public var id: String
    public var condition: Condition
    public var message: Template
    public var location: SourceLocation

    public init(id: String, condition: Condition, message: Template, location: SourceLocation = .unknown) {
        self.id = id
        self.condition = condition
        self.message = message
        self.location = location
    }
}

/// Ends the talk kindly when its condition holds (the readiness check uses these).
public struct StopRule: Sendable, Equatable {
    public var condition: Condition
    public var message: Template
    public var location: SourceLocation

    public init(condition: Condition, message: Template, location: SourceLocation = .unknown) {
        self.condition = condition
        self.message = message
        self.location = location
    }
}

/// The rehearsal card: first-person lines built from answers, read out loud at the end of practice.
public struct Card: Sendable, Equatable {
    public var title: String
    public var lines: [CardLine]
    public var location: SourceLocation

    public init(title: String, lines: [CardLine] = [], location: SourceLocation = .unknown) {
        self.title = title
        self.lines = lines
        self.location = location
    }
}

public struct CardLine: Sendable, Equatable {
    public var id: String
    public var template: Template
    public var condition: Condition?
    public var location: SourceLocation

    public init(id: String, template: Template, condition: Condition? = nil, location: SourceLocation = .unknown) {
        self.id = id
        self.template = template
        self.condition = condition
        self.location = location
    }
}
