/// A short complement between the verb and its noun object: "ha annunciato per gennaio un tavolo
/// con i produttori", "hanno annunciato per domani un sopralluogo", "ha comunicato ai sindacati 180
/// esuberi", "ha chiesto in una lettera nuovi fondi". News puts the time, the addressee or the
/// channel there; the claim runs from the complement, as the dev gold writes it ("per gennaio un
/// tavolo con i produttori"). Without it the search for a noun object stopped at the preposition.
///
/// The complement is a preposition and a few words without a verb; what follows it opens like a
/// noun object (an article, a quantity word, a number) and names no speaker — "ha annunciato in
/// serata il sindaco" has its subject there, not its object.
extension AttributionContext {
    /// At most this many words after the preposition: "per la prossima settimana".
    static let longestComplementBeforeNounObject = 4

    /// Where the claim starts when a complement opens at token `index` before a noun object (the
    /// complement's preposition), or nil.
    func complementBeforeNounObjectStart(at index: Int, lemma: String, in sentence: Int) -> Int? {
        let range = document.sentences[sentence]
        guard Self.nounObjectLemmas.contains(lemma), index + 2 < range.upperBound, document.isWord(index),
            document.has(.locativePreposition, index) || document.has(.fusedPreposition, index),
            // "di" opens the reported clause or a partitive ("dei chiarimenti"), not a complement.
            !["di", "d'", "del", "dello", "della", "dell'", "dei", "degli", "delle"].contains(document.form(index))
        else { return nil }
        var position = index + 1
        while position + 1 < range.upperBound, position - index <= Self.longestComplementBeforeNounObject {
            let isNumber = document.tokens[position].kind == .number
            guard document.isWord(position) || isNumber, !document.has(.auxiliary, position), !document.has(.complementizer, position),
                !document.has(.clitic, position), !isInsideQuotation(position),
                // A verb form is a noun only after an article or a preposition ("in una nota").
                !document.has(.cueForm, position) || document.has(.article, position - 1) || document.has(.locativePreposition, position - 1)
            else { return nil }
            let next = position + 1
            let opens = Self.nounObjectOpeners.contains(document.form(next)) || document.tokens[next].kind == .number
                || Self.numberWords.contains(document.form(next))
            if opens, next + 1 < range.upperBound, document.isWord(next + 1), !document.has(.locativePreposition, next),
                !mentions[sentence].contains(where: { $0.tokens.lowerBound == next || $0.tokens.lowerBound == next + 1 })
            {
                return index
            }
            position += 1
        }
        return nil
    }
}
