/// The statement keywords of the talk language. Recognised straight from the bytes, so dispatching a
/// statement builds no string and hashes nothing.
enum Keyword: UInt8, CaseIterable, Sendable {
    // Top level and structure.
    case talk, about, reviews, catalog, item, note, caution, step, say, ask, flag, stop, script, line
    // Attributes of the nearest `ask` above.
    case help, why, `default`, optional, required, when, reject, warn, min, max, option, value, label, additions,
        reflect, reveal, differ, age, standing

    var name: String {
        switch self {
        case .talk: "talk"
        case .about: "about"
        case .reviews: "reviews"
        case .catalog: "catalog"
        case .item: "item"
        case .note: "note"
        case .caution: "caution"
        case .step: "step"
        case .say: "say"
        case .ask: "ask"
        case .flag: "flag"
        case .stop: "stop"
        case .script: "script"
        case .line: "line"
        case .help: "help"
        case .why: "why"
        case .default: "default"
        case .optional: "optional"
        case .required: "required"
        case .when: "when"
        case .reject: "reject"
        case .warn: "warn"
        case .min: "min"
        case .max: "max"
        case .option: "option"
        case .value: "value"
        case .label: "label"
        case .additions: "additions"
        case .reflect: "reflect"
        case .reveal: "reveal"
        case .differ: "differ"
        case .age: "age"
        case .standing: "standing"
        }
    }

    var isAttribute: Bool { rawValue >= Keyword.help.rawValue }

    /// Attributes a question may be given only once.
    var isSingle: Bool {
        switch self {
        case .help, .why, .default, .optional, .required, .when, .min, .max, .additions, .reflect, .reveal, .differ,
            .age, .standing:
            true
        default: false
        }
    }

    /// The kinds an attribute applies to; nil when it applies to every kind.
    var kinds: [QuestionKindName]? {
        switch self {
        case .option: [.choice, .choices]
        case .value, .additions: [.rate]
        case .label: [.scale]
        case .min, .max: [.text, .lines, .list, .word]
        case .reject, .warn: [.text, .word]
        case .age: [.yesno]
        case .default: QuestionKindName.allCases.filter { $0 != .rate }
        default: nil
        }
    }

    static let names: [String] = allCases.map(\.name)

    /// Keywords by length, each with its UTF-8 bytes.
    private static let byLength: [[(bytes: [UInt8], keyword: Keyword)]] = {
        var table = [[(bytes: [UInt8], keyword: Keyword)]](repeating: [], count: 10)
        for k in allCases { table[k.name.utf8.count].append((Array(k.name.utf8), k)) }
        return table
    }()

    static func recognise(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Keyword? {
        let count = end - start
        guard count < byLength.count else { return nil }
        outer: for (candidate, keyword) in byLength[count] {
            for i in 0..<count where candidate[i] != bytes[start + i] { continue outer }
            return keyword
        }
        return nil
    }
}
