/// The object-after-indirect-object rule: "Il Consiglio ha approvato con 14 voti favorevoli una
/// mozione che impegna la giunta …" reports nothing. The words a reporting verb may have before
/// its clause ("ha detto ai giornalisti presenti in sala che …") never hold a second noun phrase
/// with its own article: an article that follows a noun rather than a preposition opens the
/// verb's direct object, and a "che" after it is that object's relative pronoun. Without the rule
/// the relative clause was read as the verb's report.
extension AttributionContext {
    /// Articles that open a noun phrase (not fused with a preposition).
    static let plainArticles: Set<String> = ["il", "lo", "la", "i", "gli", "le", "l'", "un", "uno", "una", "un'"]

    /// Words that may stand before an article inside a complement: "a tutti i presenti", "a
    /// entrambi i sindaci".
    static let predeterminers: Set<String> = ["tutti", "tutte", "tutto", "tutta", "entrambi", "entrambe", "ambedue"]

    /// Whether token `index`, inside the words between a reporting verb and its clause, opens a
    /// second noun phrase: a plain article after a word that is neither a preposition, an article
    /// nor a predeterminer.
    func opensObjectAfterIndirectObject(_ index: Int, in range: Range<Int>) -> Bool {
        guard index - 1 >= range.lowerBound, Self.plainArticles.contains(document.form(index)) else { return false }
        let previous = index - 1
        guard document.isWord(previous) || document.tokens[previous].kind == .number else { return false }
        let form = document.form(previous)
        return !(document.has(.locativePreposition, previous) || document.has(.article, previous)
            || Self.indirectObjectPrepositions.contains(form) || Self.complementOpeners.contains(form)
            || Self.predeterminers.contains(form) || Self.meansPrepositions.contains(form))
    }
}
