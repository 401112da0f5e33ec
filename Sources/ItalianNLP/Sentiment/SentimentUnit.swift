/// One item the sentiment rules look at: a syntactic word (the tokenizer's multiword tokens are
/// expanded, so "dei" is "di" + "i" and "portarlo" is "portar" + "lo"), a part of a hashtag, an
/// emoticon or emoji, or a punctuation mark.
struct SentimentUnit: Sendable {
    enum Kind: Sendable, Hashable {
        case word
        case symbol
        case punctuation
        case other
    }

    let kind: Kind
    /// The lower-case matching form.
    let form: String
    /// The text as written (for a hashtag part, the part; for a word of a multiword token, the word).
    let text: String
    /// The index of the token in its sentence.
    let tokenIndex: Int
    /// Whether the unit comes from splitting a hashtag.
    let fromHashtag: Bool
    /// Whether the word is written in capitals (two letters or more, no lower-case letter).
    let isAllCaps: Bool

    /// Whether the unit ends a clause for the scope of negation and of the contrast rules.
    var isClauseBoundary: Bool {
        kind == .punctuation && SentimentUnit.clausePunctuation.contains(form.unicodeScalars.first ?? " ")
    }

    static let clausePunctuation: Set<Unicode.Scalar> = [",", ";", ":", ".", "!", "?", "…", "(", ")", "—", "–", "\""]
}

extension SentimentUnit {
    /// The units of a sentence's tokens.
    static func units(of tokens: [Token], hashtags: HashtagWords) -> [SentimentUnit] {
        var units: [SentimentUnit] = []
        units.reserveCapacity(tokens.count + 4)
        for (index, token) in tokens.enumerated() {
            switch token.kind {
            case .word:
                let caps = isAllCaps(token.text)
                if token.expansion.isEmpty {
                    units.append(SentimentUnit(kind: .word, form: token.normalized, text: token.text, tokenIndex: index, fromHashtag: false, isAllCaps: caps))
                } else {
                    for word in token.expansion {
                        units.append(SentimentUnit(
                            kind: .word, form: MatchingForm.of(word, foldingAccents: false), text: word,
                            tokenIndex: index, fromHashtag: false, isAllCaps: caps))
                    }
                }
            case .hashtag:
                for part in hashtags.words(of: token.text) {
                    units.append(SentimentUnit(
                        kind: .word, form: MatchingForm.of(part, foldingAccents: false), text: part,
                        tokenIndex: index, fromHashtag: true, isAllCaps: false))
                }
            case .emoji, .emoticon:
                units.append(SentimentUnit(kind: .symbol, form: token.text, text: token.text, tokenIndex: index, fromHashtag: false, isAllCaps: false))
            case .punctuation:
                units.append(SentimentUnit(kind: .punctuation, form: token.normalized, text: token.text, tokenIndex: index, fromHashtag: false, isAllCaps: false))
            default:
                units.append(SentimentUnit(kind: .other, form: token.normalized, text: token.text, tokenIndex: index, fromHashtag: false, isAllCaps: false))
            }
        }
        return units
    }

    /// Two letters or more and no lower-case letter: "BELLO", "NON".
    static func isAllCaps(_ text: String) -> Bool {
        var letters = 0
        for scalar in text.unicodeScalars {
            if scalar.properties.isLowercase { return false }
            if scalar.properties.isUppercase { letters += 1 }
        }
        return letters >= 2
    }
}
