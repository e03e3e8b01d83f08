import CompactCoding
import TalkEngine
import TalkScript

/// A record's answers in the compact form: by question, by person, each answer's kind, version, time and
/// value, with no key names. The part of a snapshot that grows with the talk.
enum AnswerCoding {
    static func write(_ answers: [String: [PersonID: Answer]], to w: inout CompactWriter) {
        w.array(answers) { w, question in
            w.string(question.key)
            w.array(question.value) { w, byPerson in
                w.string(byPerson.key.rawValue)
                write(byPerson.value, to: &w)
            }
        }
    }

    static func read(from r: inout CompactReader) throws(CompactReader.Failure) -> [String: [PersonID: Answer]] {
        let questions = try r.count()
        var answers: [String: [PersonID: Answer]] = [:]
        answers.reserveCapacity(questions)
        for _ in 0..<questions {
            let question = try r.string()
            let people = try r.count()
            var byPerson: [PersonID: Answer]
            if people == 1 {
                // Most questions have one person's answer: a literal is made at its size, where
                // reserving capacity first cost a third of reading the answers.
                let person = PersonID(rawValue: try r.string())
                byPerson = [person: try read(from: &r)]
            } else {
                byPerson = Dictionary(minimumCapacity: people)
                for _ in 0..<people {
                    let person = PersonID(rawValue: try r.string())
                    guard byPerson.updateValue(try read(from: &r), forKey: person) == nil else {
                        throw r.failure("a person twice")
                    }
                }
            }
            guard answers.updateValue(byPerson, forKey: question) == nil else { throw r.failure("a question twice") }
        }
        return answers
    }

    static func write(_ answer: Answer, to w: inout CompactWriter) {
        w.string(answer.kind)
        w.int(answer.talkVersion)
        w.int64(answer.at.epochSeconds)
        w.int(answer.at.utcOffset)
        write(answer.value, to: &w)
    }

    static func read(from r: inout CompactReader) throws(CompactReader.Failure) -> Answer {
        let kind = try r.string()
        let version = try r.int()
        let at = Moment(epochSeconds: try r.int64(), utcOffset: try r.int())
        return Answer(value: try readValue(from: &r), at: at, kind: kind, talkVersion: version)
    }

    /// A tag byte per shape of value, then its parts.
    private enum Tag: UInt8 {
        case text, lines, option, options, number, date, bool, ratings, skipped
    }

    static func write(_ value: AnswerValue, to w: inout CompactWriter) {
        switch value {
        case .text(let s):
            w.byte(Tag.text.rawValue)
            w.string(s)
        case .lines(let l):
            w.byte(Tag.lines.rawValue)
            w.strings(l)
        case .option(let s):
            w.byte(Tag.option.rawValue)
            w.string(s)
        case .options(let l):
            w.byte(Tag.options.rawValue)
            w.strings(l)
        case .number(let n):
            w.byte(Tag.number.rawValue)
            w.int(n)
        case .date(let d):
            w.byte(Tag.date.rawValue)
            w.string(d.iso)
        case .bool(let b):
            w.byte(Tag.bool.rawValue)
            w.bool(b)
        case .ratings(let sheet):
            w.byte(Tag.ratings.rawValue)
            w.array(sheet.ratings) { w, rating in
                w.string(rating.key)
                w.optionalString(rating.value)
            }
            w.optional(sheet.additions) { $0.strings($1) }
            w.optional(sheet.conditions) { w, conditions in
                w.array(conditions) { w, condition in
                    w.string(condition.key)
                    w.string(condition.value)
                }
            }
            w.optional(sheet.tried) { $0.strings($1) }
        case .skipped:
            w.byte(Tag.skipped.rawValue)
        }
    }

    static func readValue(from r: inout CompactReader) throws(CompactReader.Failure) -> AnswerValue {
        guard let tag = Tag(rawValue: try r.byte()) else { throw r.failure("an answer of no known shape") }
        switch tag {
        case .text: return .text(try r.string())
        case .lines: return .lines(try r.strings())
        case .option: return .option(try r.string())
        case .options: return .options(try r.strings())
        case .number: return .number(try r.int())
        case .date:
            guard let date = LocalDateTime(iso: try r.string()) else { throw r.failure("not a date") }
            return .date(date)
        case .bool: return .bool(try r.bool())
        case .ratings:
            var sheet = RatingSheet()
            let n = try r.count()
            sheet.ratings.reserveCapacity(n)
            for _ in 0..<n {
                let key = try r.string()
                sheet.ratings[key] = .some(try r.optionalString())
            }
            sheet.additions = try r.optional { r throws(CompactReader.Failure) in try r.strings() }
            sheet.conditions = try r.optional { r throws(CompactReader.Failure) in
                let n = try r.count()
                var conditions: [String: String] = [:]
                for _ in 0..<n { conditions[try r.string()] = try r.string() }
                return conditions
            }
            sheet.tried = try r.optional { r throws(CompactReader.Failure) in try r.strings() }
            return .ratings(sheet)
        case .skipped: return .skipped
        }
    }
}
