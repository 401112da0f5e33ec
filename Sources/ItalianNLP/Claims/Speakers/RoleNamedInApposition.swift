/// The role-named-in-apposition rule: a speaker introduced by role is named a little later under
/// the same role, the name and the role side by side — "«…», ha spiegato il comandante della
/// motovedetta. … Il comandante Salvatore Iorio guida la squadra da sei anni", "ha detto il
/// primario di cardiochirurgia. … Antonio Quarta, primario di cardiochirurgia del Vito Fazzi, è
/// arrivato …", "ha dichiarato l'assessore all'Urbanistica. L'assessore, Mauro Palmieri, …". The
/// guidelines' source is the fullest name the document uses for the speaker: the role's claims
/// take the name.
///
/// ``nameRolesNamedLater()`` asks it when no new name follows on its own (that rule turns away a
/// name with a role of its own: "Anna Sala, consigliera di minoranza," is someone else). Here the
/// role beside the name must be the speaker's role: the same noun or office, and complements that
/// agree — one is empty, or one opens the other ("presidente della commissione" and "presidente
/// della commissione Bilancio"; not "presidente della Regione"). The name must come within
/// ``roleNamingWindow`` sentences of the role's last claim, outside quotations, not in a
/// prepositional phrase ("ha scritto al comandante Luca Neri" names the addressee), and a
/// feminine role never names a man (a masculine one may name a woman: "il prefetto, Giuseppina
/// Anelli").
///
/// A bare role named so soon after it speaks is the person named then, not an earlier person known
/// only by another role: the bare-role rule passes over that person (``roleNamedAhead(_:in:)``) —
/// "Il comandante Salvatore Iorio … Lo skipper ha ammesso … «…», ha detto Jens Hartwig, lo
/// skipper" is not the commander's.
extension AttributionContext {
    /// How many sentences after the role's last claim the name may come.
    static let roleNamingWindow = 3

    /// The person named beside the role `role` in the sentences after `sentence`, or nil.
    func personNamedWithSameRole(after sentence: Int, role: Int) -> Int? {
        let known = registry.entities[role]
        return personNamedWithSameRole(after: sentence, roleName: known.canonical, gender: known.gender, excluding: role)
    }

    /// The person named beside a role called `roleName` (of `gender`) in the sentences after
    /// `sentence`, other than entity `excluding`, or nil.
    func personNamedWithSameRole(after sentence: Int, roleName: String, gender: Character?, excluding: Int?) -> Int? {
        let roleWords = EntityRegistry.lowercasedWords(roleName)
        guard let roleHead = roleWords.first else { return nil }
        let limit = min(document.sentences.count - 1, sentence + Self.roleNamingWindow)
        guard sentence + 1 <= limit else { return nil }
        for candidate in (sentence + 1)...limit {
            let found = mentions[candidate]
            for (position, mention) in found.enumerated() where mention.kind == .name && mention.hasGivenName
                && !insideQuotation[mention.tokens.lowerBound]
            {
                guard let person = mentionEntity[mention.tokens.lowerBound], person != excluding else { continue }
                if gender == "f", registry.entities[person].gender == "m" { continue }
                for (phrase, opener) in rolePhrases(beside: mention, at: position, in: found) where !isAfterPreposition(opener) {
                    if Self.namesSameRole(roleWords, head: roleHead, EntityRegistry.lowercasedWords(phrase)) { return person }
                }
            }
        }
        return nil
    }

    /// The role phrases the document sets beside a name mention, each with the mention that opens
    /// the apposition: the role the mention itself opens with ("il comandante Salvatore Iorio"),
    /// a role in apposition before it ("il prefetto di Taranto, Giuseppina Anelli") or after it
    /// ("Antonio Quarta, primario di cardiochirurgia").
    private func rolePhrases(beside mention: SpeakerMention, at position: Int, in found: [SpeakerMention]) -> [(String, SpeakerMention)] {
        var phrases: [(String, SpeakerMention)] = []
        if let words = SpeakerMentionFinder.roleWords(of: mention, in: document) {
            phrases.append((document.text(words.lowerBound, words.upperBound), mention))
        }
        for back in 1...2 where position - back >= 0 {
            let previous = found[position - back]
            if previous.kind == .role, Self.isApposition(previous, mention, in: document) {
                phrases.append((previous.name, previous))
                break
            }
        }
        if position + 1 < found.count, found[position + 1].kind == .role, Self.isApposition(mention, found[position + 1], in: document) {
            phrases.append((found[position + 1].name, mention))
        }
        return phrases
    }

    /// Whether role words `other` name the same role as `words` (whose first word is `head`): the
    /// same first noun or office, and complements of which one is empty or opens the other.
    static func namesSameRole(_ words: [String], head: String, _ other: [String]) -> Bool {
        guard let otherHead = other.first else { return false }
        let lexicons = SpeakerLexicons.shared
        if otherHead != head {
            guard let key = lexicons.roleKey(ofRoleName: head), key == lexicons.roleKey(ofRoleName: otherHead) else { return false }
        }
        let complement = words.dropFirst()
        let otherComplement = other.dropFirst()
        if complement.isEmpty || otherComplement.isEmpty { return true }
        return complement.starts(with: otherComplement) || otherComplement.starts(with: complement)
    }

    /// Whether a bare singular role `mention` (in `sentence`) is named beside the same role in the
    /// sentences right after it.
    func roleNamedAhead(_ mention: SpeakerMention, in sentence: Int) -> Bool {
        guard mention.kind == .role, mention.isBare, !mention.plural else { return false }
        return personNamedWithSameRole(after: sentence, roleName: mention.name, gender: mention.gender, excluding: nil) != nil
    }
}
