/// The sentiment of a stretch of text: how positive and how negative it is, a single score, a
/// label, and the words and rules that produced them.
///
/// `score` is in −1…1 (VADER's normalised "compound" score), `positive` and `negative` are the
/// strengths of each side in 0…1, measured apart so that a text can be both (`mixed`).
public struct Sentiment: Sendable, Hashable, Codable {
    /// The overall polarity, −1 (very negative) … 1 (very positive).
    public let score: Double
    /// How strongly the text is positive, 0…1.
    public let positive: Double
    /// How strongly the text is negative, 0…1.
    public let negative: Double
    /// The label that sums the three numbers up.
    public let label: SentimentLabel
    /// The words, symbols and rules behind the score, in text order.
    public let explanation: [SentimentContribution]

    /// Creates a sentiment.
    public init(score: Double, positive: Double, negative: Double, label: SentimentLabel, explanation: [SentimentContribution] = []) {
        self.score = score
        self.positive = positive
        self.negative = negative
        self.label = label
        self.explanation = explanation
    }

    /// No sentiment at all.
    public static let neutral = Sentiment(score: 0, positive: 0, negative: 0, label: .neutral)
}

/// The label of a sentiment.
public enum SentimentLabel: String, Sendable, Hashable, Codable, CaseIterable {
    case positive, negative, neutral, mixed
}

/// One word (or emoji, or punctuation run) that moved a score, with its prior polarity and every
/// rule that changed it on the way.
public struct SentimentContribution: Sendable, Hashable, Codable {
    /// The text as written (for a hashtag part, the part: "vergogna" of "#vergognaItalia").
    public let text: String
    /// The lexicon entry that matched ("bello" for "bellissime"), or nil for a symbol or a rule
    /// that is not about one word (punctuation emphasis).
    public let lemma: String?
    /// The token's place in the text, in Unicode scalars (end-exclusive), as the CLI prints it.
    public let scalars: Range<Int>
    /// The token's place in the text, in UTF-8 bytes.
    public let utf8: Range<Int>
    /// The polarity the lexicon gives, before any rule.
    public let basePolarity: Double
    /// The rules applied, in order, each with its weight.
    public let rules: [AppliedRule]
    /// What the item adds to the sentence's sum after every rule.
    public let valence: Double

    /// Creates a contribution.
    public init(text: String, lemma: String?, scalars: Range<Int>, utf8: Range<Int>, basePolarity: Double, rules: [AppliedRule], valence: Double) {
        self.text = text
        self.lemma = lemma
        self.scalars = scalars
        self.utf8 = utf8
        self.basePolarity = basePolarity
        self.rules = rules
        self.valence = valence
    }

    /// The contribution's range in `text`, the string that was analysed.
    public func range(in text: String) -> Range<String.Index>? {
        let utf8View = text.utf8
        guard utf8.lowerBound >= 0, utf8.upperBound <= utf8View.count else { return nil }
        let lower = utf8View.index(utf8View.startIndex, offsetBy: utf8.lowerBound)
        let upper = utf8View.index(lower, offsetBy: utf8.count)
        return lower..<upper
    }
}

/// A rule that changed a score: its name (the type that implements it), its weight, and the
/// word that triggered it when there is one ("non", "molto", "ma").
public struct AppliedRule: Sendable, Hashable, Codable {
    /// The rule's name, as its type is named: "NegationScope", "BoosterDampener"…
    public let name: String
    /// The weight the rule applied (a multiplier or an increment: see the rule).
    public let weight: Double
    /// The word or symbol that triggered the rule.
    public let trigger: String?

    /// Creates an applied rule.
    public init(name: String, weight: Double, trigger: String? = nil) {
        self.name = name
        self.weight = weight
        self.trigger = trigger
    }
}
