extension AttributionContext {
    /// The fronted-complement rule: "Con un video su Instagram, il primo cittadino ha ribattuto",
    /// "Secondo l'Autorità, il vettore presentava …": a name inside a complement that opens the
    /// sentence, then a comma and a role or group noun, is no apposition — the noun is the clause's
    /// subject — unless a comma closes the noun phrase as it closes an apposition ("Per Anna Ferri,
    /// ministra dell'Interno, il piano …"). A role that goes straight on to its verb is the subject
    /// after any complement ("… su Instagram, il primo cittadino ha ribattuto").
    func closesFrontedComplement(_ name: SpeakerMention, before role: SpeakerMention) -> Bool {
        let next = role.tokens.upperBound + 1
        let range = document.sentenceRange(containing: name.tokens.lowerBound)
        // The preposition before the name, with the article the name did not take in ("Secondo
        // l'Autorità").
        var preposition = document.has(.fusedPreposition, name.tokens.lowerBound) ? name.tokens.lowerBound : name.tokens.lowerBound - 1
        if preposition > range.lowerBound, document.has(.definiteArticle, preposition) { preposition -= 1 }
        guard preposition >= range.lowerBound,
            document.has(.fusedPreposition, preposition) || document.has(.locativePreposition, preposition)
                || document.form(preposition) == "secondo",
            next < document.tokens.count, document.sentenceOf[next] == document.sentenceOf[role.tokens.lowerBound]
        else { return false }
        if document.has(.cueForm, next) || document.has(.auxiliary, next) { return true }
        let fronted = preposition == range.lowerBound
            || (preposition - 1 >= range.lowerBound && document.has(.clauseOpener, preposition - 1)
                && preposition - 1 == range.lowerBound)
        return fronted && !document.isPunctuation(next, ",") && !Self.endsSentence(after: role, in: document)
    }
}
