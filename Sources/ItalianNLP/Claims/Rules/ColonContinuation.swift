/// ``RuleID/colonContinuation``: "E ancora: «…»", "Poi, più duro: «…»", "E sul cambio di modulo:
/// «…»" — a quotation after a colon whose sentence opens with a few words that name nobody, report
/// nothing and quote nothing, right after a claim of the same paragraph: its speaker goes on. The
/// words before the colon only frame the quotation (a connective, a topic, a tone), so they cannot
/// bring in a new speaker.
extension AttributionContext {
    /// At most this many words may stand before the colon.
    static let colonContinuationMaximumWords = 6

    /// Tries the rule on an outermost quotation no earlier rule took; true when it took it.
    mutating func applyColonContinuation(_ quotation: Int, content: TextSpan, open: Int, sentence: Int) -> Bool {
        let range = document.sentences[sentence]
        guard open >= range.lowerBound + 2, document.isPunctuation(open - 1, ":") else { return false }
        let colon = open - 1
        // Nobody named, no cue, no other quotation before the colon.
        guard mentions[sentence].allSatisfy({ $0.tokens.lowerBound > colon }),
            cues[sentence].allSatisfy({ $0.tokens.lowerBound > colon }),
            outermostBySentence[sentence].first.map({ pairs[$0].open >= open }) ?? true
        else { return false }
        var words = 0
        for index in range.lowerBound..<colon where document.isWord(index) {
            // A verb before the colon ("Si è presentato così: «…»") makes it a clause of its own.
            if document.has(.auxiliary, index) { return false }
            words += 1
        }
        guard words >= 1, words <= Self.colonContinuationMaximumWords else { return false }
        // The claim just before: in this sentence or the one before, in the same paragraph.
        guard let previous = claims.last, previous.sentence >= sentence - 1,
            document.paragraphOf[previous.sentence] == document.paragraphOf[sentence],
            let entity = previous.entity, isPerson(entity) || registry.entities[entity].kind == .group
        else { return false }
        add(kind: .direct, speaker: nil, entity: entity, cue: nil, content: content, rule: .colonContinuation,
            confidence: 0.6, sentence: sentence, quotation: quotation)
        return true
    }
}
