/// The unlisted-noun rule of ``RuleID/invertedCueAfterQuotation``: "«…», racconta una passeggera,
/// Giovanna Rinaldi, 61 anni", "«…», dice un marittimo dell'equipaggio che chiede di restare
/// anonimo" — right after a quotation's cue stands its subject, even when the role lexicon lacks
/// the noun: an article, the noun, adjectives or a "di" complement, closed by punctuation or a
/// relative "che". A name in apposition names it. The new mention joins the sentence's mentions,
/// so that a relative clause after it ("che chiede …") finds its subject.
extension AttributionContext {
    mutating func unlistedNounSubject(after cue: CueGroup, in sentence: Int) -> SpeakerMention? {
        let range = document.sentences[sentence]
        var article = cue.tokens.upperBound + 1
        while article < range.upperBound, article - cue.tokens.upperBound <= 2, document.has(.interveningAdverb, article),
            !document.has(.article, article)
        {
            article += 1
        }
        let noun = article + 1
        guard noun < range.upperBound, document.has(.article, article), !document.has(.fusedPreposition, article),
            !mentions[sentence].contains(where: { $0.tokens.contains(article) || $0.tokens.contains(noun) }),
            document.isWord(noun), !document.isCapitalized(noun), !insideQuotation[noun], document.form(noun).utf8.count >= 4
        else { return nil }
        if document.has(.cueForm, noun) || document.has(.auxiliary, noun) || document.has(.clitic, noun)
            || document.has(.interveningAdverb, noun) || document.has(.locativePreposition, noun) || document.has(.complementizer, noun)
            || document.has(.article, noun) || document.has(.notName, noun) || MultiwordExpansion.infinitives.contains(document.form(noun))
        {
            return nil
        }
        let articleForm = document.form(article)
        let plural = ["i", "gli", "le"].contains(articleForm)
        if let cuePlural = cue.plural, cuePlural != plural { return nil }
        var end = noun
        // "dell'equipaggio", "di turno": one complement; or up to two adjectives.
        if end + 2 < range.upperBound, document.has(.complementPreposition, end + 1), document.isWord(end + 2),
            !document.isCapitalized(end + 2), !document.has(.article, end + 2)
        {
            end += 2
        } else if end + 2 < range.upperBound, document.has(.complementPreposition, end + 1),
            let body = mentions[sentence].first(where: { $0.tokens.lowerBound == end + 2 && $0.kind == .name && !$0.hasGivenName })
        {
            // "un volontario della Croce verde", "un portavoce di Legambiente": the body named in
            // the complement belongs to the noun.
            end = body.tokens.upperBound
        } else {
            while end + 1 < range.upperBound, end - noun < 2, SpeakerMentionFinder.isAdjectiveLike(end + 1, in: document) { end += 1 }
        }
        let next = end + 1
        // "osserva lo storico dell'arte Piero Sandri, che …": the person's full name right after
        // the noun is the subject.
        if let name = mentions[sentence].first(where: { $0.tokens.lowerBound == next && $0.kind == .name }), name.hasGivenName {
            return name
        }
        guard next >= range.upperBound || document.tokens[next].kind == .punctuation || document.form(next) == "che" else { return nil }
        // "una passeggera, Giovanna Rinaldi,": the name in apposition.
        if document.isPunctuation(next, ","), let name = mentions[sentence].first(where: { $0.tokens.lowerBound == next + 1 && $0.kind == .name }),
            name.hasGivenName
        {
            return name
        }
        let indefinite = ["un", "uno", "una", "un'"].contains(articleForm)
        let mention = SpeakerMention(
            tokens: article...end, core: noun...end, kind: .role,
            gender: Self.nounGender(article: articleForm, noun: document.form(noun)), plural: plural, name: document.text(noun, end),
            hasGivenName: false, isBare: end == noun, isIndefinite: indefinite)
        let entity = registry.register(mention, headWord: document.form(noun))
        mentionEntity[article] = entity
        let position = mentions[sentence].firstIndex { $0.tokens.lowerBound > article } ?? mentions[sentence].count
        mentions[sentence].insert(mention, at: position)
        return mention
    }
}
