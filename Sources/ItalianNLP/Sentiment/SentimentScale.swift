/// How summed valences become a `Sentiment`: VADER's normalisation x / √(x² + α) (α = 15 on
/// VADER's ±4 word scale, 15/16 on ours), applied to each side for `positive` and `negative`,
/// and to the signed sum for `score` after a length adjustment: a stretch longer than
/// `shortLength` words has its sum scaled by √(shortLength / words), so that one mildly positive
/// word in a long sentence says less about the sentence than in a short one. Then the thresholds
/// of the labels.
enum SentimentScale {
    /// α of the normalisation on the ±1 word scale.
    static let alpha = 0.9375
    /// Below this strength a side does not count.
    static let presence = 0.2
    /// Both sides count and the weaker is at least this fraction of the stronger: mixed.
    static let mixedRatio = 0.5
    /// Up to this many words a stretch's score is its plain normalised sum.
    static let shortLength = 4.0

    static func normalize(_ sum: Double) -> Double {
        guard sum != 0 else { return 0 }
        let value = sum / (sum * sum + alpha).squareRoot()
        return min(1, max(-1, value))
    }

    /// The label for a score and its two strengths.
    static func label(score: Double, positive: Double, negative: Double) -> SentimentLabel {
        let positiveCounts = positive >= presence
        let negativeCounts = negative >= presence
        if positiveCounts && negativeCounts && min(positive, negative) >= mixedRatio * max(positive, negative) {
            return .mixed
        }
        if !positiveCounts && !negativeCounts { return .neutral }
        if abs(score) < presence * 0.5 { return positiveCounts && negativeCounts ? .mixed : .neutral }
        return score > 0 ? .positive : .negative
    }

    /// The sentiment of a positive and a negative sum (the negative sum as a positive number).
    static func sentiment(positiveSum: Double, negativeSum: Double, words: Int, explanation: [SentimentContribution]) -> Sentiment {
        let length = (shortLength / max(shortLength, Double(words))).squareRoot()
        let score = normalize((positiveSum - negativeSum) * length)
        let positive = normalize(positiveSum)
        let negative = normalize(negativeSum)
        return Sentiment(score: score, positive: positive, negative: negative, label: label(score: score, positive: positive, negative: negative), explanation: explanation)
    }
}
