/// The role-modifier-before-name rule: "Il tecnico rossoblù Daniele Varriale ha spiegato …", "la
/// coordinatrice olandese Anke de Wit ha detto …". A role mention stops before a lower-case
/// modifier it does not know as an adjective, so the person's name after it seemed to stand inside
/// the clause, not at its start, and the verb went to whoever spoke before. A full name (with a
/// given name) right after a role and one such word stands where the role stands.
extension AttributionContext {
    /// Whether `mention` is a person's full name after a role mention and one lower-case modifier
    /// (no verb, auxiliary, adverb, connective, article or preposition), the role opening its clause.
    func followsRoleWithModifier(_ mention: SpeakerMention, in sentence: Int) -> Bool {
        guard mention.kind == .name, mention.hasGivenName, mention.tokens.lowerBound >= 2 else { return false }
        let modifier = mention.tokens.lowerBound - 1
        guard document.sentenceOf[modifier] == sentence, document.isWord(modifier), !document.isCapitalized(modifier),
            !document.has(.cueForm, modifier), !document.has(.auxiliary, modifier), !document.has(.interveningAdverb, modifier),
            !document.has(.clauseOpener, modifier), !document.has(.article, modifier), !document.has(.determiner, modifier),
            !document.has(.locativePreposition, modifier), !document.has(.complementizer, modifier), !document.has(.clitic, modifier),
            let role = mentions[sentence].last(where: { $0.tokens.upperBound == modifier - 1 }), role.kind == .role
        else { return false }
        return isClauseInitial(role, in: sentence)
    }
}
