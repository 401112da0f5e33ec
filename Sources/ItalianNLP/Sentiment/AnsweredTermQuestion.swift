/// Frame rule across sentences: a frame term asked as a bare question takes the verdict of the
/// answer after it — "Vocazione? Io la chiamo sfruttamento." (mission −1), "Lo stipendio? Più
/// che dignitoso." (money +1). A one-to-three-word question that only names a frame announces
/// the writer's judgement of it, and the next sentence gives it; that sentence must name no
/// frame itself and carry a clear sentiment (|score| ≥ `threshold`). The question's frames take
/// the verdict where they were only asserted, evaluated or mentioned (`VerdictFragment.judge`).
/// An answer that names the frame again with a decided stance gives it to the question too
/// (`restated`: "Ideali? Con gli ideali non ci paghi l'affitto."); one that leaves it out and
/// asserts the other frame demotes it (`rebutted`: "Lo stipendio? Conta, ma io resto per i
/// ragazzi." — money −1). Dismissals ("Innovazione? Parole.") and excuses ("Il merito? Una scusa per…") are
/// `DismissiveFragment`'s; `CrossSentenceFrames` applies this rule.
enum AnsweredTermQuestion {
    static let name = "AnsweredTermQuestion"
    static let maximumWords = 3
    static let threshold = 0.25

    /// Whether a sentence is a bare question about the frames it names.
    static func isTermQuestion(_ state: SentenceSentimentState, frames: [String: FrameScore]) -> Bool {
        guard !frames.isEmpty, state.units.last?.hasQuestionMark == true else { return false }
        var words = 0
        for unit in state.units where unit.kind == .word {
            words += 1
            if words > maximumWords { return false }
        }
        return words > 0
    }

    /// The question's frames where the answer names the same frame again with a stance a rule
    /// decided ("Ideali? Con gli ideali non ci paghi l'affitto.": mission −1): the question takes
    /// that stance where it was only asserted, evaluated or mentioned. Nil when nothing changes.
    static func restated(_ question: [String: FrameScore], by answer: [String: FrameScore]) -> [String: FrameScore]? {
        var result = question
        var changed = false
        for (frame, score) in question {
            guard let answered = answer[frame], abs(answered.stance) >= 0.5,
                !answered.evidence.isEmpty, !answered.evidence.allSatisfy({ VerdictFragment.replaceable.contains($0.rule) }),
                !score.evidence.isEmpty, score.evidence.allSatisfy({ VerdictFragment.replaceable.contains($0.rule) })
            else { continue }
            let stance: Double = answered.stance > 0 ? 1 : -1
            result[frame] = FrameScore(salience: score.salience, stance: stance, evidence: score.evidence.map {
                FrameEvidence(text: $0.text, term: $0.term, weight: $0.weight, scalars: $0.scalars, stance: stance, rule: name)
            })
            changed = true
        }
        return changed ? result : nil
    }

    /// The frames of the pair, each with the other: an answer that asserts one answers a question
    /// about the other.
    static let otherFrame: [String: String] = ["mission": "money", "money": "mission"]

    /// The question's frames where the answer does not name them again but asserts the other frame
    /// of the pair (stance ≥ 0.5): the question's frame is demoted (−1) where it was only asserted,
    /// evaluated or mentioned ("Il guadagno? Fa comodo, ma lo faccio per i ragazzi."). An answer
    /// that adds rather than opposes ("anche") demotes nothing ("I soldi? Servono, ma anche la
    /// passione."). Nil when nothing changes.
    static func rebutted(_ question: [String: FrameScore], by answer: [String: FrameScore], state: SentenceSentimentState) -> [String: FrameScore]? {
        guard !state.units.contains(where: { $0.form == "anche" }) else { return nil }
        var result = question
        var changed = false
        for (frame, score) in question {
            guard answer[frame] == nil, let other = otherFrame[frame], let asserted = answer[other], asserted.stance >= 0.5,
                !score.evidence.isEmpty, score.evidence.allSatisfy({ VerdictFragment.replaceable.contains($0.rule) })
            else { continue }
            result[frame] = FrameScore(salience: score.salience, stance: -1, evidence: score.evidence.map {
                FrameEvidence(text: $0.text, term: $0.term, weight: $0.weight, scalars: $0.scalars, stance: -1, rule: name)
            })
            changed = true
        }
        return changed ? result : nil
    }

    /// The verdict an answer gives: the sign of its sentiment, if it names no frame and is clear.
    static func verdict(of answer: Sentiment, frames: [String: FrameScore]) -> Double? {
        guard frames.isEmpty, abs(answer.score) >= threshold else { return nil }
        return answer.score > 0 ? 1 : -1
    }
}
