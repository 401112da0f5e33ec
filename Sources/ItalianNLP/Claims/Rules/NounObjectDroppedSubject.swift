/// When a noun object's verb has no subject before it, the subject is dropped — and the claim
/// safe to take — not only when the verb opens its clause (``opensClause(_:in:)``) but also after
/// a complement fronted before it and closed by a comma ("In caso di condanna, ha già annunciato
/// ricorso in appello", "Al termine dell'incontro, ha chiesto un nuovo tavolo"), and when the verb
/// is coordinated with a claim of the same sentence ("… che denunciano carichi insostenibili e
/// chiedono trenta assunzioni"). Without it these claims were dropped with the inanimate subjects
/// the check keeps out ("La legge esclude i redditi …").
extension AttributionContext {
    /// The most tokens a fronted complement may have: "In caso di condanna", "Al termine della
    /// riunione in prefettura".
    static let frontedComplementMaximumTokens = 7

    /// Whether the subject of `cue`, a verb with a noun object, is dropped rather than an
    /// inanimate noun phrase the text did not name as a speaker.
    func nounObjectSubjectIsDropped(_ cue: CueGroup, in sentence: Int) -> Bool {
        let range = document.sentences[sentence]
        return opensClause(cue, in: range) || opensClauseAfterFrontedComplement(cue, in: range)
            || opensClauseAfterFrontedComplementWithoutComma(cue, in: range)
            || coordinatedClaimEntity(before: cue, in: sentence) != nil
    }

    /// Whether only openers and adverbs, a complement that opens with a preposition and closes with
    /// a comma, and then openers, adverbs and commas stand before the cue.
    func opensClauseAfterFrontedComplement(_ cue: CueGroup, in range: Range<Int>) -> Bool {
        let verb = cue.tokens.lowerBound
        var index = range.lowerBound
        while index < verb, document.has(.clauseOpener, index) || document.has(.interveningAdverb, index) || document.isPunctuation(index, ",") {
            if document.has(.clitic, index) { return false }
            index += 1
        }
        guard index < verb, document.isWord(index), !document.isCapitalized(index) || index == range.lowerBound,
            document.has(.locativePreposition, index) || document.has(.fusedPreposition, index) || document.has(.barePreposition, index)
        else { return false }
        let preposition = index
        index += 1
        while index < verb, !document.isPunctuation(index, ",") {
            guard index - preposition <= Self.frontedComplementMaximumTokens, document.isWord(index),
                !document.has(.auxiliary, index), !document.has(.complementizer, index), !document.has(.clitic, index)
            else { return false }
            // A verb form is a noun only after an article or a preposition ("In una nota").
            if document.has(.cueForm, index), !(document.has(.article, index - 1) || document.has(.locativePreposition, index - 1)) {
                return false
            }
            index += 1
        }
        guard index < verb, index > preposition + 1 else { return false }
        index += 1
        while index < verb {
            guard document.has(.clauseOpener, index) || document.has(.interveningAdverb, index) || document.isPunctuation(index, ","),
                !document.has(.clitic, index)
            else { return false }
            index += 1
        }
        return true
    }
}
