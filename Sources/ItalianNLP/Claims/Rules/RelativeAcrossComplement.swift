/// The subject of a relative clause whose verb a short complement separates from "che": "l'Agenzia
/// delle entrate, che attraverso l'Avvocatura dello Stato ha chiesto un risarcimento", "il patron,
/// che in estate aveva promesso la promozione". ``relativeAntecedent(before:in:)`` lets only
/// clitics and adverbs stand there; with a complement the claim had no subject, and a noun object
/// without one was dropped.
extension AttributionContext {
    /// At most this many tokens after "che": a preposition and the words of its complement.
    static let longestRelativeComplement = 6

    /// Prepositions of means that the general lists lack: "attraverso i suoi legali".
    static let meansPrepositions: Set<String> = ["attraverso", "tramite", "mediante"]

    /// The mention before ", che" when a complement (a preposition and words without a verb)
    /// stands between "che" and token `index`, the verb; else nil.
    func relativeAntecedentAcrossComplement(before index: Int, in sentence: Int) -> SpeakerMention? {
        let range = document.sentences[sentence]
        var back = index - 1
        while back > range.lowerBound, document.has(.clitic, back) || document.form(back) == "non" || document.has(.interveningAdverb, back) {
            back -= 1
        }
        // Back over the complement's words to "che" (a complementizer: bits are asked before any
        // string is compared, since every subject search comes here).
        var position = back
        while position > range.lowerBound, index - position <= Self.longestRelativeComplement + 1, !document.has(.complementizer, position) {
            guard document.isWord(position) || document.tokens[position].kind == .number, !document.has(.auxiliary, position) else { return nil }
            position -= 1
        }
        let preposition = position + 1
        guard document.has(.complementizer, position), preposition < back, position - 2 >= range.lowerBound,
            document.isPunctuation(position - 1, ","), document.form(position) == "che",
            document.has(.locativePreposition, preposition) || document.has(.fusedPreposition, preposition)
                || Self.meansPrepositions.contains(document.form(preposition))
        else { return nil }
        return mentions[sentence].last { $0.tokens.upperBound == position - 2 && !self.insideQuotation[$0.tokens.lowerBound] }
    }
}
