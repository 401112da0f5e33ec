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
/// by it ("l'ospedale Casa Sollievo della Sofferenza" for "dell'ospedale").
extension AttributionContext {
    /// How many sentences back the organisation may have been named.
    static let bodyOrganisationWindow = 10
    /// How many named organisations are looked at, from the last one back.
    static let bodyOrganisationCandidates = 12

    /// The mention under the full name of the body it names, or nil when it names none.
    func bodyOfNamedOrganisation(_ mention: SpeakerMention, in sentence: Int) -> SpeakerMention? {
        guard mention.kind == .group, !mention.isBare, !mention.plural, mention.core.count >= 3, !namedOrganisations.isEmpty else {
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
            if sentence - named.sentence > Self.bodyOrganisationWindow { return nil }
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
        return nil
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
}
