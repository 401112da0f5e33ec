/// The origin-role rule: "«…», ha aggiunto l'opposto ucraino", "ha detto l'attaccante nigeriano",
/// "secondo la neurologa svedese" — a definite role with only an adjective of origin after it
/// describes the person the report has just named, as the bare role would ("l'opposto"). The
/// adjective is what news writing adds to vary the noun, not a sign of someone new. Unique
/// offices keep their own reading ("il ministro francese" after "il ministro Rossi" is another
/// minister).
extension AttributionContext {
    /// The person a role with an adjective of origin names, or nil.
    func originRoleReferent(of mention: SpeakerMention) -> Int? {
        guard mention.kind == .role, !mention.plural, !mention.isIndefinite, mention.core.count == 2,
            document.has(.definiteArticle, mention.tokens.lowerBound) || document.has(.fusedPreposition, mention.tokens.lowerBound),
            document.has(.geographicAdjective, mention.core.upperBound), !document.isCapitalized(mention.core.upperBound),
            let id = mentionEntity[mention.tokens.lowerBound], registry.entities[id].kind == .role,
            registry.entities[id].canonical.lowercased() == mention.name.lowercased()
        else { return nil }
        let head = mention.core.lowerBound
        let lexicons = SpeakerLexicons.shared
        if let key = lexicons.roleKey(ofRoleName: document.form(head)), SpeakerLexicons.uniqueOffices.contains(key) { return nil }
        var bare = mention
        bare.core = head...head
        bare.name = document.form(head)
        bare.isBare = true
        return bareRoleReferent(bare)
    }
}
