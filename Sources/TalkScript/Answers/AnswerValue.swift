/// One saved answer's value. Encoded in JSON as an object with one key naming its shape,
/// for example `{"text": "..."}`, `{"options": ["water", "quiet"]}` or `{"skipped": true}`.
public enum AnswerValue: Sendable, Equatable {
    /// text and word questions
    case text(String)
    /// lines and list questions
    case lines([String])
    /// choice: the option id
    case option(String)
    /// choices: the option ids, in the talk's order
    case options([String])
    /// scale
    case number(Int)
    /// date: wall-clock date and time
    case date(LocalDateTime)
    /// yesno
    case bool(Bool)
    /// rate: every item key ("spanking.giving") to a rating value, nil when left blank; and own additions
    case ratings(RatingSheet)
    /// `:skip`, or Enter on an optional question. Never counts as "no".
    case skipped

    public var isSkipped: Bool { self == .skipped }
}

/// A person's ratings of one catalog, built up item by item.
public struct RatingSheet: Sendable, Equatable, Codable {
    /// Item key ("hair-pulling", "spanking.giving", "own-1") to rating value id; nil: left blank.
    public var ratings: [String: String?]
    /// The person's own items, in the order added; rated under the keys own-1, own-2, ...
    /// nil until the person has been asked for additions.
    public var additions: [String]?
    /// Item key to the condition a rating was given with ("maybe: only if we go slow"); nil when none has one.
    public var conditions: [String: String]?
    /// Item keys rated as tried before ("yes tried"), in the order rated; nil when none is.
    public var tried: [String]?

    public init(
        ratings: [String: String?] = [:], additions: [String]? = nil, conditions: [String: String]? = nil,
        tried: [String]? = nil
    ) {
        self.ratings = ratings
        self.additions = additions
        self.conditions = conditions
        self.tried = tried
    }

    public static func additionKey(_ index: Int) -> String { "own-\(index + 1)" }
}

extension AnswerValue: Codable {
    private enum Key: String, CodingKey {
        case text, lines, option, options, number, date, yes, ratings, additions, conditions, tried, skipped
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        if let v = try c.decodeIfPresent(String.self, forKey: .text) {
            self = .text(v)
        } else if let v = try c.decodeIfPresent([String].self, forKey: .lines) {
            self = .lines(v)
        } else if let v = try c.decodeIfPresent(String.self, forKey: .option) {
            self = .option(v)
        } else if let v = try c.decodeIfPresent([String].self, forKey: .options) {
            self = .options(v)
        } else if let v = try c.decodeIfPresent(Int.self, forKey: .number) {
            self = .number(v)
        } else if let v = try c.decodeIfPresent(String.self, forKey: .date) {
            guard let d = LocalDateTime(iso: v) else {
                throw DecodingError.dataCorruptedError(forKey: .date, in: c, debugDescription: "not a date: \(v)")
            }
            self = .date(d)
        } else if let v = try c.decodeIfPresent(Bool.self, forKey: .yes) {
            self = .bool(v)
        } else if c.contains(.ratings) {
            let r = try c.decode([String: String?].self, forKey: .ratings)
            self = .ratings(
                RatingSheet(
                    ratings: r, additions: try c.decodeIfPresent([String].self, forKey: .additions),
                    conditions: try c.decodeIfPresent([String: String].self, forKey: .conditions),
                    tried: try c.decodeIfPresent([String].self, forKey: .tried)))
        } else if try c.decodeIfPresent(Bool.self, forKey: .skipped) == true {
            self = .skipped
        } else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "unknown answer shape"))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        switch self {
        case .text(let v): try c.encode(v, forKey: .text)
        case .lines(let v): try c.encode(v, forKey: .lines)
        case .option(let v): try c.encode(v, forKey: .option)
        case .options(let v): try c.encode(v, forKey: .options)
        case .number(let v): try c.encode(v, forKey: .number)
        case .date(let v): try c.encode(v.iso, forKey: .date)
        case .bool(let v): try c.encode(v, forKey: .yes)
        case .ratings(let sheet):
            try c.encode(sheet.ratings, forKey: .ratings)
            try c.encodeIfPresent(sheet.additions, forKey: .additions)
            try c.encodeIfPresent(sheet.conditions, forKey: .conditions)
            try c.encodeIfPresent(sheet.tried, forKey: .tried)
        case .skipped: try c.encode(true, forKey: .skipped)
        }
    }
}
