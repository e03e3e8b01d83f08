import Testing

@testable import TalkEngine

/// The distress phrases: what must be noticed, and what answers about rough play (and ordinary life)
/// legitimately say, which must not be.
struct DistressPhrasesTests {
    static let distress = [
        "he hit me",
        "He hit me last week.",
        "She hits me when she drinks",
        "they hit me",
        "He's hit me before",
        "hes been hitting me",
        "my boyfriend used to beat me",
        "My ex-husband punched me",
        "he hurts me",
        "She hurt me badly",
        "I'm scared of him",
        "I’m scared of him",
        "honestly I am afraid of my partner",
        "terrified of her",
        "I'm scared of what he'll do",
        "he scares me sometimes",
        "I'm too scared to say no",
        "I don't want to but he'll be angry",
        "I don’t want to, but he’ll be angry",
        "i dont want to but",
        "I don't really want to do it but I do",
        "I do it even though I don't want to",
        "he'll be angry",
        "She’ll get mad if I say no",
        "they'll be furious",
        "he gets angry when I say no",
        "he is going to be angry",
        "I only say yes so he won't get angry",
        "he made me do it",
        "he makes me have sex when I'm tired",
        "He forced me",
        "my girlfriend pressures me into things",
        "I was forced",
        "I feel pressured",
        "I've been threatened",
        "he threatened to leave me if I said no",
        "it happened against my will",
        "he raped me",
        "I was assaulted",
        "he's abusive",
        "I was in an abusive relationship",
        "he won't stop when I say no",
        "he doesn't stop when I say stop",
        "she never stops when I say no",
        "he ignores my safe word",
        "he won't take no for an answer",
        "I don't feel safe with him",
        "I'm not safe at home",
        "I feel unsafe around my husband",
        "I don't like it when he hits me",
        "I keep getting hurt",
        "HE HIT ME",
    ]

    static let nearMisses = [
        "hit the right spot",
        "it was a hit",
        "scared of heights",
        "spanking, not too hard",
        "I'd be angry if we stopped",
        "pin me down",
        "choke me, lightly",
        "slap my face",
        "I like it when he slaps me",
        "pin me down and pull my hair",
        "hit me harder",
        "I want him to hit me",
        "I love it when he hurts me a little",
        "in the role play he forces me",
        "a scene where I'm taken against my will",
        "I'm not scared of him",
        "he never hit me",
        "he has never hurt me",
        "he won't be angry",
        "he wouldn't be angry",
        "he'd never be angry",
        "she isn't scared of me",
        "I'm afraid I'll laugh",
        "I'm afraid she'll say no",
        "I'm a bit scared of them",
        "nipple clamps, they hurt me too much",
        "they hit me up last week",
        "it made me feel good",
        "he made me dinner",
        "forced orgasms",
        "he forced me to orgasm twice",
        "being forced (role play)",
        "hard limits: abuse, blood",
        "nothing against my will",
        "don't stop when I say no, our safe word is red",
        "I don't want to rush, but I'm curious",
        "I don't want to hurt her",
        "I'd be mad at myself",
        "it hurt me a bit the first time",
        "I hit the wall after work",
        "the hitachi",
        "theme night",
        "he helps me with aftercare",
        "I don't feel safe with impact toys",
        "I feel safe with him",
        "",
    ]

    @Test(arguments: distress)
    func noticed(_ text: String) {
        #expect(DistressPhrases.match(text) != nil, "should be noticed: \(text)")
    }

    @Test(arguments: nearMisses)
    func notNoticed(_ text: String) {
        #expect(
            DistressPhrases.match(text) == nil,
            "should not be noticed: \(text), matched \(DistressPhrases.match(text) ?? "")")
    }

    @Test func aPartnersNameCountsAsSomeone() {
        #expect(DistressPhrases.match("Alex hit me", names: ["Alex"]) != nil)
        #expect(DistressPhrases.match("Alex hit me") == nil)
        #expect(DistressPhrases.match("I'm scared of Alex", names: ["Alex"]) != nil)
    }

    @Test func wordsAreWholeWords() {
        // "hit" inside "white", "he" inside "the": never a match inside a word.
        #expect(DistressPhrases.match("the white hits me") == nil)
        #expect(DistressPhrases.tokenize("He’ll dont") == ["he", "'ll", "do", "n't"])
        #expect(DistressPhrases.tokenize("'hit me', he said.") == ["hit", "me", ",", "he", "said", ","])
    }
}

extension DistressPhrasesTests {
    /// A class name inside an alternation ("THEM|home") would be read as the word "THEM" and never match.
    @Test func patternsUseClassesOnlyOnTheirOwn() {
        for phrase in DistressPhrases.phrases {
            for case .word(let words, _) in phrase.parts.parts {
                #expect(
                    !words.contains { $0 == $0.uppercased() && $0.contains(where: \.isLetter) },
                    "\(phrase.name): \(words)")
            }
        }
    }
}

extension DistressPhrasesTests {
    /// ASCII text is tokenized byte by byte; it must give the words the character-by-character way gives.
    @Test func asciiTextTokenizesAsCharactersDo() {
        var rng = SystemRandomNumberGenerator()
        let pieces = [
            "he", "HIT", "me", "don't", "dont", "I'm", "she`s", " ", "  ", ",", ".", "-", "/", "\n", "\r\n", "\t",
            "42", "my", "partner", "'", "!", "?", "x'", "can't", "Alex", "\u{0B}", "\u{0C}", ";",
        ]
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 0..<14, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }
                .joined()
            #expect(
                DistressPhrases.tokenizeASCII(text) == DistressPhrases.tokenizeCharacters(text),
                "\(text.debugDescription)")
        }
    }
}
