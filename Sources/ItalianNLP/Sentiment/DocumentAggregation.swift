/// How sentence scores become a document's: a weighted mean, not a sum, so that a long text
/// does not saturate. Each sentence weighs its number of words (at least one), four times as
/// much when the sentence carries sentiment at all (so that neutral headings, datelines and
/// link-only lines do not drown the sentences that say something).
///
/// Frames: a document's salience is the sum of its sentences' saliences, its stance their
/// salience-weighted mean. Contrast across sentences counts as within one: a sentence that opens
/// with "Ma", "Però", "Eppure"… weighs 1.5 and the sentence before it 0.5 ("I soldi non fanno la
/// felicità, dicono. Ma il nostro amministratore si è triplicato il bonus."), and a frame that
/// only the sentence before names is demoted (`demotedAcrossContrast`).
enum DocumentAggregation {
    /// The extra weight of a sentence that carries sentiment.
    static let sentimentSentenceWeight = 4.0

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
            let weight = Double(max(1, words)) * (carries ? Self.sentimentSentenceWeight : 1)
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

    static func frames(_ sentences: [(frames: [String: FrameScore], opensWithContrast: Bool)]) -> [String: FrameScore] {
        let sentences = demotedAcrossContrast(sentences)
        var contrast = [Double](repeating: 1, count: sentences.count)
        for (index, sentence) in sentences.enumerated() where sentence.opensWithContrast && index > 0 {
            contrast[index] *= 1.5
            contrast[index - 1] *= 0.5
        }
        // Per frame, in order of first appearance: a document names a handful of frames, so a short
        // array searched by name does what three dictionaries keyed by it did, without hashing.
        // (Each frame's sums add its sentences in order, as before.)
        var sums: [(frame: String, salience: Double, weighted: Double, total: Double)] = []
        for (index, sentence) in sentences.enumerated() {
            for (frame, score) in sentence.frames {
                let slot: Int
                if let found = sums.firstIndex(where: { $0.frame == frame }) {
                    slot = found
                } else {
                    slot = sums.count
                    sums.append((frame, 0, 0, 0))
                }
                sums[slot].salience += score.salience
                sums[slot].weighted += score.salience * contrast[index] * score.stance
                sums[slot].total += score.salience * contrast[index]
            }
        }
        var result: [String: FrameScore] = [:]
        for sum in sums where sum.salience > 0 {
            let weight = sum.total
            result[sum.frame] = FrameScore(salience: sum.salience, stance: weight > 0 ? max(-1, min(1, sum.weighted / weight)) : 0)
        }
        return result
    }

    /// The rules whose stance a contrast across sentences replaces: a frame only asserted,
    /// evaluated nearby or mentioned.
    static let demotable: FormSet = [
        AssertedFrame.name, EvaluatedFrame.name, EvaluatedFrame.comparativeName, ComparedPay.name, NeutralMention.name,
        PlainMoneyMention.name,
    ]

    /// Contrast across sentences demotes what it turns away from, as `ContrastedFrame` does within
    /// one: a frame of the sentence before a "Ma …" sentence that names other frames and not this
    /// one is demoted (−1) — "Mi dicono che dovrei andare dove pagano di più. Ma io qui ho trovato
    /// un senso" (money −1). A frame decided by a stronger rule keeps its stance.
    static func demotedAcrossContrast(_ sentences: [(frames: [String: FrameScore], opensWithContrast: Bool)]) -> [(frames: [String: FrameScore], opensWithContrast: Bool)] {
        guard sentences.count > 1, sentences.dropFirst().contains(where: \.opensWithContrast) else { return sentences }
        var result = sentences
        for index in 1..<sentences.count where sentences[index].opensWithContrast && !sentences[index].frames.isEmpty {
            for (frame, score) in sentences[index - 1].frames where sentences[index].frames[frame] == nil {
                guard !score.evidence.isEmpty, score.evidence.allSatisfy({ demotable.contains($0.rule) }) else { continue }
                result[index - 1].frames[frame] = FrameScore(salience: score.salience, stance: -1, evidence: score.evidence.map {
                    FrameEvidence(text: $0.text, term: $0.term, weight: $0.weight, scalars: $0.scalars, stance: -1, rule: ContrastedFrame.name)
                })
            }
        }
        return result
    }
}
