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

    /// How a word is capitalised.
    enum Case: Sendable, Hashable {
        /// Lower case, or no letters.
        case lower
        /// An upper-case first letter, then some lower case: "Monti".
        case title
        /// Two letters or more and no lower case: "NON", "BELLO".
        case allCaps
        /// Anything else: one capital letter ("È"), mixed ("iPhone").
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
    /// How the text is capitalised.
    let letterCase: Case
    /// Whether the unit ends a clause for the scope of negation and of the contrast rules.
    let isClauseBoundary: Bool

    init(kind: Kind, form: String, text: String, tokenIndex: Int, fromHashtag: Bool) {
        self.kind = kind
        self.form = form
        self.text = text
        self.tokenIndex = tokenIndex
        self.fromHashtag = fromHashtag
        letterCase = kind == .word ? Self.letterCase(of: text) : .lower
        isClauseBoundary = kind == .punctuation && Self.clausePunctuation.contains(form.unicodeScalars.first ?? " ")
    }

    /// Whether the word is written in capitals (two letters or more, no lower-case letter).
    var isAllCaps: Bool { letterCase == .allCaps }

    static let clausePunctuation: Set<Unicode.Scalar> = [",", ";", ":", ".", "!", "?", "…", "(", ")", "—", "–", "\""]

    /// The capitalisation of a word, with a fast path for ASCII.
    static func letterCase(of text: String) -> Case {
        var upper = 0
        var lower = 0
        var firstUpper = false
        var first = true
        for byte in text.utf8 {
            if byte >= 0x80 { return unicodeLetterCase(of: text) }
            if byte >= 0x41 && byte <= 0x5A {
                upper += 1
                if first { firstUpper = true }
            } else if byte >= 0x61 && byte <= 0x7A {
                lower += 1
            }
            first = false
        }
        return classify(upper: upper, lower: lower, firstUpper: firstUpper)
    }

    private static func unicodeLetterCase(of text: String) -> Case {
        var upper = 0
        var lower = 0
        var firstUpper = false
        var first = true
        for scalar in text.unicodeScalars {
            if scalar.properties.isUppercase {
                upper += 1
                if first { firstUpper = true }
            } else if scalar.properties.isLowercase {
                lower += 1
            }
            first = false
        }
        return classify(upper: upper, lower: lower, firstUpper: firstUpper)
    }

    private static func classify(upper: Int, lower: Int, firstUpper: Bool) -> Case {
        if upper == 0 { return .lower }
        if lower == 0 { return upper >= 2 ? .allCaps : .other }
        return firstUpper && upper == 1 ? .title : .other
    }
}

extension SentimentUnit {
    /// The units of a sentence's tokens.
    static func units(of tokens: [Token], hashtags: HashtagWords) -> [SentimentUnit] {
        var units: [SentimentUnit] = []
        units.reserveCapacity(tokens.count + 4)
        for (index, token) in tokens.enumerated() {
            switch token.kind {
            case .word:
                if token.expansion.isEmpty {
                    units.append(SentimentUnit(kind: .word, form: token.normalized, text: token.text, tokenIndex: index, fromHashtag: false))
                } else {
                    for word in token.expansion {
                        units.append(SentimentUnit(
                            kind: .word, form: MatchingForm.of(word, foldingAccents: false), text: word, tokenIndex: index, fromHashtag: false))
                    }
                }
            case .hashtag:
                for part in hashtags.words(of: token.text) {
                    units.append(SentimentUnit(
                        kind: .word, form: MatchingForm.of(part, foldingAccents: false), text: part, tokenIndex: index, fromHashtag: true))
                }
            case .emoji, .emoticon:
                units.append(SentimentUnit(kind: .symbol, form: token.text, text: token.text, tokenIndex: index, fromHashtag: false))
            case .punctuation:
                units.append(SentimentUnit(kind: .punctuation, form: token.normalized, text: token.text, tokenIndex: index, fromHashtag: false))
            default:
                units.append(SentimentUnit(kind: .other, form: token.normalized, text: token.text, tokenIndex: index, fromHashtag: false))
            }
        }
        return units
    }
}
