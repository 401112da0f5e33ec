/// The fronted-complement-without-comma rule: "Davanti al magistrato di turno ha ammesso la rapina",
/// "In una nota ha annunciato un ricorso", "Nel pomeriggio ha chiesto un incontro". A complement of
/// place, time or channel may open the clause without a comma before a verb whose subject is
/// dropped; the noun object is then the dropped subject's claim, as after a complement closed by a
/// comma (``opensClauseAfterFrontedComplement(_:in:)``). Without it the claim was dropped with
/// the inanimate subjects that check keeps out.
///
/// The complement opens the sentence with a preposition of place, time or channel — not "di",
/// "da" or "per", whose phrases may be the subject's origin or an according-to source — holds a
/// few words and no verb, and runs up to the cue's auxiliary or verb.
extension AttributionContext {
    /// Prepositions that open a fronted complement of place, time or channel.
    static let frontedComplementPrepositions: Set<String> = [
        "davanti", "durante", "dopo", "prima", "in", "nel", "nella", "nell'", "nei", "negli", "nelle", "al", "alla", "all'",
        "ai", "alle", "agli", "a", "con", "sul", "sulla", "sull'", "attraverso", "tramite", "fuori",
    ]

    /// Whether a complement without a closing comma opens the sentence and runs up to `cue`.
    func opensClauseAfterFrontedComplementWithoutComma(_ cue: CueGroup, in range: Range<Int>) -> Bool {
        let verb = cue.tokens.lowerBound
        let first = range.lowerBound
        guard verb - first >= 2, verb - first <= Self.frontedComplementMaximumTokens + 1,
            Self.frontedComplementPrepositions.contains(document.form(first))
        else { return false }
        for index in (first + 1)..<verb {
            guard document.isWord(index), !document.has(.auxiliary, index) || index == verb, !document.has(.complementizer, index),
                !document.has(.clitic, index), !isInsideQuotation(index),
                !document.isCapitalized(index) || document.has(.locativePreposition, index - 1) || document.has(.fusedPreposition, index - 1)
            else { return false }
            // A second noun phrase is the clause's subject: "Nel testo la legge esclude …".
            if opensObjectAfterIndirectObject(index, in: range) { return false }
            // A verb form is a noun only after an article or a preposition ("In una nota").
            if document.has(.cueForm, index), !(document.has(.article, index - 1) || document.has(.locativePreposition, index - 1)) {
                return false
            }
        }
        return true
    }
}
