extension AttributionContext {
    /// The fronted-complement rule: "Con un video su Instagram, il primo cittadino ha ribattuto":
    /// a name inside a complement that opens the sentence, then a comma and a role that goes
    /// straight on to its verb, is no apposition — the role is the clause's subject (an apposition
    /// is closed by a comma or ends the sentence: "Anna Ferri, ministra dell'Interno, ha detto").
    func closesFrontedComplement(_ name: SpeakerMention, before role: SpeakerMention) -> Bool {
        let next = role.tokens.upperBound + 1
        guard isAfterPreposition(name), next < document.tokens.count,
            document.sentenceOf[next] == document.sentenceOf[role.tokens.lowerBound]
        else { return false }
        return document.has(.cueForm, next) || document.has(.auxiliary, next)
    }
}
