/// Noticing distress in what a person typed: being hit or hurt by someone, scared of a partner, forced,
/// pressured or threatened, a partner who gets angry or won't stop, "I don't want to but ...".
///
/// A short, readable list of phrases, matched word by word (never inside a word), ignoring case, with
/// curly and straight apostrophes alike and contractions with or without them ("he'll", "he’ll",
/// "dont"). The set leans towards what people write about real harm, and away from what answers about
/// rough play legitimately say: "pin me down", "choke", "slap", "hit the right spot", "scared of
/// heights" match nothing. A phrase does not count when a simple negation comes right before it ("I'm
/// not scared of him", "he never hit me", "he won't be angry"), nor, for phrases that can describe play,
/// when its clause is about a wish or a scene ("I love it when he hurts me a little", "in the role play
/// he forces me"). docs/care.md lists the set and its limits. Pure: no I/O.
public enum DistressPhrases {
    /// The name of the first phrase found in `text`, or nil. `names`: other people's names, which count
    /// as someone who may hurt ("Alex hit me").
    public static func match(_ text: String, names: [String] = []) -> String? {
        let tokens = tokenize(text)
        guard !tokens.isEmpty else { return nil }
        let people = Vocabulary(names: names)
        // Only the phrases whose anchor words the text holds are tried (each word looked up once).
        var candidate = unanchored
        for token in tokens {
            for i in anchoredBy[token] ?? [] { candidate[i] = true }
        }
        for (i, phrase) in phrases.enumerated() where candidate[i] {
            for start in tokens.indices {
                guard let end = phrase.parts.match(tokens, from: start, people) else { continue }
                if negated(tokens, before: start) { continue }
                if phrase.canDescribePlay && aboutPlay(tokens, start: start, end: end) { continue }
                return phrase.name
            }
        }
        return nil
    }

    /// Whether any of these texts holds a phrase.
    public static func matchesAny(_ texts: [String], names: [String] = []) -> Bool {
        texts.contains { match($0, names: names) != nil }
    }

    // MARK: The phrases

    /// Pattern words: `a|b` one of these words; a trailing `?` makes a word optional; `!a|b+c` the next words are
    /// not one of these (`+` joins words); `SOMEONE` a person other than the speaker (he, she, they, my partner, a name);
    /// `PERSON` the same without "they" (which is often a thing: "clamps? they hurt"); `THEM` the same as an object (him, her, my partner, a name); `ADV*` up to three harmless words
    /// such as "always", "has", "'s", "been" (never a negation); `FILL*` up to three of "do it this that";
    /// `,` a break between clauses (any punctuation).
    static let phrases: [Phrase] = [
        // Hit or hurt by someone.
        Phrase(
            "hit by someone",
            "SOMEONE ADV* hit|hits|hitting|beat|beats|beating|punch|punches|punched|punching|kick|kicks|kicked|kicking|attack|attacks|attacked|attacking|shove|shoves|shoved me !up|on",
            play: true),
        // "they" is left out here: "clamps? they hurt me" is about a thing.
        Phrase("hurt by someone", "PERSON ADV* hurt|hurts|hurting me", play: true),
        Phrase(
            "hurt", "i ADV* was|'m|am|is|get|gets|got|getting|been|being hit|beaten|punched|kicked|hurt|attacked !on",
            play: true),
        // Scared or afraid of a partner.
        Phrase("scared of someone", "scared|afraid|frightened|terrified|fearful of THEM", play: true),
        Phrase("scared of what someone does", "scared|afraid|frightened|terrified of what SOMEONE", play: true),
        Phrase(
            "someone scares me",
            "PERSON ADV* scares|scared|frightens|frightened|terrifies|terrified|intimidates|intimidated me", play: true),
        Phrase("scared to say no", "scared|afraid|frightened|terrified to say|saying no|stop"),
        Phrase(
            "unsafe with someone",
            "i ADV* feel|felt|am|'m|was ADV* unsafe|scared|afraid|frightened|terrified with|around|near THEM"),
        Phrase("unsafe at home", "i ADV* feel|felt|am|'m|was ADV* unsafe|scared|afraid|frightened|terrified at home"),
        Phrase("not safe with someone", "i do|did|does|'m|am|was n't|not feel|felt? safe with|around|near THEM"),
        Phrase("not safe at home", "i do|did|does|'m|am|was n't|not feel|felt? safe at home"),
        // Forced, pressured, threatened.
        Phrase(
            "forced by someone",
            "SOMEONE ADV* forces|forced|forcing|pressures|pressured|pressuring|coerces|coerced|coercing|threatens|threatened|threatening me !orgasm|orgasms|to+orgasm|to+come|to+cum",
            play: true),
        Phrase("made to", "SOMEONE ADV* makes|made|making me do|sleep|touch", play: true),
        Phrase("made to have sex", "SOMEONE ADV* makes|made|making me have sex", play: true),
        Phrase(
            "forced",
            "i ADV* was|'m|am|get|got|getting|been|being|feel|felt|feeling forced|pressured|coerced|threatened|trapped",
            play: true),
        Phrase("threatened to", "SOMEONE ADV* threatens|threatened|threatening to"),
        Phrase("against my will", "against my will", play: true),
        // Assault and abuse.
        Phrase(
            "assaulted by someone",
            "SOMEONE ADV* raped|rapes|raping|assaulted|assaults|assaulting|abused|abuses|abusing|molested|molests me"),
        Phrase("assaulted", "i ADV* was|'m|am|got|been|being raped|assaulted|abused|molested"),
        Phrase("abusive", "SOMEONE ADV* is|'s|was|are|'re|were|gets|get|can ADV* be? abusive|violent"),
        Phrase("abusive relationship", "abusive relationship|partner|boyfriend|girlfriend|husband|wife|ex|marriage"),
        // Anger.
        Phrase(
            "someone will be angry",
            "SOMEONE ADV* 'll|will|would|'d|gets|get|got|might|may|could ADV* be|get|become|go? angry|mad|furious|pissed|violent"
        ),
        Phrase(
            "someone is going to be angry", "SOMEONE 's|is|are|'re going to be|get angry|mad|furious|pissed|violent"),
        Phrase(
            "so someone won't be angry",
            "so|or|else SOMEONE wo|does|would n't|not be|get angry|mad|furious|pissed|violent"),
        // Going along against one's own wish.
        Phrase("don't want to but", "do|did|does n't|not really? want to FILL* ,? but"),
        Phrase("though I don't want to", "though|although i do|did n't|not really? want to"),
        // Not stopping.
        Phrase(
            "won't stop when I say no",
            "SOMEONE ADV* wo|does|did|would n't|not stop|listen when|if i say|said|tell|told no|stop"),
        Phrase(
            "never stops when I say no",
            "SOMEONE ADV* never stops|stopped|listens|listened when|if i say|said|tell|told no|stop"),
        Phrase("ignores my safe word", "SOMEONE ADV* ignores|ignored|ignore|ignoring my safe|safeword|limits|no"),
        Phrase("won't take no", "SOMEONE ADV* wo|does|did|would n't take no"),
    ]

    struct Phrase {
        let name: String
        let parts: Pattern
        /// Whether the words can also describe play, wished for or agreed ("I like it when he forces me").
        let canDescribePlay: Bool

        init(_ name: String, _ pattern: String, play: Bool = false) {
            self.name = name
            parts = Pattern(pattern)
            canDescribePlay = play
        }
    }

    // MARK: Words

    /// A negation right before a phrase (two words back, within its clause) turns it around.
    static let negations: Set<String> = [
        "not", "n't", "never", "no", "nothing", "nobody", "none", "without", "neither", "nor",
    ]

    /// Harmless words allowed between a person and what they did ("he has always", "she's been").
    static let adverbs: Set<String> = [
        "always", "sometimes", "often", "once", "still", "again", "really", "even", "just", "also", "then", "actually",
        "literally", "already", "repeatedly", "constantly", "usually", "regularly", "twice", "probably", "definitely",
        "surely", "so", "very", "totally", "completely", "has", "have", "had", "'s", "'ve", "been", "being", "am", "'m",
        "keep", "keeps", "kept", "used", "to", "is", "are", "was", "were", "gets", "got", "get", "going", "will", "'ll",
        "might", "would", "'d",
    ]

    static let fillers: Set<String> = ["do", "it", "this", "that", "any", "of", "really", "go", "on", "with"]

    /// Words for a partner, after "my".
    static let partnerWords: Set<String> = [
        "partner", "boyfriend", "girlfriend", "husband", "wife", "bf", "gf", "fiance", "fiancé", "fiancee", "fiancée",
        "spouse", "lover", "date", "ex",
    ]

    /// A phrase that can describe play does not count in a clause about a fantasy, a scene or a wish.
    static let playWords: Set<String> = [
        "fantasy", "fantasies", "fantasise", "fantasize", "fantasising", "fantasizing", "pretend", "pretends",
        "pretending", "roleplay", "roleplaying", "role", "scene", "scenes", "play", "playing", "cnc", "game",
    ]
    static let likeWords: Set<String> = [
        "like", "likes", "love", "loves", "enjoy", "enjoys", "adore", "prefer", "want", "wants",
    ]

    /// The people a phrase can be about, as word sequences.
    struct Vocabulary {
        let someone: [[String]]
        let person: [[String]]
        let them: [[String]]

        init(names: [String]) {
            let named = names.map(DistressPhrases.tokenize).filter { !$0.isEmpty && !$0.contains(",") }
            person = [["he"], ["she"]] + Vocabulary.partners + named
            someone = person + [["they"]]
            them = [["him"], ["her"]] + Vocabulary.partners + named
        }

        /// "my partner", "my ex partner" and the like: made once, not for every answer.
        static let partners = DistressPhrases.partnerWords.flatMap { [["my", $0], ["my", "ex", $0]] }
    }

    // MARK: Matching

    /// Per anchor word, the phrases it anchors (by index in `phrases`).
    static let anchoredBy: [String: [Int]] = {
        var index: [String: [Int]] = [:]
        for (i, phrase) in phrases.enumerated() {
            for word in phrase.parts.anchor ?? [] { index[word, default: []].append(i) }
        }
        return index
    }()

    /// Per phrase, whether it has no anchor (and so is always tried).
    static let unanchored: [Bool] = phrases.map { $0.parts.anchor == nil }

    static func negated(_ tokens: [String], before start: Int) -> Bool {
        var i = start - 1
        while i >= max(0, start - 2) {
            if tokens[i] == "," { return false }
            if negations.contains(tokens[i]) { return true }
            i -= 1
        }
        return false
    }

    /// Whether the clause around a match is about a fantasy or a scene (anywhere in it), or a wish
    /// ("I like it when ..." before it), with no negation before the match ("I don't like it when ...").
    static func aboutPlay(_ tokens: [String], start: Int, end: Int) -> Bool {
        var from = start
        while from > 0, tokens[from - 1] != "," { from -= 1 }
        var to = end
        while to < tokens.count, tokens[to] != "," { to += 1 }
        let before = tokens[from..<start]
        if before.contains(where: negations.contains) { return false }
        if tokens[from..<to].contains(where: playWords.contains) { return true }
        return before.contains(where: likeWords.contains)
    }

    // MARK: Words from text

    /// Lowercased words, with contractions split ("he'll" -> "he", "'ll"; "don't" -> "do", "n't") and any
    /// punctuation as one "," between clauses.
    static func tokenize(_ text: String) -> [String] {
        // Plain ASCII, what most answers are, is read byte by byte: the same words, without Unicode's
        // character rules (which were half of an answer's distress check).
        text.utf8.allSatisfy { $0 < 0x80 } ? tokenizeASCII(text) : tokenizeCharacters(text)
    }

    static func tokenizeASCII(_ text: String) -> [String] {
        var raw: [String] = []
        var word: [UInt8] = []
        func flush(clause: Bool) {
            if !word.isEmpty { raw.append(String(decoding: word, as: UTF8.self)) }
            word.removeAll(keepingCapacity: true)
            if clause, raw.last != ",", !raw.isEmpty { raw.append(",") }
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): word.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(byte + 32)
            case UInt8(ascii: "'"), UInt8(ascii: "`"): if !word.isEmpty { word.append(UInt8(ascii: "'")) }
            case 0x09...0x0D, 0x20, UInt8(ascii: "-"), UInt8(ascii: "/"): flush(clause: false)
            default: flush(clause: true)
            }
        }
        flush(clause: false)
        return raw.flatMap(split)
    }

    static func tokenizeCharacters(_ text: String) -> [String] {
        var raw: [String] = []
        var word = ""
        func flush(clause: Bool) {
            if !word.isEmpty { raw.append(word) }
            word = ""
            if clause, raw.last != ",", !raw.isEmpty { raw.append(",") }
        }
        for ch in text.lowercased() {
            if ch.isLetter || ch.isNumber {
                word.append(ch)
            } else if apostrophes.contains(ch) {
                if !word.isEmpty { word.append("'") }
            } else if ch.isWhitespace || ch == "-" || ch == "/" {
                flush(clause: false)
            } else {
                flush(clause: true)
            }
        }
        flush(clause: false)
        return raw.flatMap(split)
    }

    static let apostrophes: Set<Character> = ["'", "\u{2019}", "\u{2018}", "\u{02BC}", "`", "\u{00B4}"]

    /// Contractions typed without an apostrophe that can't be mistaken for another word.
    static let bareContractions: [String: [String]] = [
        "dont": ["do", "n't"], "doesnt": ["does", "n't"], "didnt": ["did", "n't"], "wont": ["wo", "n't"],
        "wouldnt": ["would", "n't"], "cant": ["ca", "n't"], "couldnt": ["could", "n't"], "isnt": ["is", "n't"],
        "wasnt": ["was", "n't"], "arent": ["are", "n't"], "hasnt": ["has", "n't"], "havent": ["have", "n't"],
        "im": ["i", "'m"], "ive": ["i", "'ve"], "hes": ["he", "'s"], "shes": ["she", "'s"], "theyll": ["they", "'ll"],
        "theyre": ["they", "'re"], "gonna": ["going", "to"], "wanna": ["want", "to"], "cannot": ["can", "not"],
    ]

    static let clitics: Set<String> = ["s", "ll", "d", "re", "ve", "m"]

    private static func split(_ word: String) -> [String] {
        var w = Substring(word)
        while w.hasSuffix("'") { w = w.dropLast() }
        let s = String(w)
        if let parts = bareContractions[s] { return parts }
        if s.hasSuffix("n't"), s.count > 3 { return [String(s.dropLast(3)), "n't"] }
        if let quote = s.lastIndex(of: "'") {
            let base = String(s[..<quote])
            let tail = String(s[s.index(after: quote)...])
            if clitics.contains(tail), !base.isEmpty { return [base, "'" + tail] }
            return [s.replacingApostrophes]
        }
        return s.isEmpty ? [] : [s]
    }
}

extension String {
    fileprivate var replacingApostrophes: String { String(filter { $0 != "'" }) }
}
