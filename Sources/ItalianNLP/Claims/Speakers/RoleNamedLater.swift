/// A speaker introduced by role and named only afterwards: "«…», racconta la preside. Anna Maria
/// Esposito, 58 anni, guida l'istituto da sei anni", "Il titolare dell'azienda si è detto
/// «distrutto». «…», ha detto Sergio Bosio". The role's claims take the name once it comes.
///
/// The name must come right after (in the next two sentences, before anyone else speaks), be
/// new to the document, stand as a subject, agree with the role's gender and carry no role of its
/// own; a reply ("ha replicato Mario Rossi") is another voice.
extension AttributionContext {
    /// Cue categories of a second voice answering the first.
    static let replyCategories: Set<String> = ["answer", "criticize", "deny", "argue"]

    /// Words that open a sentence set against the one before ("Di tutt'altro avviso …", "Invece").
    static let contrastWords: Set<String> = ["invece", "però", "tuttavia", "ma", "mentre", "altro", "opposto", "contrario"]

    /// Links each unnamed role that spoke to the person named right after it, and gives the role's
    /// claims that person's name.
    mutating func nameRolesNamedLater() {
        var alias: [Int: Int] = [:]
        var index = 0
        // Most documents name every speaker: nothing to do unless a claim's source is a role.
        guard roleSpoke else { return }
        // (A set: a long document has thousands of roles, and a list made the check quadratic.)
        var checked = Set<Int>()
        // The sentence each entity is first mentioned in, gathered once when a role asks (a scan of
        // the sentences before each role that spoke was quadratic on a long document).
        var firstMentions: [Int: Int]? = nil
        while index < claims.count {
            let found = claims[index]
            index += 1
            guard let role = found.entity, registry.entities[role].kind == .role, checked.insert(role).inserted else { continue }
            guard isUnnamedPersonRole(role) else { continue }
            // The role's last claim in this run of claims.
            var last = found.sentence
            var next = index
            while next < claims.count, claims[next].entity == role { last = claims[next].sentence; next += 1 }
            // ``personNamedWithSameRole(after:role:)``: or named a little later beside the same role.
            if firstMentions == nil { firstMentions = firstMentionSentences() }
            if let person = personNamedRightAfter(
                sentence: last, role: role, nextClaim: next < claims.count ? claims[next] : nil, firstMentions: firstMentions ?? [:])
                ?? personNamedWithSameRole(after: last, role: role)
            {
                alias[role] = person
            }
        }
        guard !alias.isEmpty else { return }
        for position in claims.indices {
            guard let entity = claims[position].entity, let final = alias[entity] else { continue }
            claims[position].entity = final
            claims[position].claim.source = canonicalName(final)
        }
    }

    /// The sentence in which each entity is first mentioned.
    private func firstMentionSentences() -> [Int: Int] {
        var first: [Int: Int] = [:]
        for (sentence, found) in mentions.enumerated() {
            for mention in found {
                if let id = mentionEntity[mention.tokens.lowerBound], first[id] == nil { first[id] = sentence }
            }
        }
        return first
    }

    /// A singular person role, not tied to a name: "la preside", "il titolare dell'azienda",
    /// "la farmacista".
    private func isUnnamedPersonRole(_ entity: Int) -> Bool {
        let known = registry.entities[entity]
        guard known.kind == .role, !known.plural else { return false }
        let head = String(known.canonical.prefix { $0 != " " }).lowercased()
        if let role = SpeakerLexicons.shared.roles[head] { return role.kind == "person" }
        // A person noun the lexicon lacks ("la farmacista", "il gestore del rifugio").
        return SpeakerMentionFinder.personSuffix(of: head) != nil
    }

    /// The person named as a subject in the two sentences after `sentence`, new to the document,
    /// before anyone else's claim, agreeing with the role; nil when there is none or it replies.
    private func personNamedRightAfter(sentence: Int, role: Int, nextClaim: FoundClaim?, firstMentions: [Int: Int]) -> Int? {
        let roleGender = registry.entities[role].gender
        let limit = min(document.sentences.count - 1, sentence + 2)
        guard sentence + 1 <= limit else { return nil }
        for candidate in (sentence + 1)...limit {
            let range = document.sentences[candidate]
            if let first = range.first, Self.contrastWords.contains(document.form(first)) { return nil }
            for mention in mentions[candidate] where mention.kind == .name && mention.hasGivenName
                && !insideQuotation[mention.tokens.lowerBound]
            {
                guard let id = mentionEntity[mention.tokens.lowerBound], (firstMentions[id] ?? candidate) >= candidate,
                    !registry.entities[id].hasRole
                else { return nil }
                if let roleGender, let gender = registry.entities[id].gender, roleGender != gender { return nil }
                let subject = isClauseInitial(mention, in: candidate)
                let inverted = cues[candidate].first { $0.tokens.upperBound + 1 == mention.tokens.lowerBound }
                guard subject || inverted != nil else { return nil }
                if let cue = inverted ?? cues[candidate].first(where: { $0.tokens.lowerBound > mention.tokens.upperBound }),
                    Self.replyCategories.contains(cue.category)
                {
                    return nil
                }
                // Another voice in between: the name is not the role's.
                if let nextClaim, nextClaim.sentence < candidate, nextClaim.entity != role, nextClaim.entity != id { return nil }
                return id
            }
        }
        return nil
    }
}
