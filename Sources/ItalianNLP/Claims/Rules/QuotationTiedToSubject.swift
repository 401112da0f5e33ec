/// ``RuleID/quotationTiedToSubject``: "Zuckerberg punta sulla promessa di «…»" — a quotation of
/// speech that no cue claims, in a sentence whose subject (a name or role opening it) is a
/// possible speaker: a mixed claim from the verb after the subject to the end of the sentence.
extension AttributionContext {
    mutating func applyQuotationTiedToSubject(in sentence: Int) {
        let range = document.sentences[sentence]
        for quotation in quotations(openingIn: sentence) where !claimedQuotations.contains(quotation) {
            guard let close = pairs[quotation].close, classifyRole(quotation) != .title else { continue }
            // A term held at a distance ("dubbi sul cosiddetto «…»") is nobody's words.
            if distanceRole(quotation) != nil { continue }
            let words = document.wordCount(in: pairs[quotation].open + 1..<close)
            guard words >= 2 else { continue }
            // Already inside another claim's content.
            let mark = document.tokens[pairs[quotation].open].span.utf8
            if claims.reversed().prefix(while: { $0.sentence >= sentence - 1 }).contains(where: { $0.claim.content.utf8.contains(mark.lowerBound) }) {
                continue
            }
            guard let subject = mentions[sentence].first, subject.tokens.lowerBound - range.lowerBound <= 1,
                subject.kind == .name || subject.kind == .role || subject.kind == .group,
                subject.tokens.upperBound + 1 < pairs[quotation].open
            else { continue }
            let verb = subject.tokens.upperBound + 1
            guard document.isWord(verb), !document.isCapitalized(verb), let content = clauseSpan(verb + 1, range.upperBound - 1) else {
                continue
            }
            let entity = sourceEntity(of: subject, cue: nil, sentence: sentence)
            add(kind: .mixed, speaker: subject, entity: entity, cue: nil, cueSpan: document.span(verb, verb), content: content,
                rule: .quotationTiedToSubject, confidence: 0.55, sentence: sentence, quotation: quotation)
        }
    }
}
