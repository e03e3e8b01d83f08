extension DistressPhrases {
    /// One phrase's pattern, read from its words (see `phrases`), matched against a text's words.
    struct Pattern {
        enum Part {
            /// One of these words; optional ones may be left out.
            case word(Set<String>, optional: Bool)
            /// The next words are not one of these sequences; takes no word.
            case notNext([[String]])
            case someone
            case person
            case them
            /// Up to `max` words from the set.
            case any(Set<String>, max: Int)
        }

        let parts: [Part]
        /// Words one of which any match holds (its first word that may not be left out), so a text with
        /// none of them is passed over without trying the pattern at every word.
        let anchor: Set<String>?

        init(_ text: String) {
            parts = text.split(separator: " ").map { piece -> Part in
                switch piece {
                case "SOMEONE": return .someone
                case "PERSON": return .person
                case "THEM": return .them
                case "ADV*": return .any(DistressPhrases.adverbs, max: 3)
                case "FILL*": return .any(DistressPhrases.fillers, max: 3)
                default:
                    if piece.hasPrefix("!") {
                        return .notNext(
                            piece.dropFirst().split(separator: "|").map { $0.split(separator: "+").map(String.init) })
                    }
                    let optional = piece.hasSuffix("?")
                    let words = (optional ? piece.dropLast() : piece).split(separator: "|").map(String.init)
                    return .word(Set(words), optional: optional)
                }
            }
            anchor =
                parts.lazy.compactMap { part -> Set<String>? in
                    if case .word(let words, optional: false) = part { words } else { nil }
                }.first
        }

        /// The end of a match of the whole pattern starting at `start`, or nil.
        func match(_ tokens: [String], from start: Int, _ people: Vocabulary) -> Int? {
            match(tokens, part: 0, at: start, people)
        }

        private func match(_ tokens: [String], part: Int, at i: Int, _ people: Vocabulary) -> Int? {
            guard part < parts.count else { return i }
            let next = part + 1
            switch parts[part] {
            case .word(let words, let optional):
                if i < tokens.count, words.contains(tokens[i]), let end = match(tokens, part: next, at: i + 1, people) {
                    return end
                }
                return optional ? match(tokens, part: next, at: i, people) : nil
            case .notNext(let sequences):
                if sequences.contains(where: { tokens[i...].starts(with: $0) }) { return nil }
                return match(tokens, part: next, at: i, people)
            case .someone, .person, .them:
                let choices: [[String]]
                switch parts[part] {
                case .someone: choices = people.someone
                case .person: choices = people.person
                default: choices = people.them
                }
                // Compared in place: an array made per person and place was most of the time an answer took.
                guard i < tokens.count else { return nil }
                for seq in choices
                where seq.first == tokens[i] && i + seq.count <= tokens.count
                    && tokens[i..<(i + seq.count)].elementsEqual(seq)
                {
                    if let end = match(tokens, part: next, at: i + seq.count, people) { return end }
                }
                return nil
            case .any(let words, let max):
                var j = i
                while true {
                    if let end = match(tokens, part: next, at: j, people) { return end }
                    guard j - i < max, j < tokens.count, words.contains(tokens[j]) else { return nil }
                    j += 1
                }
            }
        }
    }
}
