/// `ask` lines and the attribute lines below them.
extension Parser {
    mutating func askStatement(_ location: SourceLocation, step: Int) {
        finishQuestion()
        askBroken = true
        guard let (id, _) = expectID("a question id after 'ask' (ask ID KIND \"Question\")") else { return }
        askBroken = false
        var b = QuestionBuilder(id: id, location: location)
        askLine(&b)
        if b.unchecked { pos = end }
        // A placeholder keeps the question's place among the step's nodes until its attributes are read.
        out.steps[step].nodes.append(.say(Say(text: Template(parts: []))))
        builderSlot = (step, out.steps[step].nodes.count - 1)
        builder = b
    }

    /// The rest of the ask line: `KIND [ARGS] "Question" [each|both] [optional] [required] [when COND]`.
    private mutating func askLine(_ b: inout QuestionBuilder) {
        guard let kindToken = current, kindToken.kind == .word else {
            expected("a question kind (\(QuestionKindName.keywords.joined(separator: ", ")))")
            b.unchecked = true
            return
        }
        pos += 1
        let kind = QuestionKindName(rawValue: text(kindToken))
        b.kindName = kind
        switch kind {
        case .rate:
            guard rateArguments(&b) else {
                b.unchecked = true
                return
            }
        case .scale:
            guard let (min, _) = expectNumber("the lowest number after 'scale' (scale MIN MAX)"),
                let (max, maxLocation) = expectNumber("the highest number after the lowest (scale MIN MAX)")
            else {
                b.unchecked = true
                return
            }
            if min >= max {
                sink.report(.scaleOrder(min: min, max: max), at: maxLocation)
            }
            b.scaleMin = min
            b.scaleMax = max
        case .some:
            break
        case nil:
            let name = text(kindToken)
            let guess = Suggest.closest(to: name, in: QuestionKindName.keywords)
            sink.report(.unknownKind(name, guess: guess), at: location(kindToken))
            b.unchecked = true
            while let t = current, t.kind != .string { pos += 1 }
        }
        if b.kindName == .rate && current?.kind != .string {
            // A rate question's text is optional: the catalog's title introduces the items.
            b.question.text = Template(parts: [], location: endLocation)
        } else {
            guard let questionText = expectTemplate("the question in quotes (ask ID KIND \"Question\")") else {
                b.unchecked = true
                return
            }
            b.question.text = questionText
        }
        while let t = current {
            if acceptWord("each") {
                b.question.who = .each
            } else if acceptWord("both") {
                b.question.who = .both
            } else if acceptWord("optional") {
                b.question.optional = true
                b.see(.optional)
            } else if acceptWord("required") {
                b.question.required = true
                b.see(.required)
            } else if acceptWord("when") {
                b.see(.when)
                guard let condition = condition() else { return }
                b.question.condition = condition
            } else {
                if t.kind != .broken {
                    sink.report(.unexpectedAfterQuestion(describe(t)), at: location(t))
                }
                pos = end
                return
            }
        }
    }

    /// The words that may end an ask line, so they also end a rate's list of values.
    private var isAskLineEnding: Bool {
        isWord("each") || isWord("both") || isWord("optional") || isWord("required") || isWord("when")
    }

    /// `CATALOG as VALUE...` after `rate`. False when it could not be read.
    private mutating func rateArguments(_ b: inout QuestionBuilder) -> Bool {
        let usage = "rate CATALOG as VALUE..."
        guard let (catalog, catalogLocation) = expectID("the catalog to rate after 'rate' (\(usage))") else {
            return false
        }
        b.catalog = catalog
        b.catalogLocation = catalogLocation
        guard let asToken = current, acceptWord("as") else {
            expected("'as' and the rating values after the catalog (\(usage))")
            return false
        }
        while let t = current, t.kind == .word, !isAskLineEnding {
            let value = text(t)
            if b.values.contains(where: { $0.id == value }) {
                sink.report(.duplicateRatingValue(value), at: location(t))
            } else {
                b.values.append((value, location(t)))
            }
            pos += 1
        }
        if b.values.isEmpty {
            sink.report(.rateWithoutValues, at: location(asToken))
        }
        return true
    }

    mutating func attribute(_ keyword: Keyword, _ location: SourceLocation) {
        let name = keyword.name
        guard case .step = section else {
            if case .broken = section { return }
            sink.report(.attributeWithoutAsk(name), at: location)
            return
        }
        if askBroken { return }
        guard var b = builder else {
            sink.report(.attributeWithoutAsk(name), at: location)
            return
        }
        builder = nil  // keeps `b` uniquely referenced while it is changed
        defer { builder = b }
        if !b.unchecked, let kinds = keyword.kinds, let kind = b.kindName, !kinds.contains(kind) {
            sink.report(.attributeNotForKind(name, kind: kind, kinds: kinds), at: location)
            return
        }
        if keyword.isSingle {
            if b.seen(keyword) {
                sink.report(.attributeTwice(name, question: b.question.id), at: location)
                return
            }
            b.see(keyword)
        }
        switch keyword {
        case .help, .why, .default, .reflect, .additions, .differ:
            guard let template = expectTemplate("the text in quotes after '\(name)'") else { return }
            switch keyword {
            case .help: b.question.help = template
            case .differ: b.question.differ = template
            case .why: b.question.why = template
            case .default: b.question.defaultValue = template
            case .reflect: b.question.reflect = template
            default: b.additions = template
            }
        case .optional: b.question.optional = true
        case .required: b.question.required = true
        case .reveal: b.question.reveal = true
        case .standing:
            guard let (word, wordLocation) = expectID("what the answer stands for after 'standing' (standing KIND)")
            else { return }
            guard let kind = StandingKind(rawValue: word) else {
                sink.report(.unknownStanding(word), at: wordLocation)
                return
            }
            b.question.standing = kind
        case .when:
            guard let condition = condition() else { return }
            b.question.condition = condition
        case .reject, .warn:
            var words: [String] = []
            while let t = current, t.kind == .word || t.kind == .number {
                words.append(text(t))
                pos += 1
            }
            if words.isEmpty {
                return expected(
                    "the words to \(name == "reject" ? "refuse" : "warn about"), then "
                        + "the reason in quotes (\(name) WORD... \"Reason\")")
            }
            guard let message = expectTemplate("the reason in quotes after the words") else { return }
            let rule = WordRule(words: words, message: message, location: location)
            if keyword == .reject { b.question.rejects.append(rule) } else { b.question.warnings.append(rule) }
        case .min, .max:
            guard let (n, numberLocation) = expectNumber("a number after '\(name)'") else { return }
            if n < 0 { sink.report(.negativeLength(name), at: numberLocation) }
            if keyword == .min {
                b.question.minLength = n
            } else {
                b.question.maxLength = n
                b.maxLocation = numberLocation
            }
        case .age:
            guard
                let (n, numberLocation) = expectNumber(
                    "the age after 'age' (age N: a number typed as the answer "
                        + "is an age, N or older counts as yes)")
            else { return }
            if !Question.ages.contains(n) {
                sink.report(.notAnAge(n), at: numberLocation)
            }
            b.age = n
        case .option:
            guard let (id, _) = expectID("the option's id after 'option' (option ID \"Label\")"),
                let label = expectPlainText("the option's label in quotes", usage: "a label", oneLine: true)
            else { return }
            if b.options.contains(where: { $0.id == id }) {
                sink.report(.duplicateOption(id, question: b.question.id), at: location)
                return
            }
            var option = Option(id: id, label: label, location: location)
            guard optionMeaning(&option) else { return }
            b.options.append(option)
        case .value:
            guard let (id, idLocation) = expectID("the rating value after 'value' (value ID \"Label\")"),
                let label = expectPlainText("the value's label in quotes", usage: "a label", oneLine: true)
            else { return }
            if !b.unchecked && !b.values.contains(where: { $0.id == id }) {
                sink.report(
                    .unknownRatingValue(id, question: b.question.id, values: b.values.map(\.id)), at: idLocation)
                return
            }
            if b.valueLabels[id] != nil {
                sink.report(.duplicateValueLabel(id), at: location)
                return
            }
            b.valueLabels[id] = label
        case .label:
            guard let (n, numberLocation) = expectNumber("the number after 'label' (label N \"Label\")"),
                let label = expectPlainText("the label in quotes", usage: "a label", oneLine: true)
            else { return }
            if !b.unchecked && (n < b.scaleMin || n > b.scaleMax) {
                sink.report(.labelOutsideScale(n, min: b.scaleMin, max: b.scaleMax), at: numberLocation)
                return
            }
            if b.scaleLabels.contains(where: { $0.value == n }) {
                sink.report(.duplicateScaleLabel(n), at: location)
                return
            }
            b.scaleLabels.append(ScaleLabel(value: n, label: label))
        default:
            break
        }
        expectEnd(after: "'\(name)'")
    }

    /// What an option means beyond its label, after it: `lasts N minutes|hours`, `repeats daily|weekly|
    /// monthly|yearly`. False when it could not be read (reported).
    mutating func optionMeaning(_ option: inout Option) -> Bool {
        while let t = current, t.kind == .word {
            let at = location(t)
            if acceptWord("lasts") {
                guard let (n, _) = expectNumber("a number after 'lasts' (lasts N minutes)") else { return false }
                if acceptWord("minutes") || acceptWord("minute") {
                    option.minutes = n
                } else if acceptWord("hours") || acceptWord("hour") {
                    option.minutes = n * 60
                } else {
                    sink.report(
                        .unreadableMeaning("'minutes' or 'hours' after 'lasts \(n)'"), at: current.map(location) ?? at)
                    return false
                }
            } else if acceptWord("repeats") {
                guard let (word, wordLocation) = expectID("how often after 'repeats' (repeats monthly)") else {
                    return false
                }
                guard let repeats = Repeat(rawValue: word) else {
                    sink.report(
                        .unreadableMeaning(
                            "'repeats \(word)': say " + Repeat.allCases.map(\.rawValue).joined(separator: ", ")),
                        at: wordLocation)
                    return false
                }
                option.repeats = repeats
            } else {
                return true
            }
        }
        return true
    }
}
