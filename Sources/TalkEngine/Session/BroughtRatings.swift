import TalkScript

/// Ratings a person brought with a list (kinklist-v2 keeps them in its file), offered as each item's
/// default when practising alone: Enter keeps one, anything typed replaces it. Nothing is recorded that
/// the person did not confirm item by item. Never used in a together talk, where a default on the
/// screen would show one person's rating to the other.
public struct BroughtRatings: Equatable, Sendable {
    /// Where they came from, said in the hint ("kinklist-v2").
    public let source: String
    /// Per rated key (an item's id, or "id.role"): the rating as it would be typed, condition included
    /// ("yes: soft fabrics, please").
    public let byKey: [String: String]

    public init(source: String, byKey: [String: String]) {
        self.source = source
        self.byKey = byKey
    }
}

extension Session {
    /// The brought rating to offer for a key, when one applies: practising, and not yet rated.
    func broughtRating(_ key: String, sheet: RatingSheet) -> String? {
        guard record.mode == .practice, sheet.ratings[key] == nil else { return nil }
        return brought?.byKey[key]
    }
}
