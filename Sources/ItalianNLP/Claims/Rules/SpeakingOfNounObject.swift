/// The speaking-of rule: "La soprintendente ha parlato di un ritrovamento eccezionale", "I
/// consumatori parlano di una stangata da 600 euro", "Il presidente dell'Anci parla di un passo
/// avanti". "Parlare di" with an indefinite noun phrase names what the speaker calls the thing —
/// a judgement, reported as the noun objects of announcing are, from the article to the end of the
/// clause. Without the rule only a quoted phrase after "parlare di" made a claim.
///
/// An addressee may stand before "di" ("ha parlato ai cronisti di un'indagine complessa"). A
/// person ("ha parlato di un giovane del paese") is whom the speaker talked about, and a
/// definite or bare object is left alone: "ha parlato del progetto", "parla di politica" give
/// the topic, not the speaker's words.
extension AttributionContext {
    /// The indefinite articles that open what a speaker calls something.
    static let indefiniteArticles: Set<String> = ["un", "uno", "una", "un'"]

    /// Verbs of telling whose "di" + noun phrase is what they tell: "racconta di ambulatori pieni",
    /// "ha riferito di scontri isolati" (any noun phrase, not only an indefinite one).
    static let tellingOfLemmas: Set<String> = ["raccontare", "riferire"]

    /// Where the noun phrase after "raccontare di", "riferire di" starts (the word after "di"); nil
    /// before an infinitive (the reported clause's business) or a pronoun.
    func tellingOfObjectStart(after position: Int, in range: Range<Int>) -> Int? {
        var index = position
        while index < range.upperBound, document.has(.interveningAdverb, index) { index += 1 }
        guard index + 2 < range.upperBound, document.form(index) == "di", document.isWord(index + 1), document.isWord(index + 2),
            !isInfinitiveLike(index + 1), !document.has(.pronoun, index + 1), !isInsideQuotation(index + 1),
            !document.isCapitalized(index + 1)
        else { return nil }
        return index + 1
    }

    /// People a speaker talks about that the role and person lists do not hold.
    static let peopleTalkedAbout: Set<String> = [
        "giovane", "bambino", "bambina", "collega", "amico", "amica", "figlio", "figlia", "padre", "madre", "fratello", "sorella",
        "persona", "famiglia", "cittadino", "cittadina", "paziente", "cliente", "parente",
    ]

    /// Where the noun phrase after "parlare di" starts (its indefinite article), for a cue of
    /// "parlare" whose words end before token `position`; else nil.
    func speakingOfObjectStart(after position: Int, cue: CueGroup, in range: Range<Int>) -> Int? {
        guard !cue.passive, position + 2 < range.upperBound else { return nil }
        if Self.tellingOfLemmas.contains(cue.lemma) { return tellingOfObjectStart(after: position, in: range) }
        guard cue.lemma == "parlare" else { return nil }
        var index = position
        while index < range.upperBound, document.has(.interveningAdverb, index) { index += 1 }
        // "ha parlato ai cronisti di un'indagine complessa": a short addressee before "di".
        if index < range.upperBound, Self.addresseePrepositions.contains(document.form(index)) {
            var end = index + 1
            while end < range.upperBound, end - index <= Self.longestNounObjectAddressee, document.isWord(end), document.form(end) != "di" {
                end += 1
            }
            if end < range.upperBound, document.form(end) == "di" { index = end }
        }
        guard index + 2 < range.upperBound, document.form(index) == "di", Self.indefiniteArticles.contains(document.form(index + 1)),
            document.isWord(index + 2), !isInsideQuotation(index + 1)
        else { return nil }
        // "ha parlato di un giovane del paese": a person is whom the speaker talked about.
        if document.has(.personNoun, index + 2) || document.has(.genericPersonNoun, index + 2) || document.has(.roleFirstWord, index + 2)
            || Self.peopleTalkedAbout.contains(document.form(index + 2))
        {
            return nil
        }
        return index + 1
    }
}
