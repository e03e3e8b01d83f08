/// A parsed talk: the value every other part of Candor works from.
///
/// Ids (steps, questions, catalogs, items, options, card lines) are stable: saved answers are keyed
/// by them, so reordering or adding questions never breaks a saved talk.
public struct Script: Sendable, Equatable {
    public var id: String
    public var title: String
    public var version: Int
    public var about: String?
    /// `reviews agreements`: the talk starts by offering the same people's standing agreements again, to
    /// keep, change or drop (a check-in, a debrief).
    public var reviewsAgreements: Bool
    public var catalogs: [Catalog]
    public var steps: [Step] {
        didSet { (questions, questionIndex) = Script.index(steps) }
    }
    /// The rehearsal card ("my script") built from answers at the end of a practice talk.
    public var card: Card?
    public var location: SourceLocation

    public init(
        id: String, title: String, version: Int, about: String? = nil, reviewsAgreements: Bool = false,
        catalogs: [Catalog] = [], steps: [Step] = [], card: Card? = nil, location: SourceLocation = .unknown
    ) {
        self.id = id
        self.title = title
        self.version = version
        self.about = about
        self.reviewsAgreements = reviewsAgreements
        self.catalogs = catalogs
        self.steps = steps
        self.card = card
        self.location = location
        (questions, questionIndex) = Script.index(steps)
    }

    /// The id of the readiness check's step, which Candor places before every talk. Reserved: a talk
    /// file cannot define it, or any id starting with `ready-`.
    public static let readinessStepId = "ready"

    /// Names that mean something of their own in conditions and text, so no question may take them:
    /// `name` and `partner` (text), `mode` and `flagged` (conditions).
    public static let builtInNames: Set<String> = ["name", "partner", "mode", "flagged"]

    public static func isReserved(_ id: String) -> Bool {
        id == readinessStepId || id.hasPrefix(readinessStepId + "-")
    }

    public func catalog(_ id: String) -> Catalog? { catalogs.first { $0.id == id } }

    /// Every question in talk order. Kept beside `steps` (rebuilt whenever they change) with an index by
    /// id, because the engine looks questions up while walking the talk: rebuilding them on every call
    /// makes resuming a long talk slow.
    public private(set) var questions: [Question] = []
    private var questionIndex: [String: Int] = [:]

    /// The first question with this id.
    public func question(_ id: String) -> Question? { questionIndex[id].map { questions[$0] } }

    private static func index(_ steps: [Step]) -> ([Question], [String: Int]) {
        var all: [Question] = []
        all.reserveCapacity(steps.reduce(0) { $0 + $1.nodes.count })
        for step in steps {
            for case .ask(let q) in step.nodes { all.append(q) }
        }
        var index: [String: Int] = [:]
        index.reserveCapacity(all.count)
        for (i, q) in all.enumerated() where index[q.id] == nil { index[q.id] = i }
        return (all, index)
    }
}

/// Where something was written: file, line and column, all 1-based.
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public static let unknown = SourceLocation(file: "<unknown>", line: 0, column: 0)

    public var description: String { "\(file):\(line):\(column)" }
}
