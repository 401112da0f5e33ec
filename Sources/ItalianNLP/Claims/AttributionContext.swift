/// The state the attribution rules share while they walk through a document: its quotations,
/// mentions and cues, the claims found so far, and the recent speakers that resolve dropped
/// subjects ("«…», ha detto." takes the most recent compatible speaker).
struct AttributionContext {
    struct FoundClaim {
        var claim: Claim
        var sentence: Int
        var quotation: Int?
        var entity: Int?
    }

    struct Recent {
        let entity: Int
        let sentence: Int
    }

    /// The stored state of a context (see ``state``). Its properties are reached only through the
    /// context's accessors, as the struct's own fields were, whose exclusive access the compiler
    /// checked: the run-time exclusivity checks of a class's stored properties would guard nothing.
    private final class State {
        let document: ClaimDocument
        let pairs: [QuotationFinder.Pair]
        @exclusivity(unchecked) var mentions: [[SpeakerMention]] = []
        @exclusivity(unchecked) var mentionEntity: [Int?] = []
        @exclusivity(unchecked) var registry: EntityRegistry = EntityRegistry()
        @exclusivity(unchecked) var cues: [[CueGroup]] = []
        @exclusivity(unchecked) var claims: [FoundClaim] = []
        @exclusivity(unchecked) var quotationClaimContents: [Range<Int>] = []
        @exclusivity(unchecked) var claimContentsBySentence: [Int: [Range<Int>]] = [:]
        @exclusivity(unchecked) var usedCueVerbs: DenseIndexSet = DenseIndexSet()
        @exclusivity(unchecked) var claimedQuotations: DenseIndexSet = DenseIndexSet()
        @exclusivity(unchecked) var quotationRoles: [Int: QuotationRole] = [:]
        @exclusivity(unchecked) var recent: [Recent] = []
        @exclusivity(unchecked) var representatives: [String: Int] = [:]
        @exclusivity(unchecked) var officeHolders: [String: Set<Int>] = [:]
        @exclusivity(unchecked) var roleSpoke: Bool = false
        @exclusivity(unchecked) var coordinatedGroups: [Int: Int] = [:]
        @exclusivity(unchecked) var coordinatedGroupsInOrder: [Recent] = []
        @exclusivity(unchecked) var complementOrganisations: [Recent] = []
        @exclusivity(unchecked) var namedOrganisations: [NamedOrganisation] = []
        @exclusivity(unchecked) var organisationsNamedInPlace: [String: Int] = [:]
        @exclusivity(unchecked) var lastPluralOrigin: Recent? = nil
        @exclusivity(unchecked) var acronymIndex: AcronymIndex? = nil
        @exclusivity(unchecked) var spelledAcronymPhrases: [String: ClosedRange<Int>?] = [:]
        @exclusivity(unchecked) var spelledAcronymNameStarts: [Int: Int] = [:]
        @exclusivity(unchecked) var pendingRumours: [Int: (cue: Int, end: Int)] = [:]
        @exclusivity(unchecked) var hedgedSentences: DenseIndexSet = DenseIndexSet()
        let insideQuotation: [Bool]
        let outermostBySentence: [[Int]]
        let closedOpenings: [Int]
        let placeWords: Set<String>

        init(
            document: ClaimDocument, pairs: [QuotationFinder.Pair], insideQuotation: [Bool], outermostBySentence: [[Int]],
            closedOpenings: [Int], placeWords: Set<String>
        ) {
            self.document = document
            self.pairs = pairs
            self.insideQuotation = insideQuotation
            self.outermostBySentence = outermostBySentence
            self.closedOpenings = closedOpenings
            self.placeWords = placeWords
        }
    }

    /// Everything the context holds, in one object that copies of the context share. Why: Swift
    /// copies a struct's inline storage whole each time a mutating method calls one of its plain
    /// methods (the rules do so again and again, six times per mention while mentions are
    /// registered), and the context's fields took hundreds of bytes. A context is made and run once
    /// per document and never copied to be changed apart, so its copies need not be independent.
    private let state: State

    var document: ClaimDocument { _read { yield state.document } }
    var pairs: [QuotationFinder.Pair] { _read { yield state.pairs } }
    var mentions: [[SpeakerMention]] {
        _read { yield state.mentions }
        nonmutating _modify { yield &state.mentions }
    }
    /// The entity of each mention, at the mention's first token (nil elsewhere): an array, as
    /// every mention is registered and looked up again by the rules.
    var mentionEntity: [Int?] {
        _read { yield state.mentionEntity }
        nonmutating _modify { yield &state.mentionEntity }
    }
    var registry: EntityRegistry {
        _read { yield state.registry }
        nonmutating _modify { yield &state.registry }
    }
    var cues: [[CueGroup]] {
        _read { yield state.cues }
        nonmutating _modify { yield &state.cues }
    }
    var claims: [FoundClaim] {
        _read { yield state.claims }
        nonmutating _modify { yield &state.claims }
    }
    /// The content (UTF-8) of each claim of `claims` that claims a quotation, in the same order:
    /// `containsClaimedQuotation` walks back over these alone, so that many claims without a
    /// quotation in a long document cost nothing.
    var quotationClaimContents: [Range<Int>] {
        _read { yield state.quotationClaimContents }
        nonmutating _modify { yield &state.quotationClaimContents }
    }
    /// The contents (UTF-8) of the claims found so far, by the sentence each was found in: rules
    /// that must not claim a content twice ask ``hasClaim(in:overlapping:)``, which reads one
    /// sentence's claims instead of every claim of the document (quadratic on a long one).
    var claimContentsBySentence: [Int: [Range<Int>]] {
        _read { yield state.claimContentsBySentence }
        nonmutating _modify { yield &state.claimContentsBySentence }
    }
    /// Token indices of the verbs of cues a claim used.
    var usedCueVerbs: DenseIndexSet {
        _read { yield state.usedCueVerbs }
        nonmutating _modify { yield &state.usedCueVerbs }
    }
    /// Indices (in `pairs`) of the quotations a claim took.
    var claimedQuotations: DenseIndexSet {
        _read { yield state.claimedQuotations }
        nonmutating _modify { yield &state.claimedQuotations }
    }
    var quotationRoles: [Int: QuotationRole] {
        _read { yield state.quotationRoles }
        nonmutating _modify { yield &state.quotationRoles }
    }
    var recent: [Recent] {
        _read { yield state.recent }
        nonmutating _modify { yield &state.recent }
    }
    /// Representatives by client and office (``representativeKey(client:office:)``), and the
    /// holders of each representative office (see ``possessiveRoleReferent(_:)``).
    var representatives: [String: Int] {
        _read { yield state.representatives }
        nonmutating _modify { yield &state.representatives }
    }
    var officeHolders: [String: Set<Int>] {
        _read { yield state.officeHolders }
        nonmutating _modify { yield &state.officeHolders }
    }
    /// Whether a claim's source is an unnamed role (see ``nameRolesNamedLater()``).
    var roleSpoke: Bool {
        _read { yield state.roleSpoke }
        nonmutating _modify { yield &state.roleSpoke }
    }
    /// The group of coordinated names each member belongs to, at the member's first token, and
    /// every such group in text order (see ``registerCoordinatedNames(in:)``).
    var coordinatedGroups: [Int: Int] {
        _read { yield state.coordinatedGroups }
        nonmutating _modify { yield &state.coordinatedGroups }
    }
    var coordinatedGroupsInOrder: [Recent] {
        _read { yield state.coordinatedGroupsInOrder }
        nonmutating _modify { yield &state.coordinatedGroupsInOrder }
    }
    /// Organisations named inside a person's role ("il presidente dell'Inps"), in text order.
    var complementOrganisations: [Recent] {
        _read { yield state.complementOrganisations }
        nonmutating _modify { yield &state.complementOrganisations }
    }
    /// Every organisation's name in the text, in text order (see ``OrganisationAnaphora``).
    var namedOrganisations: [NamedOrganisation] {
        _read { yield state.namedOrganisations }
        nonmutating _modify { yield &state.namedOrganisations }
    }
    /// Organisations named where something happens ("davanti al Tribunale di Padova"), by the
    /// lower-cased first word of their name, the last one named (see ``organisationNamedInPlace(opening:)``).
    var organisationsNamedInPlace: [String: Int] {
        _read { yield state.organisationsNamedInPlace }
        nonmutating _modify { yield &state.organisationsNamedInPlace }
    }
    /// The last origin that spoke with a plural verb ("dal ministero fanno sapere"), for a plural
    /// dropped subject right after it ("aggiungono").
    var lastPluralOrigin: Recent? {
        _read { yield state.lastPluralOrigin }
        nonmutating _modify { yield &state.lastPluralOrigin }
    }
    /// Where the document's capitalised words and bracketed words stand, once an acronym asks
    /// (see ``spelledOutAcronymOwner(of:)``).
    var acronymIndex: AcronymIndex? {
        _read { yield state.acronymIndex }
        nonmutating _modify { yield &state.acronymIndex }
    }
    /// The spelled-out name found for each acronym (lower-cased), nil when none was.
    var spelledAcronymPhrases: [String: ClosedRange<Int>?] {
        _read { yield state.spelledAcronymPhrases }
        nonmutating _modify { yield &state.spelledAcronymPhrases }
    }
    /// The first token of each name spelled out for an acronym met before it, with its entity.
    var spelledAcronymNameStarts: [Int: Int] {
        _read { yield state.spelledAcronymNameStarts }
        nonmutating _modify { yield &state.spelledAcronymNameStarts }
    }
    /// Sentences opened by a rumour before a clause with a cue ("Secondo voci di corridoio, la
    /// Regione starebbe valutando …"): the token of "secondo" and the rumour phrase's last token.
    var pendingRumours: [Int: (cue: Int, end: Int)] {
        _read { yield state.pendingRumours }
        nonmutating _modify { yield &state.pendingRumours }
    }
    /// Sentences whose claims are second hand ("Secondo indiscrezioni, …").
    var hedgedSentences: DenseIndexSet {
        _read { yield state.hedgedSentences }
        nonmutating _modify { yield &state.hedgedSentences }
    }
    /// For every token, whether it lies strictly inside a closed quotation (computed once, so
    /// that the rules' checks cost nothing: a long document must stay linear).
    var insideQuotation: [Bool] { _read { yield state.insideQuotation } }
    /// The outermost quotations opening in each sentence.
    var outermostBySentence: [[Int]] { _read { yield state.outermostBySentence } }
    /// The opening-mark offsets (UTF-8) of closed quotations, sorted.
    var closedOpenings: [Int] { _read { yield state.closedOpenings } }
    /// The words the document writes after "a", "in" or "ad" ("a Pavia", "in Puglia"), for
    /// `isPlace`: gathered once, so that asking of a name costs one look-up and a long document
    /// stays linear (a scan of the whole text per name made it quadratic).
    var placeWords: Set<String> { _read { yield state.placeWords } }

    init(document: ClaimDocument) {
        let pairs = QuotationFinder.find(in: document)
        var inside = [Bool](repeating: false, count: document.tokens.count)
        var bySentence = [[Int]](repeating: [], count: document.sentences.count)
        var openings: [Int] = []
        for (index, pair) in pairs.enumerated() {
            if pair.depth == 0 { bySentence[document.sentenceOf[pair.open]].append(index) }
            guard let close = pair.close else { continue }
            openings.append(document.tokens[pair.open].span.utf8.lowerBound)
            // Nested pairs are already marked by their outer pair: marking stays linear.
            if pair.open + 1 < close, !inside[pair.open + 1] || pair.depth == 0 {
                for token in (pair.open + 1)..<close where !inside[token] { inside[token] = true }
            }
        }
        var places = Set<String>()
        for index in 1..<max(1, document.tokens.count) {
            if document.has(.placePreposition, index - 1) { places.insert(document.tokens[index].text) }
        }
        state = State(
            document: document, pairs: pairs, insideQuotation: inside, outermostBySentence: bySentence,
            closedOpenings: openings.sorted(), placeWords: places)
        mentionEntity = [Int?](repeating: nil, count: document.tokens.count)
        usedCueVerbs = DenseIndexSet(capacity: document.tokens.count)
        claimedQuotations = DenseIndexSet(capacity: pairs.count)
        hedgedSentences = DenseIndexSet(capacity: document.sentences.count)
        registerMentionsAndCues()
    }

    /// Finds each sentence's speaker mentions and cues, and files the mentions' entities in the
    /// registry. A mutating method, not the body of `init`: there `self` is still being built, and
    /// the calls of its methods and the closures that read it copied the whole context (a retain
    /// of every array it holds) and destroyed the copy again, for mentions of every sentence.
    private mutating func registerMentionsAndCues() {
        let finder = SpeakerMentionFinder(document: document, lexicons: .shared)
        let cueFinder = CueFinder(document: document)
        for sentence in document.sentences.indices {
            let found = finder.mentions(in: sentence)
            mentions.append(found)
            for (position, mention) in found.enumerated() {
                let head = document.form(mention.core.lowerBound)
                // Appositions tie a role to a name: "Lucia Martorana, sindaca di Bari," and "la
                // sindaca di Bari, Lucia Martorana,", "l'azienda, la Tyrrhenian Steel,". A title
                // names its topic first ("Processo Dossi, la difesa chiede l'assoluzione"): there
                // only a person's name takes the role.
                if position > 0, mention.kind == .role || mention.kind == .group {
                    let previous = found[position - 1]
                    if previous.kind == .name, Self.isApposition(previous, mention, in: document),
                        let entity = mentionEntity[previous.tokens.lowerBound],
                        previous.hasGivenName || !document.isHeading(sentence),
                        !closesFrontedComplement(previous, before: mention)
                    {
                        registry.link(role: mention, to: entity, headWord: head)
                        if mention.kind == .group { registry.describe(entity, asOrganisationFrom: origins(of: mention)) }
                    }
                }
                if let holder = genericHolderReferent(mention, in: sentence) {
                    registry.link(role: mention, to: holder, headWord: head)
                    mentionEntity[mention.tokens.lowerBound] = holder
                    continue
                }
                if let described = describedOrganisation(mention, in: sentence) ?? topicOrganisationDescribed(mention, in: sentence) {
                    registry.link(role: mention, to: described, headWord: head)
                    mentionEntity[mention.tokens.lowerBound] = described
                    continue
                }
                // ``bodyOfNamedOrganisation(_:in:)``: "la direzione sanitaria dell'Asl" after "l'Asl Roma 5".
                let registered = bodyOfNamedOrganisation(mention, in: sentence) ?? mention
                let entity = collectiveReferent(of: mention, at: position, in: sentence)
                    ?? spelledAcronymNameOwner(of: mention)
                    ?? spelledOutAcronymOwner(of: mention)
                    ?? parentheticalAcronymOwner(of: mention, at: position, in: found).map { registry.register(mention, asAliasOf: $0) }
                    ?? registry.register(registered, headWord: head, origins: mention.kind == .group ? origins(of: mention) : [])
                mentionEntity[mention.tokens.lowerBound] = entity
                // "l'Autorità dei trasporti", "la Regione Molise": a name that opens with a kind noun
                // is of that kind.
                // (The bits rule out most names before any list is asked.)
                if mention.kind == .name, document.isCapitalized(mention.core.lowerBound),
                    document.has(.anaphoricGroupNoun, mention.core.lowerBound) || document.has(.organisationHead, mention.core.lowerBound)
                        || document.has(.roleFirstWord, mention.core.lowerBound)
                {
                    registry.classify(entity, as: Self.organisationClass(ofNoun: document.form(mention.core.lowerBound)))
                }
                // ``isUnionName(_:)``: "la Fiom Toscana" is a body, not what "l'azienda" names.
                if isUnionName(mention) { registry.classify(entity, as: .body) }
                // ``isNamedWithPluralArticle(_:)``: "le Fiamme Oro" is a group, not a person.
                if isNamedWithPluralArticle(mention) { registry.markNamedWithPluralArticle(entity) }
                if isOrganisationName(mention, entity: entity) {
                    namedOrganisations.append(NamedOrganisation(entity: entity, sentence: sentence, token: mention.tokens.lowerBound))
                }
                // ``isNamedInPlace(_:)``: "davanti al Tribunale di Padova", for "la cancelleria del Tribunale".
                if isNamedInPlace(mention) { organisationsNamedInPlace[document.form(mention.core.lowerBound)] = entity }
                linkOrganisationHead(of: mention, to: entity)
                // "il pubblico ministero Chiara Santoro": the role names her from now on ("la pm").
                if mention.kind == .name, let words = SpeakerMentionFinder.roleWords(of: mention, in: document) {
                    // A one-word role ("il capitano") is named by its form: no text to build.
                    let name = words.count == 1 ? document.form(words.lowerBound) : document.text(words.lowerBound, words.upperBound)
                    let role = SpeakerMention(tokens: words, core: words, kind: .role, gender: nil, plural: mention.plural, name: name, hasGivenName: false)
                    registry.link(role: role, to: entity, headWord: document.form(words.lowerBound))
                }
                registerComplementOrganisation(of: mention, in: sentence)
                // The role may stand two mentions back, a name inside its complement ("la capogruppo
                // del Pd in Senato, Francesca Neri"): the farther one is tried first.
                // After a preposition ("Per l'accusa, Dossi avrebbe incassato …") a name that goes
                // straight on to its verb is the clause's subject: only a closed apposition counts.
                if mention.kind == .name,
                    let previous = found[max(0, position - 2)..<position].first(where: {
                        ($0.kind == .role || $0.kind == .group) && Self.isApposition($0, mention, in: document)
                            && (document.isPunctuation(mention.tokens.upperBound + 1, ",") || !Self.followsPreposition($0, in: document)
                                || Self.endsSentence(after: mention, in: document))
                    })
                {
                    registry.link(role: previous, to: entity, headWord: document.form(previous.core.lowerBound))
                    if previous.kind == .group { registry.describe(entity, asOrganisationFrom: origins(of: previous)) }
                    mentionEntity[previous.tokens.lowerBound] = entity
                }
            }
            registerCoordinatedNames(in: sentence)
            cues.append(cueFinder.cues(in: sentence))
        }
        collectRepresentatives()
    }

    /// The adjectives of origin inside a mention ("la società bresciana", "il fondo californiano
    /// Redwood Peak"), as ``OriginAdjectives`` stems; most mentions hold none, and only words with
    /// an origin ending are looked up.
    func origins(of mention: SpeakerMention) -> [String] {
        var found: [String] = []
        for index in mention.tokens where document.has(.geographicAdjective, index) && !document.isCapitalized(index) {
            if let origin = OriginAdjectives.shared.origin(of: document.form(index)) { found.append(origin) }
        }
        return found
    }

    /// The organisation-head rule: an organisation named after its group noun ("la multinazionale
    /// statunitense Norvell Chemicals", "il fondo californiano Redwood Peak") is what that bare noun
    /// names later ("la multinazionale", "il fondo americano"), and is described by the adjectives
    /// of origin between them.
    private mutating func linkOrganisationHead(of mention: SpeakerMention, to entity: Int) {
        // A name that opens with its own group noun ("il Consorzio Vino Chianti", "la Fondazione
        // Valnerina") is what the bare noun names later too ("il consorzio", "la fondazione").
        // (So does an institution or body noun: "la Regione Abruzzo … la Regione", "l'Ufficio
        // scolastico regionale … l'ufficio".)
        if mention.kind == .name, mention.core.count > 1, !document.isHeading(document.sentenceOf[mention.core.lowerBound]),
            document.has(.anaphoricGroupNoun, mention.core.lowerBound) || document.has(.organisationHead, mention.core.lowerBound)
                || (document.has(.roleFirstWord, mention.core.lowerBound)
                    && SpeakerLexicons.shared.roles[document.form(mention.core.lowerBound)]?.kind == "group"),
            document.isCapitalized(mention.core.lowerBound)
        {
            let head = mention.core.lowerBound
            let noun = SpeakerMention(
                tokens: head...head, core: head...head, kind: .group, gender: nil, plural: false, name: document.form(head),
                hasGivenName: false, isBare: true)
            registry.link(role: noun, to: entity, headWord: document.form(head))
            registry.describe(entity, asOrganisationFrom: [])
            return
        }
        guard mention.isOrganisation else { return }
        var head = mention.tokens.lowerBound
        if document.has(.article, head) { head += 1 }
        guard head < mention.core.lowerBound, document.has(.anaphoricGroupNoun, head), !document.isCapitalized(head) else { return }
        let noun = SpeakerMention(
            tokens: head...head, core: head...head, kind: .group, gender: nil, plural: false, name: document.form(head), hasGivenName: false,
            isBare: true)
        registry.link(role: noun, to: entity, headWord: document.form(head))
        registry.describe(entity, asOrganisationFrom: origins(of: mention))
    }

    /// Whether only final punctuation follows a mention in its sentence: "la replica del ministro
    /// delle Imprese, Stefano Colonna." closes the apposition as a comma would.
    static func endsSentence(after mention: SpeakerMention, in document: ClaimDocument) -> Bool {
        let next = mention.tokens.upperBound + 1
        guard next < document.tokens.count, document.sentenceOf[next] == document.sentenceOf[mention.tokens.lowerBound] else { return true }
        return [".", "!", "?", ";"].contains(document.tokens[next].text)
            && (next + 1 >= document.tokens.count || document.sentenceOf[next + 1] != document.sentenceOf[next])
    }

    /// Group nouns for a business, which a public institution ("la Regione", "il Comune") is not.
    static let companyNouns: Set<String> = ["azienda", "società", "impresa", "compagnia", "gruppo", "fondo", "banca"]

    /// Company nouns that a "di" complement without article describes rather than names ("la
    /// società di gestione", "l'azienda di trasporto").
    static let companyDescriptionNouns: Set<String> = ["azienda", "società", "impresa", "compagnia"]

    /// A territorial office names a place, not an organisation: "il sindaco di Bologna".
    static let territorial: Set<String> = [
        "sindaco", "sindaca", "vicesindaco", "vicesindaca", "governatore", "governatrice", "prefetto", "prefetta", "questore",
        "vescovo", "arcivescovo", "parroco", "console", "ambasciatore", "ambasciatrice", "consigliere", "consigliera",
        // "il procuratore di Catanzaro" heads the prosecutors' office of a place (claims22).
        "procuratore", "procuratrice",
    ]

    /// "il presidente dell'Inps", "l'amministratore delegato di Nubicom": the organisation named
    /// in a person's role, for a later "l'istituto", "l'azienda".
    private mutating func registerComplementOrganisation(of mention: SpeakerMention, in sentence: Int) {
        if mention.kind == .group {
            registerOrganisationOfBody(mention, in: sentence)
            return
        }
        guard mention.kind == .role, mention.core.count > 2, !Self.territorial.contains(document.form(mention.core.lowerBound)) else {
            return
        }
        // "l'assessore alle Attività produttive": a portfolio, not an organisation.
        guard let first = (mention.core.lowerBound + 1...mention.core.upperBound).first(where: {
                document.isWord($0) && document.isCapitalized($0) && document.has(.complementPreposition, $0 - 1)
                    && !SpeakerMentionFinder.portfolioPrepositions.contains(document.form($0 - 1))
            })
        else {
            registerUnnamedComplementOrganisation(of: mention)
            return
        }
        var last = first
        while last + 1 <= mention.core.upperBound, document.isWord(last + 1), document.isCapitalized(last + 1) { last += 1 }
        // ``districtEnd(after:through:in:)``: "il direttore generale dell'Asl Toscana nord ovest".
        last = SpeakerMentionFinder.districtEnd(after: last, through: mention.core.upperBound, in: document)
        // "i tecnici dell'Asl di Sassari": a place after the name belongs to it, as in a body's complement.
        if last + 2 <= mention.core.upperBound, document.form(last + 1) == "di", document.isCapitalized(last + 2) { last += 2 }
        let organisation = SpeakerMention(
            tokens: first...last, core: first...last, kind: .name, gender: nil, plural: false, name: document.text(first, last),
            hasGivenName: false, isOrganisation: true)
        let entity = registry.register(organisation, headWord: nil)
        complementOrganisations.append(Recent(entity: entity, sentence: sentence))
        // An organisation of an office ("l'allenatore dell'Atletico Ciociaro") is a candidate for
        // later kind nouns; "il produttore di lastre di Carrara" names a place as often.
        if !registry.entities[entity].isPerson, registry.entities[entity].gender == nil,
            SpeakerLexicons.shared.roles[document.form(mention.core.lowerBound)] != nil
        {
            namedOrganisations.append(NamedOrganisation(entity: entity, sentence: sentence, token: first))
        }
    }

    /// "Il consiglio di amministrazione di Ceramiche Solaris", "La direzione generale dell'Asst di
    /// Lecco": a body of an organisation (a lower-case group noun) names the organisation in its
    /// complement, a candidate for the kind nouns that follow ("l'azienda sanitaria precisa").
    private mutating func registerOrganisationOfBody(_ mention: SpeakerMention, in sentence: Int) {
        guard mention.core.count > 2, !document.isCapitalized(mention.core.lowerBound),
            let first = (mention.core.lowerBound + 1...mention.core.upperBound).first(where: {
                document.isWord($0) && document.isCapitalized($0) && document.has(.complementPreposition, $0 - 1)
                    && !SpeakerMentionFinder.portfolioPrepositions.contains(document.form($0 - 1))
            })
        else { return }
        var last = first
        while last + 1 <= mention.core.upperBound, document.isWord(last + 1), document.isCapitalized(last + 1) { last += 1 }
        // ``districtEnd(after:through:in:)``: "dell'Asl Toscana nord ovest", "dell'Asl Roma 5".
        last = SpeakerMentionFinder.districtEnd(after: last, through: mention.core.upperBound, in: document)
        // "dell'Asst di Lecco": a place after the name belongs to it.
        if last + 2 <= mention.core.upperBound, document.form(last + 1) == "di", document.isCapitalized(last + 2) { last += 2 }
        let organisation = SpeakerMention(
            tokens: first...last, core: first...last, kind: .name, gender: nil, plural: false, name: document.text(first, last),
            hasGivenName: false, isOrganisation: true)
        let entity = registry.register(organisation, headWord: nil)
        if !registry.entities[entity].isPerson, registry.entities[entity].gender == nil {
            namedOrganisations.append(NamedOrganisation(entity: entity, sentence: sentence, token: first))
        }
    }

    /// "il segretario regionale del sindacato dei medici ospedalieri": an organisation named by a
    /// group noun and its complement, which a later "il sindacato" names again.
    private mutating func registerUnnamedComplementOrganisation(of mention: SpeakerMention) {
        guard let noun = (mention.core.lowerBound + 2...mention.core.upperBound).first(where: {
                document.has(.fusedPreposition, $0 - 1) && document.has(.anaphoricGroupNoun, $0)
            }), noun < mention.core.upperBound
        else { return }
        let organisation = SpeakerMention(
            tokens: noun...mention.core.upperBound, core: noun...mention.core.upperBound, kind: .group, gender: nil, plural: false,
            name: document.text(noun, mention.core.upperBound), hasGivenName: false)
        _ = registry.register(organisation, headWord: document.form(noun))
    }

    /// Whether `second` stands in apposition to `first`: right after it and a comma, an article
    /// between them at most ("Anna Ferri, ministra dell'Interno", "l'azienda, la Tyrrhenian Steel").
    static func isApposition(_ first: SpeakerMention, _ second: SpeakerMention, in document: ClaimDocument) -> Bool {
        var comma = first.tokens.upperBound + 1
        // "la capogruppo del Pd in Senato, Francesca Neri", "il tecnico a fine gara, Maurizio
        // Spagnol": a short place or time complement may close the role before the name.
        if first.kind == .role, second.kind == .name, document.form(comma) != ",",
            let end = trailingComplementEnd(after: first.tokens.upperBound, in: document)
        {
            comma = end + 1
        }
        // "il primario del pronto soccorso, Luigi Paolini": a lower-case word or two the role
        // mention left out before the name.
        if first.kind == .role, second.kind == .name, second.hasGivenName, document.form(comma) != ",",
            let end = roleModifierTailEnd(after: first.tokens.upperBound, in: document)
        {
            comma = end + 1
        }
        // The age-incise rule: "Lorenzo Bastianelli, 46 anni, regista teatrale": the age between
        // commas does not break the apposition.
        if first.kind == .name, second.kind == .role || second.kind == .group, document.form(comma) == ",",
            document.tokens.indices.contains(comma + 3), document.tokens[comma + 1].kind == .number,
            ["anni", "anno"].contains(document.form(comma + 2)), document.form(comma + 3) == ","
        {
            comma += 3
        }
        // "Irene Colasanti, dell'Istituto nazionale di astrofisica,": an affiliation, not a second name.
        guard document.form(comma) == ",", !fusedPrepositions.contains(document.form(second.tokens.lowerBound)) else { return false }
        if second.tokens.lowerBound == comma + 1 { return true }
        guard definiteArticles.contains(document.form(comma + 1)) else { return false }
        if second.tokens.lowerBound == comma + 2 { return true }
        // "il rappresentante dell'Unione europea, l'olandese Pieter van Dijk,"; a title before a
        // person's full name: "il consulente della procura, l'ingegnere Walter Frigerio,".
        if second.kind == .name, first.kind == .role, second.hasGivenName, second.tokens.lowerBound > comma + 3,
            isLongTitle(from: comma + 2, to: second.tokens.lowerBound, in: document)
        {
            return true  // ``isLongTitle(from:to:in:)``: "la curatrice, la storica dell'arte austriaca Helga von Straten"
        }
        return second.kind == .name && second.tokens.lowerBound == comma + 3
            && (SpeakerMentionFinder.isAdjectiveLike(comma + 2, in: document)
                || (first.kind == .role && second.hasGivenName && document.isWord(comma + 2) && !document.isCapitalized(comma + 2)
                    && !document.has(.cueForm, comma + 2) && !document.has(.auxiliary, comma + 2)))
    }

    static let definiteArticles: Set<String> = ["il", "lo", "la", "i", "gli", "le", "l'"]

    /// Whether a mention stands in a prepositional phrase: it took in a fused preposition, or a
    /// preposition ("per", "secondo", "con") comes right before it.
    static func followsPreposition(_ mention: SpeakerMention, in document: ClaimDocument) -> Bool {
        let start = mention.tokens.lowerBound
        if document.has(.fusedPreposition, start) { return true }
        guard start > 0, document.sentenceOf[start - 1] == document.sentenceOf[start] else { return false }
        return document.has(.locativePreposition, start - 1) || document.form(start - 1) == "secondo"
    }

    /// Prepositions that open a place or time complement after a role ("in Senato", "a fine gara",
    /// "alla Camera", "nel consiglio d'istituto").
    static let trailingComplementPrepositions: Set<String> = [
        "in", "a", "al", "allo", "alla", "all'", "ai", "nel", "nella", "nell'", "nei", "presso", "per",
    ]

    /// The last token of a short complement right after token `end` — an optional adjective, a
    /// preposition and at most four words, then a comma — or nil.
    static func trailingComplementEnd(after end: Int, in document: ClaimDocument) -> Int? {
        var preposition = end + 1
        // "la capogruppo dem in commissione Bilancio,": an adjective may come first.
        if SpeakerMentionFinder.isAdjectiveLike(preposition, in: document) { preposition += 1 }
        guard document.has(.trailingComplementPreposition, preposition) else { return nil }
        var last = preposition
        while document.isWord(last + 1), last - preposition < 4 {
            if document.has(.auxiliary, last + 1) { return nil }
            last += 1
        }
        return last > preposition && document.form(last + 1) == "," ? last : nil
    }

    mutating func run() {
        let answers = unmarkedInterviewAnswers()
        var answerParagraph: Int? = nil
        // ``interviewQuestionParagraphs(before:)``: the interviewer's questions are no claims.
        let questionParagraphs = answers.isEmpty ? [] : interviewQuestionParagraphs(before: answers)
        for sentence in document.sentences.indices {
            if !questionParagraphs.isEmpty, questionParagraphs.contains(document.paragraphOf[sentence]),
                let last = document.sentences[sentence].last, document.has(.questionMark, last)
            {
                rememberSubjects(of: sentence)
                continue
            }
            if let answer = answers[sentence] {
                applyUnmarkedInterviewAnswer(answer)
                answerParagraph = document.paragraphOf[sentence]
            }
            // The answer is one claim: what it says is the interviewee's, not the rules' business.
            if answerParagraph == document.paragraphOf[sentence] {
                rememberSubjects(of: sentence)
                continue
            }
            if document.isHeading(sentence) { continue }
            applyDirectQuotationRules(in: sentence)
            applyCleftAttribution(in: sentence)
            applyCleftNounAttribution(in: sentence)
            applyAccordingTo(in: sentence)
            applyIndirectSpeechRules(in: sentence)
            applyReadInDocumentClause(in: sentence)
            applyQuotationTiedToSubject(in: sentence)
            applyColonStatement(in: sentence)
            applySupportVerbNounCue(in: sentence)
            applyClaimNounAfterCon(in: sentence)
            applyRumourFallback(in: sentence)
            rememberSubjects(of: sentence)
        }
        claims.sort { $0.claim.content.utf8.lowerBound < $1.claim.content.utf8.lowerBound }
        nameRolesNamedLater()
    }

    // MARK: Shared helpers for the rules

    /// The outermost quotations that open in `sentence`.
    func quotations(openingIn sentence: Int) -> [Int] {
        outermostBySentence[sentence]
    }

    /// The mention that starts exactly at token `index`, if any.
    func mention(startingAt index: Int, in sentence: Int) -> SpeakerMention? {
        mentions[sentence].first { $0.tokens.lowerBound == index }
    }

    /// The nearest speaker mention ending before `index` in the same sentence and clause, skipping
    /// an apposition between commas ("Ruoming Pang, ex capo dell’IA di Apple, ha detto").
    func subjectMention(before index: Int, in sentence: Int) -> SpeakerMention? {
        let range = document.sentences[sentence]
        if let antecedent = relativeAntecedent(before: index, in: sentence) ?? relativeAntecedentAcrossComplement(before: index, in: sentence) {
            return antecedent
        }
        // A subject stands at the start of its clause: after the sentence start, punctuation, a
        // conjunction or an adverb — not inside a prepositional phrase ("come il Lab di Meta").
        // The last two such mentions are all that is read: found from the end, without a
        // filtered copy of the sentence's mentions.
        var last: SpeakerMention? = nil
        var beforeLast: SpeakerMention? = nil
        for mention in mentions[sentence].reversed() where mention.tokens.upperBound < index && isClauseInitial(mention, in: sentence) {
            if last == nil {
                last = mention
            } else {
                beforeLast = mention
                break
            }
        }
        guard let last else { return nil }
        // Between the mention and the cue: only an apposition, adverbs, clitics or "non".
        var position = last.tokens.upperBound + 1
        var commas = 0
        while position < index {
            let form = document.form(position)
            if document.tokens[position].kind == .punctuation {
                if form == "," || form == "–" || form == "-" || form == "—" || form == "(" || form == ")" { commas += 1 }
                else { return nil }
            } else if commas % 2 == 1 {
                // Inside an apposition: anything goes, but not too long.
                if position - last.tokens.upperBound > 14 { return nil }
            } else if !(document.has(.clitic, position) || document.has(.interveningAdverb, position) || form == "non"
                || document.has(.auxiliary, position) || ["stesso", "stessa", "invece", "però", "allora"].contains(form)) {
                return nil
            }
            position += 1
        }
        _ = range
        // An apposition that is itself a role: prefer the name before it.
        if last.kind != .name, commas >= 1, let previous = beforeLast {
            // "La Provincia, proprietaria dell'edificio, fa sapere": an institution too.
            if previous.kind == .name || (previous.kind == .group && last.kind == .role && !previous.plural),
                previous.tokens.upperBound + 1 < document.tokens.count,
                document.form(previous.tokens.upperBound + 1) == ","
            {
                return previous
            }
        }
        return last
    }

    /// "Nicola Zanella, che ha ammesso …": the subject of a relative clause is the mention before
    /// its comma.
    func relativeAntecedent(before index: Int, in sentence: Int) -> SpeakerMention? {
        let range = document.sentences[sentence]
        var back = index - 1
        while back > range.lowerBound, document.has(.clitic, back) || document.form(back) == "non"
            || document.has(.interveningAdverb, back)
        {
            back -= 1
        }
        guard back - 2 >= range.lowerBound, document.form(back) == "che" else { return nil }
        // "un marittimo dell'equipaggio che chiede di …": a restrictive relative right after a
        // subject-like mention (not a complement: "ha detto ai giornalisti che chiederà …").
        if document.form(back - 1) != "," {
            return mentions[sentence].last {
                $0.tokens.upperBound == back - 1 && ($0.kind == .role || $0.kind == .name) && !self.insideQuotation[$0.tokens.lowerBound]
                    && !self.isAfterPreposition($0)
            }
        }
        return mentions[sentence].last { $0.tokens.upperBound == back - 2 && !self.insideQuotation[$0.tokens.lowerBound] }
    }

    static let clauseOpeners: Set<String> = [
        "e", "ma", "però", "eppure", "mentre", "anche", "poi", "infine", "intanto", "inoltre", "invece", "quindi", "dunque",
        "oggi", "ieri", "stamattina", "allora", "ora", "così", "perciò", "tuttavia", "anzi", "pure", "già", "non", "nemmeno",
        "neanche", "ancora", "insomma", "infatti", "che", "quando", "se", "perché", "dove", "ecco", "sì", "no", "ebbene",
        "oltretutto", "peraltro", "finalmente", "successivamente", "inizialmente", "stasera", "stanotte", "domenica", "sabato",
    ]

    func isClauseInitial(_ mention: SpeakerMention, in sentence: Int) -> Bool {
        let start = mention.tokens.lowerBound
        let range = document.sentences[sentence]
        if start == range.lowerBound { return true }
        // "il rappresentante dei genitori nel consiglio d'istituto": a mention that took in a
        // fused preposition is a complement.
        if document.has(.fusedPreposition, start) { return false }
        let previous = document.tokens[start - 1]
        if previous.kind == .punctuation { return true }
        if continuesCoordinatedComplement(mention, in: sentence) { return false }
        // Right after another mention ("il ministero Anna Russo"): the pair is one subject.
        if mentions[sentence].contains(where: { $0.tokens.upperBound == start - 1 }) { return true }
        // An article the mention did not take in: "…; i Paesi industrializzati avrebbero risposto",
        // also after a fronted complement ("In una nota la Riciclo Estense annuncia …").
        if document.has(.definiteArticle, start - 1) {
            let beforeArticle = start - 2
            if beforeArticle < range.lowerBound || document.tokens[beforeArticle].kind == .punctuation
                || document.has(.clauseOpener, beforeArticle) || followsFrontedComplement(start - 1, in: range)
            {
                return true
            }
        }
        return document.has(.clauseOpener, start - 1) || followsFrontedComplement(start, in: range)
            || followsFrontedTimePhrase(start, in: range)
            || followsRoleWithModifier(mention, in: sentence) || followsArticleAndPairWord(mention, in: sentence)
    }

    /// "ma per precauzione il Comune ha chiesto", "In serata la procura ha fatto sapere": a short
    /// complement (a preposition and at most three words) that opens the clause before the subject.
    func followsFrontedComplement(_ start: Int, in range: Range<Int>) -> Bool {
        // The mention starts with its article; the word before it ends the complement.
        // (A form that could be a verb is a noun after an article: "In un comunicato il club …".)
        let nounAfterArticle = start - 2 >= range.lowerBound && document.has(.article, start - 2)
        guard start - 2 >= range.lowerBound, document.isWord(start - 1), !document.isCapitalized(start - 1),
            !document.has(.locativePreposition, start - 1), !document.has(.article, start - 1),
            nounAfterArticle || (!document.has(.cueForm, start - 1) && !document.has(.auxiliary, start - 1))
        else { return false }
        var preposition = start - 2
        while preposition >= range.lowerBound, start - preposition <= 4 {
            guard document.isWord(preposition) else { return false }
            // "per precauzione", "Al termine": a preposition, alone or with its article fused.
            if document.has(.locativePreposition, preposition), !document.has(.article, preposition) || document.has(.fusedPreposition, preposition) {
                let before = preposition - 1
                return before < range.lowerBound || document.tokens[before].kind == .punctuation || document.has(.clauseOpener, before)
            }
            if document.has(.cueForm, preposition) || document.has(.auxiliary, preposition) { return false }
            preposition -= 1
        }
        return false
    }

    /// The mention right after the cue: "«…», ha detto Rossi", "spiega il ministro" — not an
    /// indirect object ("ha detto al ministero", "ha spiegato ai giornalisti").
    func invertedSubject(after cue: CueGroup, in sentence: Int) -> SpeakerMention? {
        let range = document.sentences[sentence]
        var next = cue.tokens.upperBound + 1
        // "ha tenuto a precisarlo subito la sindaca", "ha annunciato ieri il vescovo".
        var adverbs = 0
        while next < range.upperBound, adverbs < 2, document.has(.interveningAdverb, next) {
            next += 1
            adverbs += 1
        }
        if let mention = mention(asSubjectAt: next, of: cue, in: sentence) { return mention }
        // "hanno spiegato all'uscita i delegati della Fiom": a short complement, then a subject
        // with its article that agrees with the verb.
        guard let plural = cue.plural, Self.complementOpeners.contains(document.form(next)) else { return nil }
        var start = next + 1
        // The reported clause ("… da Palazzo Chigi che il governo …") holds no subject of the cue.
        while start < range.upperBound, start - next <= 4, document.tokens[start].kind != .punctuation,
            !document.has(.complementizer, start)
        {
            if document.has(.definiteArticle, start), let mention = mention(asSubjectAt: start, of: cue, in: sentence),
                mention.plural == plural, mention.kind != .name || !plural
            {
                return mention
            }
            start += 1
        }
        // ``nameAfterCueComplement(from:of:in:)``: "ha detto all'uscita dal porto Jens Hartwig,".
        return nameAfterCueComplement(from: next, of: cue, in: sentence)
    }

    static let complementOpeners: Set<String> = [
        "a", "al", "alla", "all'", "ai", "agli", "alle", "allo", "in", "nel", "nella", "nell'", "nei", "negli", "nelle",
        "durante", "dopo", "davanti", "con", "col", "da", "dal", "dalla", "dall'", "dai", "dagli", "dalle", "su", "sul", "sulla",
        "sull'", "sui", "sugli", "sulle", "per", "prima", "fuori", "tra", "fra",
    ]

    /// The mention that starts at `start` (or after an article it did not take in) as the
    /// inverted subject of `cue`: not an indirect object ("al ministero"), agreeing with the verb
    /// ("ha invitato i ricercatori a …" has no inverted subject), and named by the name in
    /// apposition when there is one ("dice l'allenatore, Sergio Piras,").
    private func mention(asSubjectAt start: Int, of cue: CueGroup, in sentence: Int) -> SpeakerMention? {
        let range = document.sentences[sentence]
        guard start < range.upperBound else { return nil }
        // "uno di loro, Luigi Carminati,": the name in apposition to the partitive.
        if ["uno", "una"].contains(document.form(start)), ["di", "dei", "degli", "delle"].contains(document.form(start + 1)) {
            var comma = start + 2
            while comma < range.upperBound, comma - start <= 5, document.form(comma) != "," { comma += 1 }
            return mentions[sentence].first { $0.kind == .name && $0.tokens.lowerBound == comma + 1 && document.form(comma) == "," }
        }
        // "scrive la Repubblica": an article the mention did not take in.
        let articleSkipped = document.has(.definiteArticle, start)
            && !mentions[sentence].contains(where: { $0.tokens.lowerBound == start })
        let position = articleSkipped ? start + 1 : start
        guard let mention = mentions[sentence].first(where: { $0.tokens.lowerBound == position }) else { return nil }
        // "chiede un fondo da due miliardi": after a verb that takes a noun object, an indefinite
        // group or role is that object.
        if mention.isIndefinite, !articleSkipped, Self.nounObjectLemmas.contains(cue.lemma) { return nil }
        let first = document.form(mention.tokens.lowerBound)
        // (A role noun without an article opens the mention too: "ha detto don Luigi Ciotti", "ha
        // detto Papa Leone XIV".)
        if mention.tokens.lowerBound != mention.core.lowerBound, !document.has(.roleFirstWord, mention.tokens.lowerBound),
            !["il", "lo", "la", "i", "gli", "le", "l'", "un", "una", "uno", "un'"].contains(first)
        {
            return nil
        }
        // Number agreement, where the mention shows its number (a name shows it by its article).
        let plural = articleSkipped ? ["i", "gli", "le"].contains(document.form(start)) : mention.plural
        if let cuePlural = cue.plural, mention.kind != .name || articleSkipped, plural != cuePlural { return nil }
        if mention.kind == .role || mention.kind == .group,
            let name = mentions[sentence].first(where: { $0.kind == .name && Self.isApposition(mention, $0, in: document) })
        {
            return name
        }
        // The coordinated-roles rule: "ha detto il fondatore e amministratore delegato Tommaso Riva":
        // two roles of one person, the name after the second.
        if mention.kind == .role, document.form(mention.tokens.upperBound + 1) == "e",
            let name = mentions[sentence].first(where: { $0.tokens.lowerBound == mention.tokens.upperBound + 2 }),
            name.kind == .name, name.hasGivenName, name.core.lowerBound > name.tokens.lowerBound
        {
            return name
        }
        return mention
    }

    /// "a Parma", "da Bruxelles", "in Silicon Valley": a name after a preposition is a place or
    /// a complement, not a subject that later sentences can drop.
    func isAfterPreposition(_ mention: SpeakerMention) -> Bool {
        let start = mention.tokens.lowerBound
        if document.has(.fusedPreposition, start) { return true }
        guard start > 0, document.sentenceOf[start - 1] == document.sentenceOf[start] else { return false }
        return document.has(.locativePreposition, start - 1)
    }

    /// "è stata decisa da Cartiere Riunite": the agent of a passive, a subject in all but form.
    func isPassiveAgent(_ mention: SpeakerMention) -> Bool {
        let start = mention.tokens.lowerBound
        let preposition = ["da", "dal", "dalla", "dallo", "dai", "dagli", "dalle", "dall'"].contains(document.form(start)) ? start : start - 1
        guard preposition >= 2, ["da", "dal", "dalla", "dallo", "dai", "dagli", "dalle", "dall'"].contains(document.form(preposition)),
            document.sentenceOf[preposition - 2] == document.sentenceOf[start]
        else { return false }
        var auxiliary = preposition - 2
        if document.has(.interveningAdverb, auxiliary), auxiliary > 0 { auxiliary -= 1 }
        return Self.passiveAuxiliaries.contains(document.form(auxiliary))
    }

    static let passiveAuxiliaries: Set<String> = [
        "è", "sono", "stato", "stata", "stati", "state", "viene", "vengono", "venne", "vennero", "era", "erano", "fu",
        "furono", "sarà", "saranno", "sarebbe", "sarebbero",
    ]

    static let locativePrepositions: Set<String> = [
        "a", "in", "da", "di", "per", "verso", "tra", "fra", "su", "con", "sotto", "presso", "ad", "nel", "nella", "dal", "dalla",
        "al", "alla", "del", "della", "sul", "sulla", "dall'", "nell'", "all'", "dell'", "sull'", "oltre", "dopo", "contro",
        "entro", "fino", "dello", "dei", "degli", "delle", "nei", "negli", "nelle", "ai", "agli", "alle", "allo", "dai",
        "dagli", "dalle", "dallo", "sui", "sugli", "sulle", "col", "senza", "durante", "davanti", "dietro", "d'",
        // Street and place nouns: "via Cesare Battisti", "piazza Garibaldi".
        "via", "piazza", "viale", "corso", "largo", "piazzale", "vicolo", "località", "frazione", "quartiere", "rione",
    ]

    /// Articles fused with a preposition: a mention that starts with one ("del sindaco", "al
    /// ministro") is a complement, not a subject.
    static let fusedPrepositions: Set<String> = [
        "del", "dello", "della", "dell'", "dei", "degli", "delle", "al", "allo", "alla", "all'", "ai", "agli", "alle", "dal",
        "dallo", "dalla", "dall'", "dai", "dagli", "dalle", "nel", "nello", "nella", "nell'", "nei", "negli", "nelle", "sul",
        "sullo", "sulla", "sull'", "sui", "sugli", "sulle",
    ]

    /// The recent entity most likely to be the dropped subject: compatible with the cue's number
    /// and gender; a person (a given name or a role) before an organisation before any other
    /// name, each step back in the text costing half a point; ties go to the most recent.
    /// (Preferring entities that already spoke was tried on the dev fixtures and made it worse.)
    func resolveDroppedSubject(for cue: CueGroup?, before sentence: Int, within distance: Int = 6) -> Int? {
        if let cue, let replying = replyingSpeaker(for: cue, before: sentence) { return replying }
        // ``continuingSpeaker(for:before:)``: the speaker of the sentence just reported goes on.
        if let cue, let speaker = continuingSpeaker(for: cue, before: sentence) { return speaker }
        return resolveDroppedSubject(plural: cue?.plural, gender: cue?.gender, before: sentence, within: distance)
    }

    /// The same for a predicate without a reporting verb, with the number and gender it shows.
    func resolveDroppedSubject(plural: Bool?, gender: Character?, before sentence: Int, within distance: Int = 6) -> Int? {
        // The plural-origin rule: "Dal Genio civile fanno sapere che … La nuova versione,
        // aggiungono, …" — the origin goes on speaking while nobody else has.
        if plural == true, let origin = lastPluralOrigin, sentence - origin.sentence <= 2, claims.last?.entity == origin.entity {
            return origin.entity
        }
        // The topic-sentence rule: "Più ottimista la Banca d'Italia." just before.
        if let topic = topicEntity(of: sentence - 1) {
            let entity = registry.entities[topic]
            if (plural == nil || plural == entity.plural) && (gender == nil || entity.gender == nil || gender == entity.gender) {
                return topic
            }
        }
        var best: (entity: Int, score: Int)? = nil
        var seen = Set<Int>()
        for (rank, candidate) in recent.reversed().enumerated() {
            if sentence - candidate.sentence > distance { break }
            if !seen.insert(candidate.entity).inserted { continue }
            let entity = registry.entities[candidate.entity]
            if entity.kind == .pronoun { continue }
            if let plural, plural != entity.plural { continue }
            if let gender, let known = entity.gender, gender != known { continue }
            var score = 0
            if entity.kind == .role || (entity.kind == .name && (entity.gender != nil || entity.isPerson)) { score += 2 }
            if entity.kind == .group || entity.kind == .anonymous { score += 1 }
            score -= rank / 2
            if score > (best?.score ?? Int.min) { best = (candidate.entity, score) }
        }
        return best?.entity
    }

    func entity(of mention: SpeakerMention) -> Int? {
        guard let id = mentionEntity[mention.tokens.lowerBound] else { return nil }
        if let representative = possessiveRoleReferent(mention) { return representative }
        // Only a bare, definite role of its own ("il difensore", not "il difensore di Rossi", not
        // "un'altra dottoressa", not a role the document already tied to someone) points back.
        // A noun the document introduced as someone new ("I residenti hanno formato un comitato …
        // Secondo il comitato") names that one.
        if mention.kind == .role || mention.kind == .group, registry.entities[id].kind == mention.kind, mention.isBare,
            !mention.isIndefinite, !registry.entities[id].introducedIndefinite,
            registry.entities[id].canonical.lowercased() == mention.name.lowercased()
        {
            return bareRoleReferent(mention) ?? id
        }
        if mention.kind == .group, mention.isBare, !mention.isIndefinite,
            let newer = moreRecentOrganisation(than: id, for: mention, in: document.sentenceOf[mention.tokens.lowerBound])
        {
            return newer
        }
        if let institution = institutionNounReferent(mention, own: id) { return institution }
        if let holder = recentHolderReferent(mention, own: id) { return holder }
        return id
    }

    /// A bare role ("ha detto il difensore") names the person last introduced by name, when the
    /// document never tied that role to anyone: news writing alternates a name and a role. A bare
    /// group noun ("l'azienda", "il quotidiano") names the organisation last named.
    func bareRoleReferent(_ mention: SpeakerMention) -> Int? {
        let sentence = document.sentenceOf[mention.tokens.lowerBound]
        if mention.kind == .role, document.has(.genericPersonNoun, mention.core.lowerBound) {
            return genericPersonReferent(mention, in: sentence)
        }
        if mention.kind == .role, let described = redescribedRoleReferent(mention, in: sentence) { return described }
        // ``redescribedSpeakerReferent(_:in:)``: "«…», ha detto il primario. Il medico ha spiegato …".
        if mention.kind == .role, let speaker = redescribedSpeakerReferent(mention, in: sentence) { return speaker }
        // Only nouns for kinds of organisation point back ("l'azienda", "il quotidiano"); "la
        // Provincia", "il governo" name themselves.
        if mention.kind == .group, !SpeakerLexicons.anaphoricGroupNouns.contains(document.form(mention.core.lowerBound)) {
            return nil
        }
        // The unique-office rule: a person the document tied to another unique office ("il
        // presidente di Confartigianato, Marco Gallo") is not what a bare "il sindaco" names.
        let office = mention.kind == .role ? SpeakerLexicons.shared.roleKey(ofRoleName: mention.name).flatMap {
            SpeakerLexicons.uniqueOffices.contains($0) ? $0 : nil
        } : nil
        // A person of unknown gender (a foreign given name) only when nobody of the role's gender
        // is near.
        var unknownGender: Int? = nil
        // The other-office rule: a person the document tied to a unique office ("il presidente della
        // Regione, Giorgio Avondo") is known by it; another role noun ("il ricercatore") names
        // someone else when someone else fits (and, failing that, still the holder: see below).
        // (``isHypernymRole(_:)``: "il manager" describes any office holder.)
        let ownKey = mention.kind == .role && office == nil && !mention.plural && !isHypernymRole(mention)
            ? SpeakerLexicons.shared.roleKey(ofRoleName: mention.name) : nil
        // ``roleNamedAhead(_:in:)``: a role the text names beside the same noun right after names
        // nobody known only by another role ("Il comandante Salvatore Iorio … Lo skipper ha
        // ammesso … Jens Hartwig, lo skipper").
        let aheadKey = office == nil && !isHypernymRole(mention) && roleNamedAhead(mention, in: sentence)
            ? ownKey ?? document.form(mention.core.lowerBound) : nil
        var found: Recent? = nil
        // The origin rule: "l'azienda toscana" names the organisation described as "pisana" before
        // any other, and never one described as "bresciana".
        let described = mention.kind == .group ? origins(of: mention) : []
        if !described.isEmpty {
            for candidate in recent.reversed() {
                if sentence - candidate.sentence > 10 { break }
                if registry.origins(described, agreeWith: candidate.entity) == true { return candidate.entity }
            }
        }
        let nounClass = mention.kind == .group ? Self.organisationClass(ofNoun: document.form(mention.core.lowerBound)) : nil
        for candidate in recent.reversed() {
            // An organisation stays the topic of a report longer than a person does ("lo Sporting
            // Terni" … ten sentences of players' quotes … "la società umbra").
            if sentence - candidate.sentence > (mention.kind == .group ? 10 : 4) { break }
            if !described.isEmpty, registry.origins(described, agreeWith: candidate.entity) == false { continue }
            // A company noun names no association, an association's noun no company.
            if mention.kind == .group, let nounClass, let known = registry.entities[candidate.entity].organisationClass,
                known != nounClass
            {
                continue
            }
            let entity = registry.entities[candidate.entity]
            // A named institution ("il Comune di Trento") for "l'amministrazione" — not for a
            // company noun ("l'azienda" after "Per la Regione …" is still the company).
            if mention.kind == .group, entity.kind == .group, !entity.plural, !mention.plural,
                entity.canonical.first?.isUppercase == true
            {
                if Self.companyNouns.contains(document.form(mention.core.lowerBound)) { continue }
                found = candidate
                break
            }
            guard entity.kind == .name, entity.plural == mention.plural else { continue }
            if let office, !entity.offices.isEmpty, !entity.offices.contains(office) { continue }
            // ``holdsOnlyOtherRoles(_:than:)``: nor a person known only by another role.
            if let office, entity.offices.isEmpty, holdsOnlyOtherRoles(candidate.entity, than: office) { continue }
            if let aheadKey, holdsOnlyOtherRoles(candidate.entity, than: aheadKey) { continue }
            if let ownKey, !entity.offices.isEmpty, !entity.offices.contains(ownKey) { continue }
            // Persons carry a gender from their given name; organisations do not.
            if mention.kind == .group && entity.gender != nil { continue }
            if mention.kind == .role, entity.gender == nil, mention.gender == nil { continue }
            if mention.kind == .role, let gender = mention.gender, let known = entity.gender, gender != known { continue }
            if mention.kind == .role, mention.gender != nil, entity.gender == nil {
                // Person names are capitalised throughout; "Mercalli di Fuorigrotta", "Times of
                // India" name a place or an organisation.
                // "Palazzo Raffaello", "Piazza Affari" name a seat, not a person.
                let words = entity.canonical.split(separator: " ")
                let seat = words.count > 1 && Self.placeNouns.contains(words[0].lowercased())
                // (Not a known organisation — "l'istituto superiore Pietro Novelli" — nor one
                // capitalised word of unknown kind, more often a place ("Germania", "Salerno") or a
                // word opening a sentence: a person of unknown gender is known to be one, or has a
                // name of two words.)
                // (``isNamedWithPluralArticle(_:)``: nor a name written after "le", "dei": a group.)
                if unknownGender == nil, !seat, !entity.isOrganisation, !entity.namedWithPluralArticle,
                    entity.isPerson || (words.count > 1 && !words.contains(where: { $0.first?.isLowercase == true }))
                {
                    unknownGender = candidate.entity
                }
                continue
            }
            found = candidate
            break
        }
        // "Il presidente dell'Inps, … Stando ai dati dell'istituto": the organisation of a role,
        // when it was named after the nearest candidate.
        if mention.kind == .group {
            // The last one named up to this sentence (binary search: the list is in text order).
            var low = 0
            var high = complementOrganisations.count
            while low < high {
                let middle = (low + high) / 2
                if complementOrganisations[middle].sentence <= sentence { low = middle + 1 } else { high = middle }
            }
            if !mention.plural, low > 0, case let organisation = complementOrganisations[low - 1],
                sentence - organisation.sentence <= 4, organisation.sentence > found?.sentence ?? -1,
                classAgrees(organisation.entity, nounClass)
            {
                return organisation.entity
            }
            // An organisation named in a later sentence than the one that last spoke, even in a
            // complement ("Diversa la versione di Transfer Italia. In una nota, la società …").
            if !mention.plural, described.isEmpty,
                let named = lastNamedOrganisation(before: mention.tokens.lowerBound, sentence: sentence, window: 10, fitting: nounClass),
                named.sentence > found?.sentence ?? -1
            {
                return named.entity
            }
            return found?.entity
        }
        if let found { return found.entity }
        // A name of unknown gender that is surely a person's (a foreign given name, a role in
        // apposition) — but a bare name ("Fiom", "Enac", "Galvani") may be an organisation's: a
        // person of the role's gender comes first (below).
        if let unknownGender, registry.entities[unknownGender].isPerson { return unknownGender }
        guard mention.kind == .role, let gender = mention.gender, !mention.plural else { return unknownGender }
        // A gendered role ("la candidata", "il ricercatore") still names a person of its gender
        // met a little further back, when nobody nearer fits.
        for candidate in recent.reversed() {
            if sentence - candidate.sentence > 10 { break }
            let entity = registry.entities[candidate.entity]
            // (The other-office rule does not apply here: "la candidata", "il manager", "la
            // sindacalista", "l'imprenditore" describe the office holder named before when nobody
            // else is near.)
            if let office, !entity.offices.isEmpty, !entity.offices.contains(office) { continue }
            // (A unique office, though, never names a person known only by another role:
            // ``holdsOnlyOtherRoles(_:than:)``.)
            if let office, entity.offices.isEmpty, holdsOnlyOtherRoles(candidate.entity, than: office) { continue }
            if let aheadKey, holdsOnlyOtherRoles(candidate.entity, than: aheadKey) { continue }
            if entity.kind == .name, !entity.plural, entity.gender == gender { return candidate.entity }
        }
        if let unknownGender { return unknownGender }
        return masculineRoleReferent(mention, office: office, in: sentence)
    }

    /// The re-description rule: "Il geologo della Provincia ha escluso nuovi crolli. «…», ha detto
    /// il tecnico"; "La preside dell'istituto ha fatto sapere che … «…», ha assicurato la
    /// dirigente". News writing names a person known only by role under another noun in the next
    /// breath: a bare singular role names the unnamed role that opens its own sentence or the one
    /// before as its subject, when their genders agree and they are not two different unique
    /// offices ("Il sindaco ha parlato. «…», ha detto il prefetto" are two people).
    func redescribedRoleReferent(_ mention: SpeakerMention, in sentence: Int) -> Int? {
        guard mention.kind == .role, !mention.plural else { return nil }
        for previous in stride(from: sentence, through: max(0, sentence - 1), by: -1) {
            let range = document.sentences[previous]
            guard let first = mentions[previous].first(where: { $0.kind != .pronoun }),
                first.kind == .role, !first.plural, !first.isIndefinite,
                first.tokens.lowerBound - range.lowerBound <= 1, first.tokens.upperBound < mention.tokens.lowerBound,
                !insideQuotation[first.tokens.lowerBound], !isAfterPreposition(first), isClauseInitial(first, in: previous),
                let id = mentionEntity[first.tokens.lowerBound], id != mentionEntity[mention.tokens.lowerBound]
            else { continue }
            let entity = registry.entities[id]
            guard entity.kind == .role, !entity.plural else { return nil }
            if let gender = mention.gender, let known = entity.gender ?? first.gender, gender != known { return nil }
            let lexicons = SpeakerLexicons.shared
            if let own = lexicons.roleKey(ofRoleName: mention.name), let other = lexicons.roleKey(ofRoleName: first.name) {
                // An office named by its own noun ("il ministro", not "il tecnico", whose office
                // only a synonym gives) is a person of its own after another role ("Il portavoce
                // del ministero ha detto … ha aggiunto il ministro").
                let word = mention.name.lowercased()
                if own != other, SpeakerLexicons.uniqueOffices.contains(own), lexicons.roleSynonyms[word] == nil { return nil }
                // The same office under its plain name after another bare noun for it ("Il primo
                // cittadino è arrivato … ha spiegato il sindaco"): the plain name is how the office is
                // known, so it stays its own source. (After a fuller phrase, "Il gip di Catania …
                // Secondo il giudice", the fuller phrase names it.)
                if own == other, first.isBare, word == own { return nil }
            }
            return id
        }
        return nil
    }

    /// "una pensionata di Rovato … La donna ha raccontato": the person a generic noun names is the
    /// last person mentioned before it (by name or by role) in its sentence or the two before,
    /// outside quotations, agreeing in number and gender.
    func genericPersonReferent(_ mention: SpeakerMention, in sentence: Int) -> Int? {
        for previous in stride(from: sentence, through: max(0, sentence - 2), by: -1) {
            for candidate in mentions[previous].reversed() where candidate.tokens.upperBound < mention.tokens.lowerBound {
                guard candidate.kind == .name || candidate.kind == .role, candidate.plural == mention.plural,
                    !insideQuotation[candidate.tokens.lowerBound],
                    !(candidate.isBare && !candidate.isIndefinite && document.has(.genericPersonNoun, candidate.core.lowerBound)),
                    let id = mentionEntity[candidate.tokens.lowerBound]
                else { continue }
                let entity = registry.entities[id]
                if entity.kind == .name, !isPerson(id) { continue }
                if let gender = mention.gender, let known = entity.gender ?? candidate.gender, gender != known { continue }
                return id
            }
        }
        return nil
    }

    /// The subject that opens the cue's own sentence, for a cue whose subject is dropped in a
    /// coordinated clause: "Il commissario ha ascoltato in silenzio, poi ha replicato che …". It
    /// must agree with the verb; nil when the sentence opens otherwise.
    func sentenceSubjectEntity(before cue: CueGroup, in sentence: Int) -> Int? {
        let range = document.sentences[sentence]
        guard let first = mentions[sentence].first(where: { $0.kind != .pronoun }),
            first.tokens.lowerBound - range.lowerBound <= 1, first.tokens.upperBound < cue.tokens.lowerBound,
            !insideQuotation[first.tokens.lowerBound], !isAfterPreposition(first), isClauseInitial(first, in: sentence)
        else { return nil }
        if let plural = cue.plural, plural != first.plural { return nil }
        if let gender = cue.gender, let known = first.gender, gender != known { return nil }
        guard let entity = sourceEntity(of: first, cue: cue, sentence: sentence) else { return nil }
        // A quotation between them has its own speaker — unless it is that subject's, inside one
        // of its claims ("X ha definito la scelta «…» e ha chiesto …").
        for quotation in outermostBySentence[sentence] where pairs[quotation].open > first.tokens.upperBound
            && pairs[quotation].open < cue.tokens.lowerBound
        {
            let mark = document.tokens[pairs[quotation].open].span.utf8.lowerBound
            let owner = claims.reversed().prefix(while: { $0.sentence >= sentence }).first {
                $0.sentence == sentence && ($0.quotation == quotation || $0.claim.content.utf8.contains(mark))
            }
            if owner?.entity != entity { return nil }
        }
        return entity
    }

    /// The entity a pronoun refers to: the most recent compatible one.
    func sourceEntity(of mention: SpeakerMention, cue: CueGroup?, sentence: Int) -> Int? {
        if mention.kind == .pronoun {
            for candidate in recent.reversed() {
                if sentence - candidate.sentence > 6 { break }
                let entity = registry.entities[candidate.entity]
                if entity.kind == .pronoun { continue }
                if mention.plural != entity.plural { continue }
                if let gender = mention.gender, let known = entity.gender, gender != known { continue }
                return candidate.entity
            }
            return nil
        }
        if let group = coordinatedGroup(of: mention, cue: cue) ?? coordinatedPair(namedAgainBy: mention) ?? seatInstitution(of: mention)
            ?? originRoleReferent(of: mention)
        {
            return group
        }
        return entity(of: mention)
    }

    func canonicalName(_ entity: Int?) -> String? {
        entity.map { registry.entities[$0].canonical }
    }

    /// Records a claim, and its speaker as the most recent one.
    mutating func add(
        kind: ClaimKind, speaker: SpeakerMention?, entity: Int?, cue: CueGroup?, cueSpan: TextSpan? = nil, content: TextSpan,
        rule: RuleID, confidence: Double, sentence: Int, quotation: Int? = nil, hedged: Bool = false
    ) {
        // One claim per content: a second rule finding the same content adds nothing. Claims come
        // in sentence order, so only the recent ones can repeat this one.
        for found in claims.reversed() {
            if found.sentence < sentence - 3 { break }
            if let quotation, found.quotation == quotation { return }
            if quotation == nil, found.claim.content.utf8 == content.utf8 { return }
        }
        let claim = Claim(
            kind: kind, source: canonicalName(entity), speaker: speaker.map { document.span($0.core.lowerBound, $0.core.upperBound) },
            cue: cueSpan ?? cue.map { document.span($0.tokens.lowerBound, $0.tokens.upperBound) }, content: content,
            negated: cue?.negated ?? false, hedged: hedged || (cue?.hedged ?? false) || hedgedSentences.contains(sentence),
            rule: rule.rawValue,
            confidence: confidence * (entity == nil ? 0.6 : 1.0), cueLemma: cue?.lemma, stance: cue?.stance)
        claims.append(FoundClaim(claim: claim, sentence: sentence, quotation: quotation, entity: entity))
        // "la società spiega" about Transfer Italia: the organisation is a company from now on.
        if let speaker, speaker.kind == .group, speaker.isBare, let entity, registry.entities[entity].kind == .name {
            registry.classify(entity, as: Self.organisationClass(ofNoun: document.form(speaker.core.lowerBound)))
        }
        if quotation != nil { quotationClaimContents.append(claim.content.utf8) }
        claimContentsBySentence[sentence, default: []].append(claim.content.utf8)
        if let cue { usedCueVerbs.insert(cue.verb) }
        if let quotation {
            claimedQuotations.insert(quotation)
            quotationRoles[quotation] = .speech
        }
        if let entity {
            recent.append(Recent(entity: entity, sentence: sentence))
            if registry.entities[entity].kind == .role { roleSpoke = true }
        }
    }

    /// Subjects of a sentence become candidates for the dropped subjects that follow: the first
    /// mention before the sentence's first verb-like cue, or its first name mention.
    mutating func rememberSubjects(of sentence: Int) {
        // "Rossi ha detto che Bianchi ha sbagliato. Ha poi aggiunto …": the speaker of the
        // sentence's last claim stays the most recent candidate — the people named in what was
        // reported are not the subject the next sentence drops.
        let hasClaim = claims.last?.sentence == sentence
        rememberNamedSubjects(of: sentence, hasClaim: hasClaim)
        // Then, whichever way that returned (two calls, not a `defer`, which copied the whole
        // context for its closure):
        // The inverted-subject rule: "In chiusura è tornato a parlare l'assessore.": the
        // subject after a cue no claim took is who the next dropped subject is.
        if !hasClaim {
            for cue in cues[sentence] where !usedCueVerbs.contains(cue.verb) {
                // A subject opening the sentence before the verb makes what follows it its
                // object: "Brandi, invece, difende il direttore di gara." keeps Brandi.
                guard sentenceSubjectEntity(before: cue, in: sentence) == nil,
                    let subject = invertedSubject(after: cue, in: sentence), !insideQuotation[subject.tokens.lowerBound],
                    let entity = sourceEntity(of: subject, cue: cue, sentence: sentence)
                else { continue }
                recent.append(Recent(entity: entity, sentence: sentence))
            }
        }
        if let last = claims.indices.last, claims[last].sentence == sentence, let entity = claims[last].entity,
            !(recent.last.map { $0.entity == entity && $0.sentence == sentence } ?? false)
        {
            recent.append(Recent(entity: entity, sentence: sentence))
        }
    }

    /// The part of ``rememberSubjects(of:)`` that may stop early: the names of the sentence and
    /// its opening subject.
    private mutating func rememberNamedSubjects(of sentence: Int, hasClaim: Bool) {
        let range = document.sentences[sentence]
        // The relative-introduced rule: "Suo padre, Aldo, è andato in pensione nel 2015.", "Il suo
        // predecessore, Franco Arrigoni, …": a sentence without a claim that introduces a relative
        // of the person the report is about keeps that person the topic.
        if !hasClaim, opensWithPossessiveRelative(sentence) { return }
        // Every person named outside quotations is a candidate for the roles and dropped
        // subjects that follow.
        for mention in mentions[sentence] where mention.kind == .name && !insideQuotation[mention.tokens.lowerBound]
            && !namesCommonNoun(mention)
            && (mention.isOrganisation || !isAfterPreposition(mention) || isPassiveAgent(mention) || isParticipleAgent(mention)
                || mentionEntity[mention.tokens.lowerBound].map { registry.entities[$0].isOrganisation } == true)
        {
            if let entity = mentionEntity[mention.tokens.lowerBound], registry.entities[entity].kind == .name,
                !(recent.last.map { $0.entity == entity && $0.sentence == sentence } ?? false)
            {
                recent.append(Recent(entity: entity, sentence: sentence))
            }
        }
        // (After a wire dateline, ``SpeakerMentionFinder/closesDateline(_:in:)``, the item's own
        // first subject: "(ANSA) – COSENZA, 12 MAR – L'Università della Calabria avrà …".)
        let opening = datelineEnd(of: sentence).map { $0 + 1 } ?? range.lowerBound
        guard let first = mentions[sentence].first(where: { $0.kind != .pronoun && $0.tokens.lowerBound >= opening }),
            let entity = entity(of: first)
        else { return }
        // Skip mentions inside quotations, and complements: "di aver cambiato allenatore", "lo
        // stabilimento di Avellino" name no subject.
        if insideQuotation[first.tokens.lowerBound] || isAfterPreposition(first) || !isClauseInitial(first, in: sentence) { return }
        if first.tokens.lowerBound - opening <= 6 || first.kind == .name {
            if !(recent.last.map { $0.entity == entity && $0.sentence == sentence } ?? false) {
                recent.append(Recent(entity: entity, sentence: sentence))
            }
        }
    }

    /// The last dateline dash among the first tokens of `sentence` ("(ANSA) – COSENZA, 12 MAR –"),
    /// or nil when the sentence opens with no dateline.
    func datelineEnd(of sentence: Int) -> Int? {
        let range = document.sentences[sentence]
        var last: Int? = nil
        for index in range.prefix(Self.datelineLength) where SpeakerMentionFinder.closesDateline(index, in: document) { last = index }
        return last
    }

    /// The tokens a dateline with its agency's tag takes at most ("( ANSA ) – VIBO VALENTIA , 12 MAR –").
    static let datelineLength = 14

    /// Nouns of kinship and succession that a possessive ties to the person the report is about.
    static let relativeNouns: Set<String> = [
        "padre", "madre", "figlio", "figlia", "figli", "figlie", "marito", "moglie", "fratello", "sorella", "fratelli",
        "sorelle", "compagno", "compagna", "fidanzato", "fidanzata", "nonno", "nonna", "nonni", "zio", "zia", "cugino",
        "cugina", "nipote", "suocero", "suocera", "genitori", "predecessore", "predecessora", "successore", "marito",
    ]

    /// Whether a sentence opens with a possessive and a relative noun followed by a name in
    /// apposition: "Suo padre, Aldo,", "Il suo predecessore, Franco Arrigoni,".
    func opensWithPossessiveRelative(_ sentence: Int) -> Bool {
        var index = document.sentences[sentence].lowerBound
        if document.has(.definiteArticle, index) { index += 1 }
        guard ["suo", "sua", "suoi", "sue"].contains(document.form(index)), Self.relativeNouns.contains(document.form(index + 1)),
            document.form(index + 2) == ","
        else { return false }
        return mentions[sentence].contains { $0.kind == .name && $0.tokens.lowerBound == index + 3 }
    }

    /// The text span of a quotation's content (between its marks).
    func contentSpan(of pair: Int) -> TextSpan? {
        let quotation = pairs[pair]
        guard let close = quotation.close, close > quotation.open + 1 else { return nil }
        return document.span(quotation.open + 1, close - 1)
    }

    /// The span of tokens `first...last` without a final full stop or closing punctuation.
    func clauseSpan(_ first: Int, _ last: Int) -> TextSpan? {
        var end = last
        while end >= first, document.tokens[end].kind == .punctuation,
            [".", ",", ";", ":", "!", "?", "...", "…", "–", "-", "—", ")"].contains(document.tokens[end].text)
        {
            end -= 1
        }
        guard end >= first else { return nil }
        return document.span(first, end)
    }

    /// Whether a claim found in `sentence` has a content that overlaps `content`.
    func hasClaim(in sentence: Int, overlapping content: TextSpan) -> Bool {
        claimContentsBySentence[sentence]?.contains { $0.overlaps(content.utf8) } ?? false
    }

    /// The public quotations, with roles decided.
    func quotations() -> [Quotation] {
        var result: [Quotation] = []
        var claimIndexByQuotation: [Int: Int] = [:]
        for (index, found) in claims.enumerated() {
            if let quotation = found.quotation { claimIndexByQuotation[quotation] = index }
        }
        let claimStarts = claims.map(\.claim.content.utf8.lowerBound)
        /// The claims whose content contains `span` (claims are sorted by start).
        func containing(_ span: TextSpan) -> Int? {
            var low = 0
            var high = claimStarts.count
            while low < high {
                let middle = (low + high) / 2
                if claimStarts[middle] <= span.utf8.lowerBound { low = middle + 1 } else { high = middle }
            }
            var index = low - 1
            var checked = 0
            while index >= 0, checked < 8 {
                if claims[index].claim.content.utf8.upperBound >= span.utf8.upperBound { return index }
                index -= 1
                checked += 1
            }
            return nil
        }
        // The role of each quotation: a claim's, else the one its surroundings decide, else the
        // one its shape suggests (nil: the surroundings did not decide).
        var decided: [QuotationRole?] = []
        decided.reserveCapacity(pairs.count)
        for (index, pair) in pairs.enumerated() {
            guard let close = pair.close, close > pair.open + 1 else {
                decided.append(nil)
                continue
            }
            decided.append(quotationRoles[index] ?? decisiveRole(index))
        }
        let repeatedTitles = titlesNamedElsewhere(decided: decided)
        for (index, pair) in pairs.enumerated() {
            guard let close = pair.close, close > pair.open + 1 else { continue }
            let content = document.span(pair.open + 1, close - 1)
            var role: QuotationRole
            if let known = decided[index] {
                role = known
            } else if repeatedTitles.contains(index) {
                role = .title
            } else {
                role = shapeRole(index)
                // A quoted fragment inside a claim's content is the speaker's words (mixed claims).
                if role == .scare, containing(content) != nil {
                    role = .speech
                }
            }
            var claim = claimIndexByQuotation[index]
            if claim == nil, role == .speech {
                // A fragment inside a claim's content belongs to that claim.
                claim = containing(content)
            }
            result.append(Quotation(
                content: content, opening: document.tokens[pair.open].span, closing: document.tokens[close].span,
                depth: pair.depth, role: role, claim: claim))
        }
        return result
    }
}
