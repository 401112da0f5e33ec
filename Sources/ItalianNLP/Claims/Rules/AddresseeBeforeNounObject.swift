/// The addressee-before-noun-object rule: "ha chiesto a Cotral un piano di rimborsi", "chiede al
/// ministero fondi straordinari", "ha promesso ai residenti un indennizzo". A verb of asking or
/// promising may name whom it addresses, with "a", before its noun object; the claim runs from
/// the addressee, as the guidelines' gold writes it ("al ministero fondi straordinari per le
/// strutture"). Without it the search for a noun object stopped at the preposition.
extension AttributionContext {
    /// Verbs of asking and promising whose addressee may come before the noun object.
    static let addresseeNounObjectLemmas: Set<String> = [
        "chiedere", "richiedere", "promettere", "garantire", "proporre", "sollecitare", "annunciare",
    ]

    /// The "a" prepositions that open an addressee.
    static let addresseePrepositions: Set<String> = ["a", "ad", "al", "allo", "alla", "all'", "ai", "agli", "alle"]

    /// At most this many words name the addressee after the preposition.
    static let longestNounObjectAddressee = 3

    /// Where the claim starts when an addressee opens at token `index` before a noun object (the
    /// addressee's preposition), or nil.
    func addresseeBeforeNounObjectStart(at index: Int, lemma: String, in range: Range<Int>) -> Int? {
        guard Self.addresseeNounObjectLemmas.contains(lemma), index + 2 < range.upperBound,
            Self.addresseePrepositions.contains(document.form(index))
        else { return nil }
        var position = index + 1
        // The preposition's own article ("a la" is not written; "al" already holds it).
        while position < range.upperBound, position - index <= Self.longestNounObjectAddressee {
            guard document.isWord(position), !document.has(.cueForm, position) || document.isCapitalized(position),
                !document.has(.auxiliary, position), !document.has(.complementizer, position)
            else { return nil }
            let next = position + 1
            guard next + 1 < range.upperBound, document.isWord(next), document.isWord(next + 1) else { return nil }
            // The object opens after at least one addressee word: an article or a bare noun.
            if Self.nounObjectOpeners.contains(document.form(next)) || bareNounObjectStart(at: next, lemma: lemma, in: range) != nil,
                !Self.addresseePrepositions.contains(document.form(next))
            {
                return index
            }
            position += 1
        }
        return nil
    }
}
