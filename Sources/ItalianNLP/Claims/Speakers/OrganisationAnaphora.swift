/// How news writing names an organisation again after naming it: by a noun for its kind ("la
/// società", "l'associazione"), by a description ("l'organizzazione agricola", "l'istituto di
/// statistica", "l'ente per l'aviazione civile"), by an institution noun alone ("l'Autorità").
///
/// - **Named organisations**: every organisation's name in the text, subjects and complements
///   alike ("Diversa la versione di Transfer Italia. In una nota, la società spiega …"), is a
///   candidate — not a person, a place ("a Pavia"), or the name of a thing after a common noun.
/// - **Kinds**: a company noun does not name an association or a public body, nor the other way
///   round, once the document showed the organisation's kind (``OrganisationClass``).
/// - **Descriptions**: a definite singular kind noun with adjectives or a lower-case complement
///   names the organisation named in its sentence or the one before, when the kinds agree.
/// - **Recency**: a kind noun the document tied to one organisation names a more recent one of the
///   same kind ("L'organizzazione agricola chiede …" for Coldiretti, then "il WWF … L'associazione
///   ambientalista teme … scrive l'organizzazione").
extension AttributionContext {
    /// An organisation named in the text: its entity, sentence and first token.
    struct NamedOrganisation {
        let entity: Int
        let sentence: Int
        let token: Int
    }

    /// The kind of organisation a group noun names.
    enum OrganisationClass: Sendable {
        case company, media, body
    }

    static let companyClassNouns: Set<String> = [
        "azienda", "società", "impresa", "compagnia", "gruppo", "fondo", "banca", "vettore", "multinazionale", "colosso",
        "holding", "startup", "catena", "concessionaria", "tenuta", "cantina", "cooperativa", "club", "squadra",
    ]
    static let mediaClassNouns: Set<String> = ["quotidiano", "giornale", "testata", "emittente", "settimanale"]
    static let bodyClassNouns: Set<String> = [
        "associazione", "organizzazione", "sindacato", "federazione", "comitato", "ente", "istituto", "autorità",
        "amministrazione", "giunta", "partito", "fondazione", "consorzio", "ufficio", "sigla", "regione", "provincia", "comune",
        "ministero", "osservatorio", "agenzia", "organismo", "comando", "università", "ateneo",
    ]

    /// The kind a noun names, nil for a noun of no single kind.
    static func organisationClass(ofNoun noun: String) -> OrganisationClass? {
        if companyClassNouns.contains(noun) { return .company }
        if mediaClassNouns.contains(noun) { return .media }
        if bodyClassNouns.contains(noun) { return .body }
        return nil
    }

    /// Whether a name mention is an organisation's, for ``namedOrganisations``.
    func isOrganisationName(_ mention: SpeakerMention, entity: Int) -> Bool {
        guard mention.kind == .name, !mention.hasGivenName, mention.gender == nil, !insideQuotation[mention.tokens.lowerBound]
        else { return false }
        let known = registry.entities[entity]
        guard !known.isPerson, known.gender == nil, !known.plural, !document.isHeading(document.sentenceOf[mention.core.lowerBound])
        else { return false }
        // An institution noun alone ("l'Autorità") names an organisation named before (see
        // ``institutionNounReferent``), not a new one.
        if mention.core.count == 1, document.has(.organisationHead, mention.core.lowerBound) { return false }
        if mention.isOrganisation || known.isOrganisation { return true }
        let start = mention.tokens.lowerBound
        // One word after a bare preposition ("di lastre di Carrara", "da Bologna") is more often a
        // place; with the article ("dell'Istat", "della Filt") a body.
        if mention.core.count == 1, isAfterPreposition(mention), !document.has(.fusedPreposition, mention.tokens.lowerBound),
            !(start > 0 && document.has(.fusedPreposition, start - 1))
        {
            return false
        }
        // "a Pavia", "in Puglia", a place the document writes so elsewhere, a dateline in capitals.
        if start > 0, document.has(.placePreposition, start - 1) { return false }
        // One capitalised word opening a sentence or a clause after a dash may be an ordinary
        // word ("CATANIA – Due aziende …"); a subject there is remembered as one anyway.
        if mention.core.count == 1, start == document.sentenceRange(containing: start).lowerBound
            || (start > 0 && document.tokens[start - 1].kind == .punctuation && document.tokens[start - 1].text != ",")
        {
            return false
        }
        if isPlace(mention) || namesCommonNoun(mention) { return false }
        guard mention.core.count == 1, start > 0, document.tokens[start - 1].kind == .number else { return true }
        let text = document.tokens[mention.core.lowerBound].text
        return !(text.utf8.count > 2 && text == text.uppercased())
    }

    /// Whether entity `id` can be what a noun of kind `nounClass` names: an organisation (no
    /// person, no gender, singular) of that kind or of a kind the document never showed.
    func organisationFits(_ id: Int, _ nounClass: OrganisationClass?) -> Bool {
        let entity = registry.entities[id]
        guard entity.kind == .name || entity.kind == .group, !entity.isPerson, entity.gender == nil, !entity.plural else { return false }
        guard let nounClass, let known = entity.organisationClass else { return true }
        return known == nounClass
    }

    /// The last organisation named before token `limit`, within `window` sentences before
    /// `sentence`, that a noun of kind `nounClass` can name (besides `excluding`).
    func lastNamedOrganisation(before limit: Int, sentence: Int, window: Int, fitting nounClass: OrganisationClass?, excluding: Int? = nil)
        -> NamedOrganisation?
    {
        // Binary search for the first organisation named at or after the limit.
        var low = 0
        var high = namedOrganisations.count
        while low < high {
            let middle = (low + high) / 2
            if namedOrganisations[middle].token < limit { low = middle + 1 } else { high = middle }
        }
        var index = low - 1
        while index >= 0 {
            let named = namedOrganisations[index]
            if sentence - named.sentence > window { return nil }
            if named.entity != excluding, organisationFits(named.entity, nounClass) { return named }
            index -= 1
        }
        return nil
    }

    /// The description rule: "l'organizzazione agricola", "l'istituto di statistica", "l'ente per
    /// l'aviazione civile", "l'amministrazione regionale" — a definite singular kind noun whose
    /// modifiers name nothing (no capitalised word) describes the organisation named in its
    /// sentence or the two before, when one of its kind is there ("La Coldiretti accusa l'ente …
    /// «…», dice il presidente regionale. L'organizzazione agricola chiede …").
    func describedOrganisation(_ mention: SpeakerMention, in sentence: Int) -> Int? {
        guard mention.kind == .group, !mention.isBare, !mention.isIndefinite, !mention.plural,
            document.has(.definiteArticle, mention.tokens.lowerBound) || document.has(.fusedPreposition, mention.tokens.lowerBound),
            document.has(.anaphoricGroupNoun, mention.core.lowerBound), !document.isCapitalized(mention.core.lowerBound),
            mention.core.count <= 6, !document.isHeading(sentence)
        else { return nil }
        for index in mention.core.dropFirst() where document.isCapitalized(index) || !document.isWord(index) {
            if !(document.tokens[index].kind == .punctuation && document.tokens[index].text == "'") { return nil }
        }
        // A complement must name a field ("di statistica", "per l'aviazione civile"), not members:
        // "il comitato dei residenti", "l'associazione dei consumatori" are bodies of their own.
        if mention.core.dropFirst().contains(where: { document.has(.fusedPreposition, $0) }) { return nil }
        let nounClass = Self.organisationClass(ofNoun: document.form(mention.core.lowerBound))
        return lastNamedOrganisation(before: mention.tokens.lowerBound, sentence: sentence, window: 2, fitting: nounClass)?.entity
    }

    /// The recency rule for a bare kind noun the registry tied to organisation `linked`: a more
    /// recently named organisation the document showed to be of the noun's kind, or nil.
    func moreRecentOrganisation(than linked: Int, for mention: SpeakerMention, in sentence: Int) -> Int? {
        // Only a noun tied to an organisation named by its name ("il comitato" the document
        // introduced as "un comitato" names that one).
        guard mention.kind == .group, mention.isBare, !mention.plural, document.has(.anaphoricGroupNoun, mention.core.lowerBound),
            registry.entities[linked].kind == .name || registry.entities[linked].kind == .group,
            !registry.entities[linked].introducedIndefinite,
            let nounClass = Self.organisationClass(ofNoun: document.form(mention.core.lowerBound)),
            let latest = lastNamedOrganisation(before: mention.tokens.lowerBound, sentence: sentence, window: 10, fitting: nounClass),
            latest.entity != linked, registry.entities[latest.entity].organisationClass == nounClass
        else { return nil }
        let linkedNamed = lastNamedOrganisation(before: mention.tokens.lowerBound, sentence: sentence, window: 10, fitting: nil)
            .flatMap { $0.entity == linked ? $0 : nil }
        if let linkedNamed, linkedNamed.token > latest.token { return nil }
        // The linked organisation's own last naming, when it is earlier than the newer one.
        var index = namedOrganisations.count - 1
        while index >= 0, namedOrganisations[index].token >= mention.tokens.lowerBound { index -= 1 }
        while index >= 0 {
            let named = namedOrganisations[index]
            if named.token < latest.token { break }
            if named.entity == linked { return nil }
            index -= 1
        }
        return latest.entity
    }

    /// The institution-noun rule: "L'Antitrust ha inflitto … Secondo l'Autorità, …" — a capitalised
    /// institution noun alone, that names no organisation of its own, names the organisation last
    /// named or last speaking (within ten sentences) of a fitting kind.
    func institutionNounReferent(_ mention: SpeakerMention, own id: Int) -> Int? {
        guard mention.kind == .name, mention.core.count == 1, document.has(.organisationHead, mention.core.lowerBound),
            document.has(.definiteArticle, mention.tokens.lowerBound) || document.has(.fusedPreposition, mention.tokens.lowerBound)
                || (mention.tokens.lowerBound > 0 && document.has(.definiteArticle, mention.tokens.lowerBound - 1)),
            registry.entities[id].canonical == mention.name
        else { return nil }
        let sentence = document.sentenceOf[mention.tokens.lowerBound]
        let nounClass = Self.organisationClass(ofNoun: document.form(mention.core.lowerBound))
        let named = lastNamedOrganisation(before: mention.tokens.lowerBound, sentence: sentence, window: 10, fitting: nounClass, excluding: id)
        var spoke: Recent? = nil
        for candidate in recent.reversed() {
            if sentence - candidate.sentence > 10 { break }
            if candidate.entity != id, organisationFits(candidate.entity, nounClass) {
                spoke = candidate
                break
            }
        }
        if let named, named.sentence > spoke?.sentence ?? -1 { return named.entity }
        return spoke?.entity
    }
}
