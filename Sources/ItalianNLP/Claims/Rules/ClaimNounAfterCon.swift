/// The claim-noun-after-"con" rule: "Il sindaco ha chiuso la serata con un invito: nessuno deve
/// sentirsi solo.", "La presidente ha aperto l'assemblea con un appello: …", "ha risposto con una
/// promessa: …". A claim noun after "con", then a colon: what follows the colon is the subject's
/// claim, with the noun as its cue — as after a support verb (``RuleID/supportVerbNounCue``), but
/// with a verb of its own (closing, opening, answering) and its object before "con". Without it
/// the verb was no reporting verb and the claim was missed.
///
/// The subject is named before the clause's auxiliary ("ha chiuso"); a dropped one is left alone,
/// and a quotation after the colon is the quotation rules' business.
extension AttributionContext {
    /// The most tokens between the start of the verb group and "con": "ha chiuso la serata".
    static let longestVerbBeforeClaimNoun = 6

    mutating func applyClaimNounAfterCon(in sentence: Int) {
        let range = document.sentences[sentence]
        guard let colon = (range.lowerBound..<range.upperBound).first(where: { document.has(.colon, $0) }) else { return }
        // "con", an article and a claim noun, then at most a short complement before the colon.
        var noun: Int? = nil
        var position = max(range.lowerBound + 2, colon - 1 - Self.supportVerbComplementTokens)
        while position < colon {
            if document.has(.claimNoun, position), document.form(position - 2) == "con",
                Self.supportVerbNounArticles.contains(document.form(position - 1))
            {
                noun = position
                break
            }
            position += 1
        }
        guard let noun, (noun + 1..<colon).allSatisfy({ document.isWord($0) }) else { return }
        // The auxiliary that opens the verb group, a few words before "con".
        var auxiliary = noun - 3
        while auxiliary >= range.lowerBound, noun - 2 - auxiliary <= Self.longestVerbBeforeClaimNoun, !document.has(.auxiliary, auxiliary) {
            guard document.isWord(auxiliary), !document.has(.complementizer, auxiliary) else { return }
            auxiliary -= 1
        }
        guard auxiliary >= range.lowerBound, document.has(.auxiliary, auxiliary),
            let speaker = subjectMention(before: auxiliary, in: sentence), !insideQuotation[speaker.tokens.lowerBound]
        else { return }
        guard let (contentSentence, content) = claimAfterColon(colon, in: sentence, range: range) else { return }
        add(kind: kindFor(content), speaker: speaker, entity: sourceEntity(of: speaker, cue: nil, sentence: sentence), cue: nil,
            cueSpan: document.span(noun, noun), content: content, rule: .supportVerbNounCue, confidence: 0.65, sentence: contentSentence)
    }
}
