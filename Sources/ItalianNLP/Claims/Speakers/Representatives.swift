/// The possessive-role rule: "il suo avvocato", "la sua portavoce", "il loro legale" name the
/// representative of the person "suo" refers to — the person the report was last about — never
/// that person, and not whichever lawyer the document named last. The document ties a
/// representative to a client by "l'avvocato di Bassi, Marco Piras", "Ferretti, difeso
/// dall'avvocato Sergio Mancinelli", "si è affidata all'avvocato Roberto Sala".
extension AttributionContext {
    /// Offices held on someone's behalf (``SpeakerLexicons/roleKey(ofRoleName:)`` keys: "legale"
    /// and "difensore" are "avvocato").
    static let representativeOffices: Set<String> = [
        "avvocato", "portavoce", "agente", "procuratore", "consulente", "manager", "commercialista",
    ]

    /// The role nouns of those offices as the text writes them (lower case), so that only their
    /// mentions are looked up as offices.
    static let representativeNouns: Set<String> = [
        "avvocato", "avvocata", "avvocati", "legale", "legali", "difensore", "difensora", "difensori", "portavoce", "agente",
        "procuratore", "procuratrice", "consulente", "manager", "commercialista",
    ]

    /// Participles that tie a client to a representative named after "da" ("difeso dall'avvocato …").
    static let representedByParticiples: Set<String> = [
        "difeso", "difesa", "difesi", "difese", "assistito", "assistita", "assistiti", "assistite", "rappresentato",
        "rappresentata", "rappresentati", "rappresentate", "tutelato", "tutelata", "tutelati", "tutelate",
    ]

    /// Participles that tie a client to a representative named after "a" ("affidata all'avvocato …").
    static let entrustedToParticiples: Set<String> = ["affidato", "affidata", "affidati", "affidate", "rivolto", "rivolta", "rivolti"]

    static let toPrepositions: Set<String> = ["a", "al", "allo", "alla", "all'", "ai", "agli", "alle"]

    /// The key of a representative in ``representatives``.
    static func representativeKey(client: Int, office: String) -> String { "\(client)|\(office)" }

    /// Collects who represents whom, and who holds a representative office, once the mentions
    /// are registered.
    mutating func collectRepresentatives() {
        let lexicons = SpeakerLexicons.shared
        for sentence in document.sentences.indices {
            let found = mentions[sentence]
            for (position, mention) in found.enumerated() {
                guard let entity = mentionEntity[mention.tokens.lowerBound] else { continue }
                if mention.kind == .role {
                    guard Self.representativeNouns.contains(document.form(mention.core.lowerBound)),
                        let office = lexicons.roleKey(ofRoleName: mention.name), Self.representativeOffices.contains(office),
                        registry.entities[entity].kind == .name
                    else { continue }
                    officeHolders[office, default: []].insert(entity)
                    // "l'avvocato di Bassi, Marco Piras": the client is the name in the complement.
                    if let client = complementPerson(of: mention), client != entity {
                        representatives[Self.representativeKey(client: client, office: office)] = entity
                    }
                } else if mention.kind == .name, mention.tokens.lowerBound < mention.core.lowerBound,
                    let words = SpeakerMentionFinder.roleWords(of: mention, in: document),
                    Self.representativeNouns.contains(document.form(words.lowerBound))
                {
                    guard let office = lexicons.roleKey(ofRoleName: document.text(words.lowerBound, words.upperBound)),
                        Self.representativeOffices.contains(office)
                    else { continue }
                    officeHolders[office, default: []].insert(entity)
                    // "Ferretti, difeso dall'avvocato Sergio Mancinelli": the client is the person
                    // named before the participle.
                    guard let participle = participleBefore(mention) else { continue }
                    let client = found[..<position].reversed().first { previous in
                        previous.tokens.upperBound < participle && (previous.kind == .name || previous.kind == .role || previous.kind == .group)
                            && !insideQuotation[previous.tokens.lowerBound]
                    }
                    if let client, let clientEntity = mentionEntity[client.tokens.lowerBound], clientEntity != entity {
                        representatives[Self.representativeKey(client: clientEntity, office: office)] = entity
                    }
                }
            }
        }
    }

    /// The token of "difeso" in "difeso dall'avvocato X" / "affidata all'avvocato X" before a
    /// mention that took in its preposition (or follows a bare "da"/"a"), or nil.
    private func participleBefore(_ mention: SpeakerMention) -> Int? {
        let start = mention.tokens.lowerBound
        let preposition: Int
        if document.has(.originPreposition, start) || Self.toPrepositions.contains(document.form(start)) {
            preposition = start
        } else if ["da", "a"].contains(document.form(start - 1)) {
            preposition = start - 1
        } else {
            return nil
        }
        var participle = preposition - 1
        // "difeso anche dall'avvocato …", "affidata invece all'avvocato …".
        if document.has(.interveningAdverb, participle) || ["invece", "anche"].contains(document.form(participle)) { participle -= 1 }
        let form = document.form(participle)
        let byDa = document.has(.originPreposition, preposition)
        if byDa, Self.representedByParticiples.contains(form) { return participle }
        if !byDa, Self.entrustedToParticiples.contains(form) { return participle }
        return nil
    }

    /// The person a role's complement names ("avvocato di Bassi" → Bassi), when the document
    /// registered that name.
    private func complementPerson(of mention: SpeakerMention) -> Int? {
        guard mention.core.count > 1, let first = (mention.core.lowerBound + 1...mention.core.upperBound).first(where: {
                document.isCapitalized($0) && document.has(.complementPreposition, $0 - 1)
            })
        else { return nil }
        var last = first
        while last + 1 <= mention.core.upperBound, document.isCapitalized(last + 1) { last += 1 }
        guard let id = registry.entity(named: document.text(first, last)), registry.entities[id].kind == .name else { return nil }
        return id
    }

    /// For a bare role after a possessive ("il suo avvocato", "la loro portavoce"), the
    /// representative the document tied to the person the report was last about; nil when the
    /// rule does not apply or knows no such representative.
    func possessiveRoleReferent(_ mention: SpeakerMention) -> Int? {
        guard mention.kind == .role, mention.isBare, !representatives.isEmpty,
            ["suo", "sua", "suoi", "sue", "loro"].contains(document.form(mention.core.lowerBound - 1)),
            let office = SpeakerLexicons.shared.roleKey(ofRoleName: mention.name), Self.representativeOffices.contains(office)
        else { return nil }
        let sentence = document.sentenceOf[mention.tokens.lowerBound]
        let holders = officeHolders[office] ?? []
        for candidate in recent.reversed() {
            if sentence - candidate.sentence > 4 { break }
            if holders.contains(candidate.entity) { continue }
            let entity = registry.entities[candidate.entity]
            guard entity.kind != .pronoun, entity.kind != .anonymous else { continue }
            // The possessor: the person (or group) the report was last about.
            return representatives[Self.representativeKey(client: candidate.entity, office: office)]
        }
        return nil
    }
}
