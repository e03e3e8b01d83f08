/// kinklist-v2's ratings in Candor's words, so a list filled in there can be brought to a talk: each
/// rated column becomes the rating of the item's role it names, typed as a person would type it.
extension KinkListV2Import {
    /// Candor's rating for a kinklist-v2 rating name (its defaults and common renames); nil for a name
    /// with no clear meaning, which is then asked afresh. "Dislike" is a no, not a hard limit: Candor's
    /// scale has no hard-limit rating, limits are their own question.
    public static func candorRating(_ name: String) -> String? {
        switch name.trimmingSpaces.lowercased() {
        case "favorite", "favourite", "love", "like", "yes": "yes"
        case "okay", "ok", "indifferent", "neutral", "maybe", "curious": "maybe"
        case "fantasy", "fantasy only": "fantasy"
        case "no", "limit", "hard limit", "dislike", "never": "no"
        default: nil
        }
    }

    /// The rating to offer for each rated key (an item's id, or "id.role" for an item asked from two
    /// sides), with the item's comment as its condition: "yes: soft fabrics, please".
    public static func ratingsByKey(_ imported: Imported) -> [String: String] {
        var categoryOf: [ListID: ListCategory] = [:]
        for category in imported.list.categories {
            for item in category.items { categoryOf[item.id] = category }
        }
        var out: [String: String] = [:]
        for answer in imported.answers {
            guard let category = categoryOf[answer.item] else { continue }
            let roles = category.roles.keys
            for rated in answer.ratings {
                guard let rating = candorRating(rated.rating) else { continue }
                let key: String
                if roles.isEmpty {
                    key = answer.item.rawValue
                } else {
                    guard let role = category.roles.key(forColumn: rated.column) else { continue }
                    key = answer.item.rawValue + "." + role
                }
                out[key] = answer.comment.map { "\(rating): \($0)" } ?? rating
            }
        }
        return out
    }
}
