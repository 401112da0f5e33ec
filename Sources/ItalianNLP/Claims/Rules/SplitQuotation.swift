/// ``RuleID/splitQuotation`` with a longer incise: "«A», osserva lo storico Piero Sandri, che per
/// vent'anni ha lavorato nel museo, «B»". The speaker's incise may go on with a relative clause or
/// an apposition before the second part; the tail opens with a comma after the speaker, and the
/// second part opens after a comma in the same sentence, with no stronger mark, no quotation and no
/// other reporting verb in between ("ha detto ridendo, «B»" keeps its gerund cue).
extension AttributionContext {
    /// At most this many tokens may stand between the speaker and the second part.
    static let splitInciseMaximumTokens = 20

    /// The second part of a split quotation that opens within the incise's tail after token
    /// `start` (the first token after the speaker), or nil.
    func secondPartAfterIncise(from start: Int, cue: CueGroup) -> Int? {
        // The incise's tail opens with a comma after the speaker: ", che per vent'anni …, «B»".
        guard start > 0, start < document.tokens.count, document.isPunctuation(start - 1, ",") else { return nil }
        let sentence = document.sentenceOf[start]
        let range = document.sentences[sentence]
        var index = start
        while index < range.upperBound, index - start <= Self.splitInciseMaximumTokens {
            if let second = outermostBySentence[sentence].first(where: { pairs[$0].open == index }) {
                return document.isPunctuation(index - 1, ",") && index - 1 > start ? second : nil
            }
            if document.tokens[index].kind == .punctuation, document.tokens[index].text != ",", document.tokens[index].text != "'" {
                return nil
            }
            index += 1
        }
        return nil
    }

    /// Whether a reporting verb other than `cue` stands between the tokens.
    func hasOtherCue(between lower: Int, and upper: Int, besides cue: CueGroup) -> Bool {
        cues[document.sentenceOf[lower]].contains { $0.verb != cue.verb && $0.tokens.lowerBound >= lower && $0.tokens.upperBound < upper }
    }
}
