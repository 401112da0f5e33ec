/// ``RuleID/colonStatement``: "Arpae: primi campioni nella norma per le polveri sottili.", "ORE
/// 18.20 – Il comandante Marchetti: le fiamme sono sotto controllo." — a name or role that opens a
/// sentence of the text (after a live blog's time stamp or a dateline closed by a dash), a colon,
/// and what that speaker says without quotation marks. It is the unquoted form of
/// ``RuleID/colonQuotation``; the guidelines write it as an indirect claim with no cue ("fonti del
/// ministero: P"). Live blogs and wires report this way entry after entry; without the rule each
/// such entry was missed.
///
/// Only a sentence that ends with its full stop is text (a heading line has none, and the caller
/// skips headings); the colon stands within the first words, right after the speaker, and at least
/// three words follow it.
extension AttributionContext {
    /// How far into the sentence the colon may stand: a time stamp, a dash and a speaker with
    /// a role and a name ("ORE 11.02 – Il comandante provinciale dei vigili del fuoco, Stefano Marchetti:").
    static let colonStatementReach = 20

    /// The fewest words the statement after the colon has.
    static let colonStatementMinimumWords = 3

    mutating func applyColonStatement(in sentence: Int) {
        let range = document.sentences[sentence]
        guard range.count >= 3 else { return }
        var colon = range.lowerBound + 1
        let reach = min(range.upperBound, range.lowerBound + Self.colonStatementReach)
        while colon < reach, !document.has(.colon, colon) { colon += 1 }
        guard colon < reach, document.has(.colon, colon), !insideQuotation[colon] else { return }
        // The statement: the rest of the sentence, or the next sentence of the paragraph when the
        // splitter ended the sentence at the colon ("Arpae:" and "primi campioni …").
        var contentSentence = sentence
        if colon + 1 >= range.upperBound {
            guard sentence + 1 < document.sentences.count, document.paragraphOf[sentence + 1] == document.paragraphOf[sentence] else { return }
            contentSentence = sentence + 1
            // A statement with its own reporting verb or quotation is somebody else's to attribute.
            guard cues[contentSentence].isEmpty, outermostBySentence[contentSentence].isEmpty else { return }
        }
        let contentRange = document.sentences[contentSentence]
        let first = contentSentence == sentence ? colon + 1 : contentRange.lowerBound
        // "Preoccupati i coltivatori: secondo l'associazione, …" — an attribution of its own.
        guard let last = contentRange.last, first < last, document.isWord(first), !document.has(.attributionPhraseStart, first),
            document.tokens[last].kind == .punctuation,
            ClaimDocument.finalStops.contains(document.tokens[last].text)
        else { return }
        guard let mention = mentions[sentence].last(where: { $0.tokens.upperBound == colon - 1 }),
            mention.kind == .name || mention.kind == .role || mention.kind == .group
        else { return }
        // The mention opens the sentence; a name in apposition counts from its role ("Il
        // comandante …, Stefano Marchetti:").
        var start = mention.tokens.lowerBound
        if mention.kind == .name, let role = mentions[sentence].last(where: {
            ($0.kind == .role || $0.kind == .group) && $0.tokens.upperBound < mention.tokens.lowerBound
                && Self.isApposition($0, mention, in: document)
        }) {
            start = role.tokens.lowerBound
        }
        // (A live blog's time stamp or a wire's dateline may come first: "ORE 18.20 – …:".)
        let afterStamp = start > range.lowerBound && start - range.lowerBound <= 8 && Self.isDash(document.tokens[start - 1].text)
        guard start - range.lowerBound <= 1 || afterStamp else { return }
        var words = 0
        for index in first..<last where document.isWord(index) {
            words += 1
            if words >= Self.colonStatementMinimumWords { break }
        }
        guard words >= Self.colonStatementMinimumWords, let content = clauseSpan(first, last),
            !hasClaim(in: contentSentence, overlapping: content)
        else { return }
        add(kind: kindFor(content), speaker: mention, entity: sourceEntity(of: mention, cue: nil, sentence: sentence), cue: nil,
            content: content, rule: .colonStatement, confidence: 0.65, sentence: contentSentence)
    }
}
