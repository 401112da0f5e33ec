/// The prenominal-adjective complement rule: "i consiglieri della stessa maggioranza", "il
/// segretario del nuovo partito", "i sindaci dell'intera provincia". A role's complement whose
/// noun follows an adjective that stands before nouns ends with the noun, not with the adjective
/// — which left "della stessa" in the role and "maggioranza" as the first word of the claim.
extension SpeakerMentionFinder {
    /// Adjectives written before the noun of a role's complement.
    static let prenominalComplementAdjectives: FormSet = [
        "stesso", "stessa", "stessi", "stesse", "nuovo", "nuova", "nuovi", "nuove", "vecchio", "vecchia", "vecchi", "vecchie",
        "intero", "intera", "interi", "intere", "attuale", "attuali", "precedente", "precedenti", "ultimo", "ultima",
        "principale", "principali", "prima", "primo", "grande", "grandi", "piccolo", "piccola", "piccoli", "piccole",
    ]

    /// Whether the complement word at `index` is such an adjective with a lower-case noun after it.
    func isPrenominalComplementAdjective(_ index: Int, in range: Range<Int>) -> Bool {
        index + 1 < range.upperBound && Self.prenominalComplementAdjectives.contains(document.form(index)) && document.isWord(index + 1)
            && !document.isCapitalized(index + 1) && !document.has(.cueForm, index + 1) && !document.has(.auxiliary, index + 1)
            && !document.has(.article, index + 1)
    }
}
