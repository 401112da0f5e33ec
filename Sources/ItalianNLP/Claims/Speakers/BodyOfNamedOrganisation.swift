/// The body-of-a-named-organisation rule: a body named by a kind noun of the organisation it
/// belongs to — "la direzione sanitaria dell'Asl", "la direzione generale dell'ospedale", "la
/// segreteria del sindacato" — after the document named that organisation ("l'Asl Roma 5",
/// "all'ospedale Casa Sollievo della Sofferenza") is that organisation's body, and its source the
/// body's full name as the guidelines write it: "direzione sanitaria dell'Asl Roma 5", "direzione
/// generale dell'ospedale Casa Sollievo della Sofferenza". The source had stopped at the kind
/// noun.
///
/// The mention must be a singular group phrase whose last word is a group noun of the roles
/// lexicon after "del", "della", "dell'" …, and the organisation the last one named within
/// ``bodyOrganisationWindow`` sentences (looking at most ``bodyOrganisationCandidates`` names
/// back) whose name opens with that noun ("Asl Roma 5" for "dell'Asl") or that was introduced
/// by it ("l'ospedale Casa Sollievo della Sofferenza" for "dell'ospedale"); failing that, the
/// organisation last named in a place complement whose name opens with the noun.
extension AttributionContext {
    /// How many sentences back the organisation may have been named.
    static let bodyOrganisationWindow = 10
    /// How many named organisations are looked at, from the last one back.
    static let bodyOrganisationCandidates = 12

    /// The mention under the full name of the body it names, or nil when it names none.
    func bodyOfNamedOrganisation(_ mention: SpeakerMention, in sentence: Int) -> SpeakerMention? {
        guard mention.kind == .group, !mention.isBare, !mention.plural, mention.core.count >= 3 else {
            return nil
        }
        let noun = mention.core.upperBound
        guard document.isWord(noun), document.has(.fusedPreposition, noun - 1), noun - 1 > mention.core.lowerBound,
            SpeakerLexicons.shared.roles[document.form(noun)]?.kind == "group"
        else { return nil }
        let form = document.form(noun)
        // The last organisation named before the mention (binary search: the list is in text order).
        var low = 0
        var high = namedOrganisations.count
        while low < high {
            let middle = (low + high) / 2
            if namedOrganisations[middle].token < mention.tokens.lowerBound { low = middle + 1 } else { high = middle }
        }
        var index = low - 1
        while index >= 0, low - index <= Self.bodyOrganisationCandidates {
            let named = namedOrganisations[index]
            if sentence - named.sentence > Self.bodyOrganisationWindow { break }
            index -= 1
            let canonical = registry.entities[named.entity].canonical
            let opensWithNoun = EntityRegistry.LowercasedName(canonical).first == form
            guard opensWithNoun || introduces(named, by: form) else { continue }
            var body = mention
            // "direzione sanitaria dell'" + "Asl Roma 5"; "direzione generale dell'ospedale" + " " + "Casa Sollievo …".
            let through = document.text(mention.core.lowerBound, noun)
            body.name = opensWithNoun ? String(through.dropLast(document.tokens[noun].text.count)) + canonical : through + " " + canonical
            return body
        }
        // ``organisationNamedInPlace(opening:)``: "al Tribunale di Padova" … "la cancelleria del Tribunale"
        // — for an office inside an organisation only: "il ministero dell'Università" names a portfolio.
        guard Self.officeHeads.contains(document.form(mention.core.lowerBound)), let named = organisationNamedInPlace(opening: form)
        else { return nil }
        var body = mention
        body.name = String(document.text(mention.core.lowerBound, noun).dropLast(document.tokens[noun].text.count)) + named
        return body
    }

    /// Heads of an office inside an organisation, for the name-in-a-place fallback.
    static let officeHeads: Set<String> = SpeakerMentionFinder.bodyPartNouns.union([
        "cancelleria", "collegio", "presidenza", "redazione", "sala", "centrale",
    ])

    /// The name-in-a-place fallback: an organisation the document named where it is rather than as
    /// a speaker ("davanti al Tribunale di Padova", "i tecnici dell'Asl di Sassari") is no named
    /// organisation of the list above (a place complement is left out of it), yet it is what a
    /// later body of the same noun belongs to ("la cancelleria del Tribunale", "il servizio di
    /// prevenzione dell'Asl"). The last organisation named in a place (``isNamedInPlace(_:)``) whose
    /// name opens with `form` (no person), by its canonical name; nil when there is none.
    private func organisationNamedInPlace(opening form: String) -> String? {
        guard let id = organisationsNamedInPlace[form] else { return nil }
        let entity = registry.entities[id]
        // (A group's gender is its noun's: "il Tribunale di Padova" is masculine and no person.)
        guard !entity.isPerson, (entity.kind == .name && entity.gender == nil) || (entity.kind == .group && !entity.plural),
            EntityRegistry.LowercasedName(entity.canonical).first == form
        else { return nil }
        return entity.canonical
    }

    /// Whether the mention that named `named` opened with the lower-case kind noun `form` before
    /// the name ("all'ospedale Casa Sollievo della Sofferenza").
    private func introduces(_ named: NamedOrganisation, by form: String) -> Bool {
        var token = named.token
        while token < document.tokens.count, token - named.token <= 2, !document.isCapitalized(token) {
            if document.form(token) == form { return true }
            token += 1
        }
        return false
    }

    /// The place forms of "a" and "in" with an article, and "presso".
    static let placeArticles: Set<String> = [
        "al", "allo", "alla", "all'", "nel", "nello", "nella", "nell'", "presso",
    ]

    /// Whether a mention names, in two words or more, an organisation where something happens: after
    /// "al", "nel", "presso" or "a", "in" ("davanti al Tribunale di Padova", "presso la Procura di
    /// Bari"), not a person.
    func isNamedInPlace(_ mention: SpeakerMention) -> Bool {
        guard mention.core.count >= 2, !mention.plural, !mention.hasGivenName,
            mention.kind == .group || (mention.kind == .name && mention.gender == nil)
        else { return false }
        let start = mention.tokens.lowerBound
        if start < mention.core.lowerBound, Self.placeArticles.contains(document.form(start)) { return true }
        guard start > 0, document.sentenceOf[start - 1] == document.sentenceOf[start] else { return false }
        let before = document.form(start - 1)
        return before == "presso" || document.has(.placePreposition, start - 1) || Self.placeArticles.contains(before)
    }
}
