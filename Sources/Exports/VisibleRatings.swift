import TalkEngine
import TalkScript

/// The rating sheets an export may show for one rated question: practising alone, the person's own;
/// together, only with everything opened (`--all`), since a sheet is one person's private ratings.
/// The one rule CSV and KinkList text share.
struct VisibleRatings {
    let person: Participant
    /// The name a row or column is headed with: the person's name, else "you" alone, else their id.
    let name: String
    let sheet: RatingSheet

    static func of(_ question: Question, in record: Record, everything: Bool) -> [VisibleRatings] {
        guard everything || record.mode == .practice else { return [] }
        return record.people.compactMap { person in
            guard let answer = record.answer(question.id, by: person.id), case .ratings(let sheet) = answer.value,
                !record.isWithheld(question: question.id, by: person.id) || record.mode == .practice
            else { return nil }
            let name = person.name ?? (record.people.count == 1 ? "you" : person.id.rawValue)
            return VisibleRatings(person: person, name: name, sheet: sheet)
        }
    }
}
