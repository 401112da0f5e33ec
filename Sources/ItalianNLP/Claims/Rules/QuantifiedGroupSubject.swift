/// The quantified-group-subject rule for noun objects: "Altri passeggeri hanno lamentato l'assenza
/// di informazioni", "Molti residenti chiedono più controlli", "Alcuni genitori denunciano ritardi".
/// A group named by a quantifier and a noun right before the verb is a speaker, though the mention
/// finder does not list it: the noun object is its claim. Without the rule the noun object, with
/// no listed subject, was taken for an inanimate subject's and dropped (the check that keeps out
/// "La legge esclude i redditi …"). Not with "anticipare", whose object a group mostly brings
/// forward ("Alcune catene hanno anticipato gli sconti").
extension AttributionContext {
    /// The group ("Altri passeggeri") that opens the clause right before `cue`, when a quantifier
    /// (``quantifiers``) opens it; else nil.
    func quantifiedGroupSubject(before cue: CueGroup, in sentence: Int) -> SpeakerMention? {
        // "Alcune grandi catene hanno anticipato gli sconti": bringing a thing forward is an act.
        guard cue.lemma != "anticipare", let phrase = nounPhraseSubject(before: cue, in: sentence), phrase.isIndefinite,
            Self.quantifiers.contains(document.form(phrase.core.lowerBound)), !["uno", "una"].contains(document.form(phrase.core.lowerBound))
        else { return nil }
        return phrase
    }
}
