/// ``RuleID/cleftNounAttribution``: "Otto anni di reclusione per il costruttore, sei per il
/// direttore dei lavori. Sono le richieste della pm Valeria Cuomo al termine della requisitoria."
/// — a sentence that opens with a copula, the article and a claim noun whose "di" complement names
/// the speaker puts the sentence before it in that speaker's mouth, as "È la denuncia di X" does
/// for a quotation (``RuleID/attributionInNextSentence``). News opens leads this way; without the
/// rule the claim was missed, or read as the author's.
///
/// The sentence before is in the same paragraph, holds no quotation and no claim, and is no
/// heading; a wire's dateline that opens it ("SALERNO –") is left out of the content.
extension AttributionContext {
    /// The most tokens a dateline before its dash may have: "(ANSA) – SAN DONÀ DI PIAVE, 21 FEB –".
    static let datelineMaximumTokens = 12

    mutating func applyCleftNounAttribution(in sentence: Int) {
        let range = document.sentences[sentence]
        let first = range.lowerBound
        // Two bits rule out nearly every sentence before any string is compared.
        guard sentence > 0, range.count >= 5, document.has(.claimNoun, first + 2), document.has(.definiteArticle, first + 1),
            Self.cleftCopulas.contains(document.form(first)), let (noun, speaker) = nounCueSpeaker(before: range.upperBound, in: sentence),
            noun == first + 2
        else { return }
        let previous = sentence - 1
        guard document.paragraphOf[previous] == document.paragraphOf[sentence], !document.isHeading(previous),
            outermostBySentence[previous].isEmpty
        else { return }
        let previousRange = document.sentences[previous]
        let start = datelineEnd(in: previousRange).map { $0 + 1 } ?? previousRange.lowerBound
        guard start < previousRange.upperBound, let content = clauseSpan(start, previousRange.upperBound - 1),
            !hasClaim(in: previous, overlapping: content)
        else { return }
        add(kind: kindFor(content), speaker: speaker, entity: sourceEntity(of: speaker, cue: nil, sentence: sentence), cue: nil,
            cueSpan: document.span(first + 1, noun), content: content, rule: .cleftNounAttribution, confidence: 0.7, sentence: sentence)
    }

    /// The dash that closes a wire's dateline opening `range` ("SALERNO –", "(ANSA) – LIVORNO, 12
    /// MAG –"): before it only words in capitals, numbers, commas and brackets; nil when there is none.
    func datelineEnd(in range: Range<Int>) -> Int? {
        var dash: Int? = nil
        var index = range.lowerBound
        while index < range.upperBound, index - range.lowerBound <= Self.datelineMaximumTokens {
            let token = document.tokens[index]
            if token.kind == .punctuation {
                if Self.isDash(token.text) {
                    dash = index
                } else if ![",", "(", ")"].contains(token.text) {
                    break
                }
            } else if token.kind != .number, !(token.text.count > 1 && token.text == token.text.uppercased()) {
                break
            }
            index += 1
        }
        return dash
    }
}
