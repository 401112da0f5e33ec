/// The topic-organisation rule: "Di parere opposto Federalberghi Venezia. L'associazione degli
/// albergatori sostiene …", "Più prudente la Società italiana di neurologia. Secondo la società
/// scientifica, …". A short sentence without a verb announces an organisation; a definite kind
/// noun described by lower-case words in the next two sentences names it again — its members in
/// the complement too ("degli albergatori", "dei giornalisti"), which elsewhere describe a body of
/// their own ("Secondo l'associazione dei commercianti" with no organisation announced).
extension AttributionContext {
    /// The organisation a described kind noun names after a topic sentence, or nil.
    func topicOrganisationDescribed(_ mention: SpeakerMention, in sentence: Int) -> Int? {
        guard mention.kind == .group, !mention.isBare, !mention.isIndefinite, !mention.plural,
            document.has(.definiteArticle, mention.tokens.lowerBound) || document.has(.fusedPreposition, mention.tokens.lowerBound),
            document.has(.anaphoricGroupNoun, mention.core.lowerBound), !document.isCapitalized(mention.core.lowerBound),
            mention.core.count <= 5, !document.isHeading(sentence),
            mention.core.dropFirst().allSatisfy({ document.isWord($0) && !document.isCapitalized($0) })
        else { return nil }
        let nounClass = Self.organisationClass(ofNoun: document.form(mention.core.lowerBound))
        // The sentence before, or the one before it when the sentence between names no organisation.
        for previous in stride(from: sentence - 1, through: max(0, sentence - 2), by: -1) {
            if let topic = topicOrganisation(of: previous) {
                // A company noun names no association, nor the other way round (the gender of
                // "la Società …" does not matter here).
                if let nounClass, let known = registry.entities[topic].organisationClass, known != nounClass { return nil }
                return topic
            }
            if mentions[previous].contains(where: { isOrganisationLike($0) }) { return nil }
        }
        return nil
    }

    /// The one organisation a verbless topic sentence names, or nil.
    func topicOrganisation(of sentence: Int) -> Int? {
        guard isVerblessTopic(sentence) else { return nil }
        let organisations = mentions[sentence].filter { isOrganisationLike($0) }
        guard organisations.count == 1, let id = mentionEntity[organisations[0].tokens.lowerBound] else { return nil }
        return id
    }

    /// A singular name that is no person's ("Federalberghi Venezia"), or a name that opens with its
    /// kind noun ("la Società italiana di neurologia"), outside quotations.
    func isOrganisationLike(_ mention: SpeakerMention) -> Bool {
        guard !mention.plural, !insideQuotation[mention.tokens.lowerBound], let id = mentionEntity[mention.tokens.lowerBound] else {
            return false
        }
        let entity = registry.entities[id]
        switch mention.kind {
        case .name: return !mention.hasGivenName && mention.gender == nil && !entity.isPerson && entity.gender == nil && !isPlace(mention)
        case .group: return document.isCapitalized(mention.core.lowerBound)
        default: return false
        }
    }

    /// Whether `sentence` is a short sentence with no verb the rules know (no cue, no auxiliary,
    /// no reporting form) and no quotation: "Di parere opposto Federalberghi Venezia.", "Dura
    /// invece la reazione della Federazione nazionale della stampa.".
    func isVerblessTopic(_ sentence: Int) -> Bool {
        let range = document.sentences[sentence]
        guard range.count <= 14, cues[sentence].isEmpty, outermostBySentence[sentence].isEmpty, !document.isHeading(sentence) else {
            return false
        }
        return !range.contains { document.has(.auxiliary, $0) || document.has(.cueForm, $0) }
    }
}

extension AttributionContext {
    /// Whether entity `id` may be what a noun of kind `nounClass` names, by kind alone: "l'azienda"
    /// names no trade union named in a role's complement ("la segretaria della Filctem").
    func classAgrees(_ id: Int, _ nounClass: OrganisationClass?) -> Bool {
        guard let nounClass, let known = registry.entities[id].organisationClass else { return true }
        return known == nounClass
    }
}
