/// ``RuleID/supportVerbNounCue``: "Il sindaco ha poi rivolto un appello ai cittadini: chi ha visto
/// qualcosa lo segnali alla polizia locale.", "La Coldiretti ha lanciato l'allarme: il raccolto è
/// perso per metà." — a verb that only carries a claim noun (rivolgere, lanciare, fare, rinnovare
/// un appello, un invito, l'allarme) and a colon: what follows the colon is the subject's claim,
/// with the noun as its cue. Without a "di" complement ``RuleID/nounCue`` did not see it, and the
/// support verb is no reporting verb.
///
/// The subject is named before the verb (a dropped one is left alone); a quotation after the colon
/// is the quotation rules' business.
extension AttributionContext {
    /// Forms of the verbs that carry a claim noun.
    static let supportVerbForms: Set<String> = [
        "rivolto", "rivolge", "rivolgono", "rivolgerà", "rivolgeva", "lanciato", "lancia", "lanciano", "lancerà", "lanciava",
        "fatto", "fa", "fanno", "farà", "rinnovato", "rinnova", "rinnovano", "ribadito", "ripetuto", "ripete",
    ]

    /// Articles that may open the claim noun.
    static let supportVerbNounArticles: Set<String> = ["un", "uno", "una", "un'", "l'", "il", "lo", "la", "i", "gli", "le"]

    /// The most tokens between the claim noun and the colon: "ai cittadini", "alle famiglie della zona".
    static let supportVerbComplementTokens = 5

    mutating func applySupportVerbNounCue(in sentence: Int) {
        let range = document.sentences[sentence]
        // The support verb, its article and its claim noun, then a short complement and a colon.
        var verb = range.lowerBound + 1
        var found: (noun: Int, colon: Int)? = nil
        while verb + 2 < range.upperBound, verb - range.lowerBound <= 16 {
            defer { verb += 1 }
            // The claim noun first: one bit rules out nearly every position before a string is hashed.
            guard document.has(.claimNoun, verb + 2), document.isWord(verb), Self.supportVerbForms.contains(document.form(verb)),
                Self.supportVerbNounArticles.contains(document.form(verb + 1))
            else { continue }
            var colon = verb + 3
            while colon < range.upperBound, colon - (verb + 2) <= Self.supportVerbComplementTokens, document.isWord(colon) { colon += 1 }
            guard colon < range.upperBound, document.has(.colon, colon) else { continue }
            found = (verb + 2, colon)
            break
        }
        guard let (noun, colon) = found else { return }
        var groupStart = noun - 2
        while groupStart - 1 >= range.lowerBound, document.has(.auxiliary, groupStart - 1) || document.has(.interveningAdverb, groupStart - 1) {
            groupStart -= 1
        }
        guard let speaker = subjectMention(before: groupStart, in: sentence), !insideQuotation[speaker.tokens.lowerBound] else { return }
        guard let (contentSentence, content) = claimAfterColon(colon, in: sentence, range: range) else { return }
        add(kind: kindFor(content), speaker: speaker, entity: sourceEntity(of: speaker, cue: nil, sentence: sentence), cue: nil,
            cueSpan: document.span(noun, noun), content: content, rule: .supportVerbNounCue, confidence: 0.7, sentence: contentSentence)
    }

    /// The claim after a claim noun's colon: in this sentence, or in the next one of the same
    /// paragraph when the colon ends it; nil when it opens with no word or a claim already covers it.
    func claimAfterColon(_ colon: Int, in sentence: Int, range: Range<Int>) -> (sentence: Int, content: TextSpan)? {
        var contentSentence = sentence
        var start = colon + 1
        var end = range.upperBound - 1
        if start >= range.upperBound {
            guard sentence + 1 < document.sentences.count, document.paragraphOf[sentence + 1] == document.paragraphOf[sentence] else { return nil }
            contentSentence = sentence + 1
            start = document.sentences[contentSentence].lowerBound
            end = document.sentences[contentSentence].upperBound - 1
        }
        guard document.isWord(start), let content = clauseSpan(start, end), !hasClaim(in: contentSentence, overlapping: content) else { return nil }
        return (contentSentence, content)
    }
}
