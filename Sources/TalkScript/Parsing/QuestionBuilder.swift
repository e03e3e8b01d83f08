/// A question while its `ask` line and attribute lines are read; `finish` turns it into a `Question`.
struct QuestionBuilder: Sendable {
    var question: Question
    /// The kind's keyword; nil when unknown (reported as E003).
    var kindName: QuestionKindName?
    /// The ask line did not parse fully: keep the question for ids and order, check nothing more.
    var unchecked = false
    var options: [Option] = []
    var catalog = ""
    var catalogLocation: SourceLocation?
    /// Rating values in scale order, with where each was written.
    var values: [(id: String, location: SourceLocation)] = []
    var valueLabels: [String: String] = [:]
    var scaleMin = 0
    var scaleMax = 0
    var scaleLabels: [ScaleLabel] = []
    var additions: Template?
    var maxLocation: SourceLocation?
    /// `age N` on a yesno question.
    var age: Int?
    /// Attributes given so far, one bit per `Keyword`, to report those that may be given only once.
    private var seenBits: UInt64 = 0

    func seen(_ k: Keyword) -> Bool { seenBits & (1 << UInt64(k.rawValue)) != 0 }
    mutating func see(_ k: Keyword) { seenBits |= 1 << UInt64(k.rawValue) }

    init(id: String, location: SourceLocation) {
        question = Question(id: id, kind: .text, text: Template(parts: []), location: location)
    }

    func finish(into sink: inout DiagnosticSink) -> Question {
        var q = question
        guard !unchecked, let kindName else { return q }
        switch kindName {
        case .text: q.kind = .text
        case .lines: q.kind = .lines
        case .list: q.kind = .list
        case .date: q.kind = .date
        case .yesno: q.kind = .yesno(age: age)
        case .word: q.kind = .word
        case .choice, .choices:
            if options.count < 2 {
                sink.report(.tooFewOptions(kindName, question: q.id), at: q.location)
            }
            q.kind = kindName == .choice ? .choice(options) : .choices(options)
        case .rate:
            var rating: [RatingValue] = []
            for value in values {
                if let label = valueLabels[value.id] ?? RatingValue.standardLabel(value.id) {
                    rating.append(RatingValue(id: value.id, label: label))
                } else {
                    sink.report(.valueWithoutLabel(value.id), at: value.location)
                    rating.append(RatingValue(id: value.id, label: value.id))
                }
            }
            q.kind = .rate(catalog: catalog, values: rating, additions: additions)
        case .scale:
            q.kind = .scale(min: scaleMin, max: scaleMax, labels: scaleLabels)
        }
        if let min = q.minLength, let max = q.maxLength, min > max {
            sink.report(.maxBelowMin(max: max, min: min), at: maxLocation ?? q.location)
        }
        return q
    }
}
