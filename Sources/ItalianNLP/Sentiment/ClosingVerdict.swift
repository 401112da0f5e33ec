/// Frame rule across a full stop: a sentence of one or two words that only judges ("Vergogna.",
/// "Scandaloso!", "Finalmente.") passes its verdict to the frames of the sentence before it, the
/// way `VerdictFragment` does across a colon: "Paghe da quattro euro l'ora nei campi. Vergogna."
/// is money −1. Such a sentence names no frame and has nothing to judge but what was just said.
/// A question ("Davvero?") is no verdict. The judged frames change only where they were merely
/// asserted, evaluated in a window or mentioned (`VerdictFragment.judge`).
enum ClosingVerdict {
    static let name = "ClosingVerdict"
    /// The longest sentence that counts as a bare verdict.
    static let maximumWords = 2

    /// The sign of the verdict the sentence gives on the one before, if it is a bare verdict.
    static func verdict(_ sentiment: Sentiment, state: SentenceSentimentState, frames: [String: FrameScore], words: Int) -> Double? {
        guard words <= maximumWords, !state.units.contains(where: { $0.kind == .punctuation && $0.hasQuestionMark }) else { return nil }
        return VerdictFragment.verdict(sentiment, state: state, frames: frames, words: words)
    }
}
