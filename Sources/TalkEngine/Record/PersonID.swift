/// Who someone is within a talk: `p1`, `p2`, stable for the talk's life. Answers, flags and agreements
/// are keyed by it; names can change, ids never do. On disk and in JSON it is the plain string.
public struct PersonID: RawRepresentable, Hashable, Comparable, Sendable, Codable, CodingKeyRepresentable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// For tests and fixtures; Candor itself makes ids only with `first` and `numbered`.
    public init(stringLiteral value: String) { self.rawValue = value }

    /// The one person practising alone, and the first of two together.
    public static let first = numbered(1)

    /// The n-th person of a talk, from 1.
    public static func numbered(_ n: Int) -> PersonID { PersonID("p\(n)") }

    public static func < (a: PersonID, b: PersonID) -> Bool { a.rawValue < b.rawValue }

    public var description: String { rawValue }
}
