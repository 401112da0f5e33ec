/// The institution-complement rule: in "la direzione sanitaria dell'ospedale San Gerardo", "il
/// consiglio d'amministrazione della fondazione Santa Fina", the capitalised run after the
/// complement names the complement's institution (the hospital, the foundation), so it stays inside
/// the role's phrase and the source is the whole phrase — the role of a named body, as
/// Fixtures/README.md writes "portavoce di Trenitalia". Only after a noun of people does the run
/// name the group itself ("il sindacato dei medici Anaao Assomed").
/// Without it the group's phrase stopped before the name, which became the source alone ("San
/// Gerardo", or "Gerardo" as a person).
extension SpeakerMentionFinder {
    /// Whether token `index`, the noun of a role's complement, is an institution or a body (a group
    /// noun of the role lexicon: "ospedale", "istituto", "azienda"), whose own name may follow it.
    func isInstitutionComplementNoun(_ index: Int) -> Bool {
        document.isWord(index) && !document.isCapitalized(index) && lexicons.roles[document.form(index)]?.kind == "group"
    }
}
