/// The purpose-infinitive cue: "I medici hanno scritto al direttore generale per chiedere più
/// personale", "Il sindaco ha convocato la stampa per annunciare che …". A reporting infinitive
/// after "per" tells what the sentence's subject did its act to say; its subject is that of the
/// main clause (``CueGroup/purpose``). Without the rule an infinitive was a cue only after a
/// support verb ("ha voluto precisare"), and these claims were missed.
///
/// Only verbs of asking, announcing, denying, warning, explaining and the like
/// (``purposeCategories``), and not at the start of a sentence ("Per spiegare meglio, …").
extension CueFinder {
    /// The categories of reporting verbs whose purpose is a message: asking, announcing, denying,
    /// warning… — not "per dire", "per rispondere ai commercianti", "per scrivere", whose
    /// infinitive is mostly an idiom or an act.
    static let purposeCategories: Set<String> = [
        "ask", "announce", "deny", "promise", "warn", "complain", "criticize", "confirm", "explain", "repeat", "reveal", "suggest",
    ]

    /// The cue of a reporting infinitive at token `index` (reading `form`) after "per"; else nil.
    func purposeInfinitiveCue(at index: Int, form: CueForm, in range: Range<Int>) -> CueGroup? {
        guard Self.purposeCategories.contains(form.category), index - 2 >= range.lowerBound, document.form(index - 1) == "per",
            document.isWord(index - 2)
        else { return nil }
        var cue = CueGroup(
            tokens: (index - 1)...index, verb: index, lemma: form.lemma, stance: form.stance, category: form.category, person: 3,
            plural: nil, gender: nil, negated: false, hedged: false, passive: false, gerund: false)
        cue.purpose = true
        return cue
    }
}
