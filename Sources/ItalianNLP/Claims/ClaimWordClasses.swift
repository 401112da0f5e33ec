/// The word lists a matching form belongs to, as bits, so that the claim rules test a bit where
/// they would hash the form into one `Set<String>` after another.
///
/// The speaker finder, the cue finder and the rules ask of nearly every token whether its form is
/// an article, a clitic, an adverb that may stand inside a verb group, the first word of a role…
/// Each question is a pure function of the form, so the answers are computed once per distinct
/// form (and remembered across documents in a ``FormMemo``, with a per-thread
/// ``ClaimWordClassesCache`` in front of it), and ``ClaimDocument`` keeps them per token. Each bit means exactly "the form is in that list" (or passes that test): a rule that
/// asks the bit decides what it decided with the list.
struct ClaimWordClasses: OptionSet, Sendable {
    let rawValue: UInt64

    init(rawValue: UInt64) {
        self.rawValue = rawValue
    }

    /// `SpeakerMentionFinder.articles`.
    static let article = Self(rawValue: 1 << 0)
    /// The first word of a role of the shared `SpeakerLexicons`.
    static let roleFirstWord = Self(rawValue: 1 << 1)
    /// A key of `SpeakerMentionFinder.pronouns`.
    static let pronoun = Self(rawValue: 1 << 2)
    /// `SpeakerMentionFinder.notNames`.
    static let notName = Self(rawValue: 1 << 3)
    /// `SpeakerMentionFinder.nameParticles`.
    static let nameParticle = Self(rawValue: 1 << 4)
    /// `SpeakerMentionFinder.complementPrepositions`.
    static let complementPreposition = Self(rawValue: 1 << 5)
    /// `SpeakerMentionFinder.roleAdjectives`.
    static let roleAdjective = Self(rawValue: 1 << 6)
    /// `CueFinder.clitics`.
    static let clitic = Self(rawValue: 1 << 7)
    /// `CueFinder.interveningAdverbs`.
    static let interveningAdverb = Self(rawValue: 1 << 8)
    /// `CueFinder.supportVerbs`.
    static let supportVerb = Self(rawValue: 1 << 9)
    /// `CueFinder.determiners`.
    static let determiner = Self(rawValue: 1 << 10)
    /// A form of a head verb of a verbal multiword cue, or the first word of one
    /// (`CueFinder.headForms` or `CueFinder.firstWords`).
    static let multiwordCueStart = Self(rawValue: 1 << 11)
    /// `AttributionContext.phraseFirstWords`: the first word of an attribution phrase.
    static let attributionPhraseStart = Self(rawValue: 1 << 12)
    /// `AttributionContext.definiteArticles`.
    static let definiteArticle = Self(rawValue: 1 << 13)
    /// `AttributionContext.clauseOpeners`.
    static let clauseOpener = Self(rawValue: 1 << 14)
    /// `AttributionContext.fusedPrepositions`.
    static let fusedPreposition = Self(rawValue: 1 << 15)
    /// `AttributionContext.locativePrepositions`.
    static let locativePreposition = Self(rawValue: 1 << 16)
    /// A form with readings as a reporting verb (`ReportingVerbLexicon.shared.cueForms` is not
    /// empty).
    static let cueForm = Self(rawValue: 1 << 17)
    /// A finite form of avere or essere (`ReportingVerbLexicon.auxiliary` is not nil).
    static let auxiliary = Self(rawValue: 1 << 18)
    /// What `SpeakerMentionFinder.isAdjectiveLike` asks of the form itself (the token must also
    /// be a lower-case word).
    static let adjectiveLike = Self(rawValue: 1 << 19)
    /// What `SpeakerMentionFinder.isGeographicAdjective` asks of the form itself.
    static let geographicAdjective = Self(rawValue: 1 << 20)
    /// What `SpeakerMentionFinder.personNoun` asks of the form itself: a person's suffix, not a
    /// look-alike.
    static let personNoun = Self(rawValue: 1 << 21)
    /// With `personNoun`: the suffix is plural.
    static let personNounPlural = Self(rawValue: 1 << 22)
    /// With `personNoun`: the suffix is feminine (-trice, -trici).
    static let personNounFeminine = Self(rawValue: 1 << 23)
    /// A claim noun of the shared reporting lexicon ("dichiarazione", "replica").
    static let claimNoun = Self(rawValue: 1 << 24)
    /// `IndirectSpeechRules.clauseJoiners` or ":": where a reported clause may end.
    static let clauseJoiner = Self(rawValue: 1 << 25)
    /// ":".
    static let colon = Self(rawValue: 1 << 26)
    /// "ex" or "neo" before a role noun.
    static let rolePrefix = Self(rawValue: 1 << 27)
    /// A form of one Character (`form.count == 1`, which counts Characters one by one).
    static let singleCharacter = Self(rawValue: 1 << 28)
    /// `CommonWords.contains`: an ordinary word, not a name, when it opens a sentence capitalised.
    static let commonWord = Self(rawValue: 1 << 29)
    /// `IndirectSpeechRules.complementizers`: "che", "perché", "come"…
    static let complementizer = Self(rawValue: 1 << 30)
    /// `CueFinder.barePrepositions`: prepositions without an article.
    static let barePreposition = Self(rawValue: 1 << 31)
    /// `AttributionContext.trailingComplementPrepositions`.
    static let trailingComplementPreposition = Self(rawValue: 1 << 32)
    /// `AttributionContext.originPrepositions`: "da" and its forms with the article.
    static let originPreposition = Self(rawValue: 1 << 33)
    /// `SpeakerLexicons.genericPersonNouns`.
    static let genericPersonNoun = Self(rawValue: 1 << 34)
    /// `AttributionContext.placeNouns`.
    static let placeNoun = Self(rawValue: 1 << 35)
    /// `SpeakerLexicons.anaphoricGroupNouns`.
    static let anaphoricGroupNoun = Self(rawValue: 1 << 36)
    /// "stato", "stata", "stati", "state": the participle of essere in a predicate cue.
    static let essereParticiple = Self(rawValue: 1 << 37)
    /// Words that open a clause with a cue of its own inside a reported clause ("anche se",
    /// "sebbene", "però", "poi").
    static let concessiveOpener = Self(rawValue: 1 << 38)
    /// `CueFinder.plainSpeakingAdjectives`.
    static let plainSpeakingAdjective = Self(rawValue: 1 << 39)
    /// "?".
    static let questionMark = Self(rawValue: 1 << 40)
    /// `SpeakerMentionFinder.organisationHeads`: a (capitalised) noun that opens an organisation's
    /// name and may take lower-case words after it ("Aeronautica militare").
    static let organisationHead = Self(rawValue: 1 << 41)
    /// "a", "in", "ad": the prepositions before a place's name (`AttributionContext.placeWords`).
    static let placePreposition = Self(rawValue: 1 << 42)
    /// "stesso", "stessa", "stessi", "stesse": "lo stesso Sarti" is Sarti.
    static let sameAdjective = Self(rawValue: 1 << 43)
    /// `SpeakerMentionFinder.prepositionParticles`: the particles that are also prepositions
    /// ("di", "della", "dal"), which after a full name open its complement.
    static let prepositionParticle = Self(rawValue: 1 << 44)
    /// A word that opens a quantified group ("molti", "tutti", "gran" of "gran parte", "metà"):
    /// `SpeakerMentionFinder.groupQuantifierLength(at:in:)` may start a mention there.
    static let groupQuantifier = Self(rawValue: 1 << 45)
    /// `SpeakerMentionFinder.otherPronounForms`: "altro", "altra", "altri", "altre".
    static let otherPronoun = Self(rawValue: 1 << 46)

    /// Every class of `form`, remembered across documents.
    static func of(_ form: String) -> ClaimWordClasses {
        memo.value(for: form) { compute($0) }
    }

    /// 32,768 forms (about a megabyte): a news corpus's working vocabulary mostly fits, so a form
    /// is rarely classified twice. Two-way, so that two frequent forms whose hashes meet do not
    /// evict each other (classifying a form costs a few microseconds).
    private static let memo = FormMemo<ClaimWordClasses>(shardCount: 16, slotsPerShard: 2048, twoWay: true)

    /// The classes that are lists of words, merged into one table: one look-up per new form
    /// instead of one per list.
    static let listed: [String: ClaimWordClasses] = {
        var table: [String: ClaimWordClasses] = [:]
        func add<Words: Sequence>(_ words: Words, _ bit: ClaimWordClasses) where Words.Element == String {
            for word in words { table[word, default: []].insert(bit) }
        }
        add(SpeakerMentionFinder.articles, .article)
        add(SpeakerLexicons.shared.roleFirstWords, .roleFirstWord)
        add(SpeakerMentionFinder.pronouns.keys, .pronoun)
        add(SpeakerMentionFinder.notNames, .notName)
        add(SpeakerMentionFinder.nameParticles, .nameParticle)
        add(SpeakerMentionFinder.complementPrepositions, .complementPreposition)
        add(SpeakerMentionFinder.roleAdjectives, .roleAdjective)
        add(CueFinder.clitics, .clitic)
        add(CueFinder.interveningAdverbs, .interveningAdverb)
        add(CueFinder.supportVerbs, .supportVerb)
        add(CueFinder.determiners, .determiner)
        add(CueFinder.headForms, .multiwordCueStart)
        add(CueFinder.firstWords, .multiwordCueStart)
        add(AttributionContext.phraseFirstWords, .attributionPhraseStart)
        add(AttributionContext.definiteArticles, .definiteArticle)
        add(AttributionContext.clauseOpeners, .clauseOpener)
        add(AttributionContext.fusedPrepositions, .fusedPreposition)
        add(AttributionContext.locativePrepositions, .locativePreposition)
        add(ReportingVerbLexicon.auxiliaryForms, .auxiliary)
        add(ReportingVerbLexicon.shared.claimNounForms, .claimNoun)
        add(AttributionContext.clauseJoiners, .clauseJoiner)
        add([":"], .clauseJoiner)
        add([":"], .colon)
        add(["ex", "neo"], .rolePrefix)
        add(AttributionContext.complementizers, .complementizer)
        add(CueFinder.barePrepositions, .barePreposition)
        add(AttributionContext.trailingComplementPrepositions, .trailingComplementPreposition)
        add(AttributionContext.originPrepositions, .originPreposition)
        add(SpeakerLexicons.genericPersonNouns, .genericPersonNoun)
        add(AttributionContext.placeNouns, .placeNoun)
        add(SpeakerLexicons.anaphoricGroupNouns, .anaphoricGroupNoun)
        add(["stato", "stata", "stati", "state"], .essereParticiple)
        add(["anche", "sebbene", "benché", "pur", "però", "poi"], .concessiveOpener)
        add(CueFinder.plainSpeakingAdjectives.keys, .plainSpeakingAdjective)
        add(["?"], .questionMark)
        add(SpeakerMentionFinder.organisationHeads, .organisationHead)
        add(["a", "in", "ad"], .placePreposition)
        add(SpeakerMentionFinder.sameAdjectives, .sameAdjective)
        add(SpeakerMentionFinder.prepositionParticles, .prepositionParticle)
        add(SpeakerMentionFinder.groupQuantifiers, .groupQuantifier)
        add(SpeakerMentionFinder.articleQuantifiers, .groupQuantifier)
        add(SpeakerMentionFinder.partitiveQuantifiers.compactMap(\.first), .groupQuantifier)
        add(SpeakerMentionFinder.otherPronounForms, .otherPronoun)
        return table
    }()

    /// Every class of `form`, computed from the lists and tests themselves.
    static func compute(_ form: String) -> ClaimWordClasses {
        let listedClasses = listed[form] ?? []
        var classes = listedClasses
        // The tests below share what each would work out again: the form's length, its listed
        // classes, its reporting-verb readings and whether it looks like an adjective.
        let characterCount = form.count
        if characterCount == 1 { classes.insert(.singleCharacter) }
        if CommonWords.contains(form) { classes.insert(.commonWord) }
        let hasCueForms = ReportingVerbLexicon.shared.hasCueForms(form)
        if hasCueForms { classes.insert(.cueForm) }
        let adjectiveLike = SpeakerMentionFinder.isAdjectiveLikeForm(
            form, listed: listedClasses, characterCount: characterCount, hasCueForms: hasCueForms)
        if adjectiveLike { classes.insert(.adjectiveLike) }
        if SpeakerMentionFinder.isGeographicAdjectiveForm(form, characterCount: characterCount, isAdjectiveLike: adjectiveLike) {
            classes.insert(.geographicAdjective)
        }
        if let suffix = SpeakerMentionFinder.personSuffix(of: form, characterCount: characterCount) {
            classes.insert(.personNoun)
            if suffix.plural { classes.insert(.personNounPlural) }
            if suffix.feminine { classes.insert(.personNounFeminine) }
        }
        return classes
    }
}
