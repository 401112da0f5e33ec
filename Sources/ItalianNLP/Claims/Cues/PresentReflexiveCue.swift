/// The present-reflexive cue: "Il sindaco si dice pronto a dimettersi", "L'azienda, in una nota, si
/// dice disponibile a riaprire il tavolo", "L'imputato si dichiara innocente". A finite "dirsi",
/// "dichiararsi" or "definirsi" with a predicate after it reports the predicate, as the compound
/// "si è detta disponibile" already did (``CueGroup/reflexive``). Without it the predicate ended
/// the search for a reported clause, and the claim was missed.
///
/// Only when "si" stands right before the verb and a predicate-like word follows it: the
/// impersonal "si dice che …" keeps its clause, and "come si dice in gergo" reports nothing.
extension CueFinder {
    /// Verbs whose pronominal form takes a predicate: "si dice pronto", "si dichiara estraneo".
    static let reflexivePredicateLemmas: Set<String> = ["dire", "dichiarare", "definire"]

    /// Whether the finite cue verb at token `index`, of `lemma`, is reflexive with a predicate after it.
    func isPresentReflexive(at index: Int, lemma: String, in range: Range<Int>) -> Bool {
        guard Self.reflexivePredicateLemmas.contains(lemma), index - 1 >= range.lowerBound, document.form(index - 1) == "si",
            index + 1 < range.upperBound, document.isWord(index + 1)
        else { return false }
        let next = index + 1
        return !(document.has(.article, next) || document.has(.locativePreposition, next) || document.has(.fusedPreposition, next)
            || document.has(.complementizer, next) || document.has(.clauseOpener, next) || document.has(.clitic, next)
            || document.has(.pronoun, next) || document.has(.interveningAdverb, next) || document.has(.auxiliary, next)
            || document.has(.cueForm, next) || document.isCapitalized(next))
    }
}
