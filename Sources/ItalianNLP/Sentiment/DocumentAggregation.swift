/// How sentence scores become a document's: a weighted mean, not a sum, so that a long text
/// does not saturate. Each sentence weighs its number of words (at least one), doubled when the
/// sentence carries sentiment at all (so that a neutral heading or dateline does not drown the
/// sentences that say something).
///
/// Frames: a document's salience is the sum of its sentences' saliences, its stance their
/// salience-weighted mean.
enum DocumentAggregation {
    static func sentiment(_ sentences: [(sentiment: Sentiment, words: Int)]) -> Sentiment {
        guard !sentences.isEmpty else { return .neutral }
        if sentences.count == 1 { return sentences[0].sentiment }
        var total = 0.0
        var score = 0.0
        var positive = 0.0
        var negative = 0.0
        var explanation: [SentimentContribution] = []
        for (sentiment, words) in sentences {
            let carries = sentiment.positive > 0 || sentiment.negative > 0
            let weight = Double(max(1, words)) * (carries ? 2 : 1)
            total += weight
            score += weight * sentiment.score
            positive += weight * sentiment.positive
            negative += weight * sentiment.negative
            explanation += sentiment.explanation
        }
        score /= total
        positive /= total
        negative /= total
        return Sentiment(score: score, positive: positive, negative: negative,
                         label: SentimentScale.label(score: score, positive: positive, negative: negative), explanation: explanation)
    }

    static func frames(_ sentences: [[String: FrameScore]]) -> [String: FrameScore] {
        var salience: [String: Double] = [:]
        var weighted: [String: Double] = [:]
        for frames in sentences {
            for (frame, score) in frames {
                salience[frame, default: 0] += score.salience
                weighted[frame, default: 0] += score.salience * score.stance
            }
        }
        var result: [String: FrameScore] = [:]
        for (frame, value) in salience where value > 0 {
            result[frame] = FrameScore(salience: value, stance: max(-1, min(1, (weighted[frame] ?? 0) / value)))
        }
        return result
    }
}
