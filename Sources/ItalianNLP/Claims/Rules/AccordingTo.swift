/// ``RuleID/accordingTo``: "Secondo X, P", "P, secondo X", "Per X, P", "a detta di X",
/// "stando a X", "come riferito da X". "Secondo me", "secondo la legge" and the ordinal ("il
/// secondo tempo") are not attributions: a speaker mention must follow.
extension AttributionContext {
    static let accordingPhrases: [[String]] = [
        ["secondo"], ["a", "detta", "di"], ["stando", "a"], ["come", "riferito", "da"], ["come", "riportato", "da"],
        ["come", "spiegato", "da"], ["come", "dichiarato", "da"], ["come", "annunciato", "da"], ["come", "sottolineato", "da"],
        ["a", "parere", "di"], ["ad", "avviso", "di"], ["a", "giudizio", "di"], ["nelle", "parole", "di"],
        ["secondo", "quanto", "riferito", "da"], ["secondo", "quanto", "riportato", "da"], ["secondo", "quanto", "dichiarato", "da"],
        ["stando", "a", "quanto", "riferito", "da"], ["secondo", "quanto", "ricostruito", "da"],
        ["secondo", "quanto", "accertato", "da"], ["secondo", "quanto", "appreso", "da"], ["secondo", "quanto", "trapela", "da"],
        ["secondo", "quanto", "filtra", "da"],
        ["stando", "a", "quanto", "ricostruito", "da"], ["secondo", "quanto", "riporta"], ["secondo", "quanto", "riportano"],
        ["secondo", "quanto", "scrive"], ["secondo", "quanto", "scrivono"], ["secondo", "quanto", "riferisce"],
        ["secondo", "quanto", "riferiscono"], ["secondo", "quanto", "rivela"], ["secondo", "quanto", "rivelano"], ["per"],
        // "Come riferisce la Tass, P", "stando a quanto riferiscono fonti del dicastero": a present
        // reporting verb inside the locution (the verb is the locution's, not a cue of its own).
        ["come", "riferisce"], ["come", "riferiscono"], ["come", "riporta"], ["come", "riportano"], ["come", "scrive"],
        ["come", "scrivono"], ["come", "rivela"], ["come", "rivelano"], ["stando", "a", "quanto", "riferisce"],
        ["stando", "a", "quanto", "riferiscono"], ["stando", "a", "quanto", "riporta"], ["stando", "a", "quanto", "riportano"],
        ["stando", "a", "quanto", "scrive"], ["stando", "a", "quanto", "scrivono"],
        // "a quanto riferiscono le stesse fonti", "a quanto risulta agli inquirenti": the same
        // locution without "stando".
        ["a", "quanto", "riferisce"], ["a", "quanto", "riferiscono"], ["a", "quanto", "riporta"], ["a", "quanto", "riportano"],
        ["a", "quanto", "risulta", "a"],
        // "Come ha ricordato il presidente dell'Ordine, P": the compound past of the verbs the
        // "come riferito da" locutions use, with the speaker after it.
        ["come", "ha", "ricordato"], ["come", "ha", "spiegato"], ["come", "ha", "detto"], ["come", "ha", "sottolineato"],
        ["come", "ha", "riferito"], ["come", "ha", "confermato"], ["come", "ha", "precisato"], ["come", "hanno", "ricordato"],
        ["come", "hanno", "spiegato"], ["come", "hanno", "sottolineato"], ["come", "hanno", "riferito"], ["come", "hanno", "confermato"],
        // "Stando alle parole del ministro, P", "a sentire il sindaco, P", "stando a quanto
        // dichiarato dal sindaco, P": the source's words named by a noun, the verb of hearing, and
        // the participles of saying the "secondo quanto" locutions lacked after "stando a".
        ["stando", "alle", "parole", "di"], ["secondo", "le", "parole", "di"], ["stando", "alle", "dichiarazioni", "di"],
        ["secondo", "le", "dichiarazioni", "di"], ["a", "sentire"], ["stando", "a", "quanto", "dichiarato", "da"],
        ["stando", "a", "quanto", "riportato", "da"], ["stando", "a", "quanto", "spiegato", "da"], ["stando", "a", "quanto", "affermato", "da"],
        ["secondo", "quanto", "spiegato", "da"], ["secondo", "quanto", "affermato", "da"], ["secondo", "quanto", "sostenuto", "da"],
        ["secondo", "quanto", "annunciato", "da"], ["secondo", "quanto", "comunicato", "da"],
        // "Come sostengono molti economisti, P": the present of the verbs of holding and
        // explaining, as "come riferisce" (the verb is the locution's).
        ["come", "sostiene"], ["come", "sostengono"], ["come", "spiega"], ["come", "spiegano"], ["come", "ricorda"],
        ["come", "ricordano"], ["come", "osserva"], ["come", "osservano"], ["come", "sottolinea"], ["come", "sottolineano"],
    ]

    /// The phrases of each list by their first word, in list order: only those can match where a
    /// form stands (a phrase's first word is never the fused preposition `matches` also accepts,
    /// which only its last word of di/da/a may be).
    static let accordingPhrasesByFirstWord: [String: [[String]]] = Dictionary(grouping: accordingPhrases, by: { $0.first ?? "" })
    static let possessivePhrasesByFirstWord: [String: [[String]]] = Dictionary(grouping: possessivePhrases, by: { $0.first ?? "" })

    /// The words that open an attribution phrase or a possessive one.
    static let phraseFirstWords: Set<String> = Set((accordingPhrases + possessivePhrases).compactMap(\.first))

    /// "a suo dire", "a suo giudizio": the possessive points to the current speaker.
    static let possessivePhrases: [[String]] = [
        ["a", "suo", "dire"], ["a", "suo", "giudizio"], ["a", "suo", "avviso"], ["a", "suo", "parere"], ["secondo", "lui"],
        ["secondo", "lei"], ["a", "loro", "dire"], ["a", "loro", "giudizio"], ["a", "loro", "avviso"], ["a", "loro", "parere"],
        ["secondo", "loro"],
    ]

    static let hedgedSources: Set<String> = ["indiscrezioni", "voci", "rumors", "fonti", "ambienti", "retroscena"]

    /// Anonymous sources that still name who speaks ("fonti del ministero", "ambienti vicini al
    /// Quirinale"): they hedge a cue in their sentence, but their own attribution is not hedged.
    static let plainAnonymousSources: Set<String> = ["fonti", "ambienti"]

    /// Words that cannot open the clause a "per X" attribution introduces without a comma: the
    /// speaker's phrase goes on ("per il sindaco di Bari e la giunta") or "per" was not an
    /// attribution ("per i residenti che …", "per Rossi come per Bianchi").
    static let perContinuations: Set<String> = [
        "e", "ed", "o", "od", "ma", "che", "cui", "come", "quando", "se", "dove", "mentre", "né", "oppure", "quale", "quali",
    ]

    /// Whether a clause opens at token `index`, right after "Per X" with no comma: a definite
    /// article or a demonstrative (its subject: "Per il sindaco la partita …"), "non", or a verb-like
    /// lower-case word ("Per Ricci serve …") — not a preposition, a conjunction or a relative,
    /// which continue the speaker's phrase, and not punctuation or a number.
    func opensClauseWithoutComma(at index: Int, in range: Range<Int>) -> Bool {
        guard index + 2 < range.upperBound, document.isWord(index), !document.isCapitalized(index) else { return false }
        if document.has(.definiteArticle, index) || ["questo", "questa", "questi", "queste", "quel", "quello", "quella"].contains(document.form(index)) {
            return true
        }
        let form = document.form(index)
        // ``topicOpensAttributedClause(at:in:)``: "Per la Regione sulle assunzioni non c'è alcun ritardo".
        if topicOpensAttributedClause(at: index, in: range) { return true }
        if Self.perContinuations.contains(form) || Self.locativePrepositions.contains(form) || Self.fusedPrepositions.contains(form) {
            return false
        }
        return !document.has(.article, index)
    }

    /// Whether a name with no gender and no organisation noun is a place: the document writes it
    /// after "a" or "in" somewhere ("a Pavia", "in Puglia"). "Federconsumatori", "Coldiretti
    /// Puglia" are bodies; "Milano" is a place when the document says "a Milano".
    func isPlace(_ mention: SpeakerMention) -> Bool {
        guard mention.kind == .name, !mention.isOrganisation else { return false }
        return placeWords.contains(document.tokens[mention.core.lowerBound].text)
    }

    mutating func applyAccordingTo(in sentence: Int) {
        let range = document.sentences[sentence]
        var index = range.lowerBound
        while index < range.upperBound {
            defer { index += 1 }
            // One set look-up rules out the words that open no phrase, before any phrase is tried.
            guard document.isWord(index), document.has(.attributionPhraseStart, index), !isInsideQuotation(index) else { continue }
            let form = document.form(index)
            if let phrase = Self.possessivePhrasesByFirstWord[form]?.first(where: { matches($0, at: index, in: range) }) {
                let end = index + phrase.count - 1
                if let content = accordingContent(phraseStart: index, speakerEnd: end, in: range) {
                    let plural = phrase.contains("loro")
                    let gender: Character? = phrase.contains("lui") ? "m" : phrase.contains("lei") ? "f" : nil
                    func fits(_ id: Int) -> Bool {
                        let entity = registry.entities[id]
                        if entity.kind == .pronoun || entity.plural != plural { return false }
                        if let gender, let known = entity.gender, known != gender { return false }
                        return true
                    }
                    // "Manca ha protestato …: a suo giudizio …": the subject of the sentence first.
                    var entity: Int? = nil
                    if let subject = mentions[sentence].first(where: { $0.kind != .pronoun && $0.tokens.upperBound < index }),
                        !insideQuotation[subject.tokens.lowerBound], !isAfterPreposition(subject), isClauseInitial(subject, in: sentence),
                        let id = sourceEntity(of: subject, cue: nil, sentence: sentence), fits(id)
                    {
                        entity = id
                    }
                    if entity == nil { entity = recent.reversed().first { fits($0.entity) }?.entity }
                    add(kind: .according, speaker: nil, entity: entity, cue: nil, cueSpan: document.span(index, end), content: content,
                        rule: .accordingTo, confidence: 0.7, sentence: sentence)
                    index = end
                }
                continue
            }
            for phrase in Self.accordingPhrasesByFirstWord[form] ?? [] {
                guard matches(phrase, at: index, in: range) else { continue }
                var after = index + phrase.count
                // The article fused or not: "a detta del ministro", "stando ai dati", "secondo il".
                let last = phrase.last ?? ""
                if ["di", "da", "a"].contains(last), index + phrase.count - 1 < range.upperBound {
                    // "di" fused with an article is one token here ("del"), already consumed as the last word.
                }
                if phrase == ["secondo"] || phrase == ["per"] {
                    // Not the ordinal: "il secondo", "al secondo posto".
                    if index > range.lowerBound, document.has(.determiner, index - 1) { break }
                }
                if after < range.upperBound, ["il", "lo", "la", "i", "gli", "le", "l'"].contains(document.form(after)),
                    mention(startingAt: after, in: sentence) == nil
                {
                    after += 1
                }
                // "Secondo indiscrezioni riportate dal Messaggero, P": the medium that reports the
                // rumour is the source, and the claim is hedged.
                if phrase == ["secondo"], after + 2 < range.upperBound, Self.hedgedSources.contains(document.form(after)),
                    ["riportate", "riportati", "pubblicate", "pubblicati", "diffuse", "diffusi", "raccolte", "raccolti", "filtrate",
                     "citate", "citati"].contains(document.form(after + 1)),
                    ["da", "dal", "dalla", "dallo", "dai", "dagli", "dalle", "dall'"].contains(document.form(after + 2)),
                    let medium = mentions[sentence].first(where: { $0.tokens.lowerBound == after + 2 || $0.tokens.lowerBound == after + 3 }),
                    let content = accordingContent(phraseStart: index, speakerEnd: medium.tokens.upperBound, in: range)
                {
                    if let verb = cues[sentence].first(where: { $0.verb == after + 1 }) { usedCueVerbs.insert(verb.verb) }
                    add(kind: .according, speaker: medium, entity: sourceEntity(of: medium, cue: nil, sentence: sentence), cue: nil,
                        cueSpan: document.span(index, index), content: content, rule: .accordingTo, confidence: 0.75,
                        sentence: sentence, hedged: true)
                    index = medium.tokens.upperBound
                    break
                }
                // "Secondo indiscrezioni, X avrebbe detto": the rumour hedges X's claim, it is not one.
                // (A participle inside the rumour's phrase is no cue of the clause: "Secondo voci
                // non confermate, …"; see ``hedgedRumour(of:in:)``.)
                if phrase == ["secondo"], after < range.upperBound, Self.hedgedSources.contains(document.form(after)),
                    !cues[sentence].isEmpty,
                    cues[sentence].contains(where: { cue in
                        guard let rumour = mentions[sentence].first(where: { $0.core.lowerBound == after }).flatMap({ hedgedRumour(of: $0, in: sentence) })
                        else { return true }
                        return cue.verb > rumour.phrase.tokens.upperBound
                    })
                {
                    hedgedSentences.insert(sentence)
                    // ``applyRumourFallback(in:)`` gives the rumour its own claim if the clause's cue gives none.
                    let rumourEnd = mentions[sentence].first(where: { $0.core.lowerBound == after })
                        .flatMap { hedgedRumour(of: $0, in: sentence) }?.phrase.tokens.upperBound ?? after
                    pendingRumours[sentence] = (index, rumourEnd)
                    break
                }
                // "…, secondo il quale P" / "secondo cui P": the speaker is the mention before.
                if phrase == ["secondo"] || phrase == ["per"], let relativeEnd = relativePronounEnd(at: after, in: range),
                    let antecedent = mentions[sentence].last(where: { $0.tokens.upperBound < index }),
                    let content = clauseSpan(relativeEnd + 1, range.upperBound - 1)
                {
                    add(kind: .according, speaker: nil, entity: sourceEntity(of: antecedent, cue: nil, sentence: sentence), cue: nil,
                        cueSpan: document.span(index, relativeEnd), content: content, rule: .accordingTo, confidence: 0.7,
                        sentence: sentence)
                    break
                }
                // "stando ai dati dell'Inps", "secondo il rapporto di Legambiente": the source is the
                // author of the document.
                let documentSource = documentAuthor(after: after, in: sentence)
                // "Stando al dossier, …" after "L'associazione Pazienti in Rete ha raccolto in un
                // dossier …": the document named before, and its author.
                if documentSource == nil, phrase != ["per"], let (nounEnd, author) = documentAnaphor(after: after, in: sentence),
                    let content = accordingContent(phraseStart: index, speakerEnd: nounEnd, in: range)
                {
                    add(kind: .according, speaker: nil, entity: author, cue: nil, cueSpan: document.span(index, index + phrase.count - 1),
                        content: content, rule: .accordingTo, confidence: 0.65, sentence: sentence)
                    index = nounEnd
                    break
                }
                // The mention may have taken in a fused preposition ("a detta del sindaco").
                guard let foundSpeaker = documentSource ?? mentions[sentence].first(where: {
                    $0.tokens.lowerBound == after || $0.core.lowerBound == after
                        || ($0.tokens.lowerBound == after - 1 && $0.tokens.lowerBound > index)
                }) else {
                    continue
                }
                // "Secondo il procuratore di Torino, Aldo Riva, …": the name in apposition.
                var speaker = foundSpeaker
                if speaker.kind == .role || speaker.kind == .group,
                    let name = mentions[sentence].first(where: { $0.kind == .name && Self.isApposition(speaker, $0, in: document) }),
                    name.tokens.upperBound + 1 < range.upperBound, document.form(name.tokens.upperBound + 1) == ","
                {
                    speaker = name
                }
                // "per" attributes at the start of a sentence, followed by a comma ("Per il sindaco,
                // …") or by the copula ("Per i comitati è …"), or between commas (", per Moroni,");
                // but for the copula and the commas only a person or a body, not a place.
                // ``RuleID/perWithoutComma``: with no comma at all, when a clause opens right after
                // the speaker ("Per il sindaco la partita si giocherà in tribunale").
                // ``accordingSourceTail(of:phraseStart:in:)``: "Secondo alcuni editori presenti in sala, …".
                // (The longer phrase names a group of its own: it is registered as such.)
                var lengthenedEntity: Int? = nil
                // ``hedgedRumour(of:in:)``: "Secondo voci raccolte in banchina, …" names nobody.
                // ``coordinatedAccordingSource(startingWith:in:)``: "Secondo Marta Gini e Luca Sordi, …".
                let rumour = hedgedRumour(of: speaker, in: sentence)
                if let rumour {
                    speaker = rumour.phrase
                } else if let coordinated = coordinatedAccordingSource(startingWith: speaker, in: sentence) {
                    speaker = coordinated.mention
                    lengthenedEntity = coordinated.entity
                } else if let lengthened = accordingSourceTail(of: speaker, phraseStart: index, in: range) {
                    speaker = lengthened
                    lengthenedEntity = registry.register(lengthened)
                }
                let speakerEnd = speaker.tokens.upperBound
                var rule = RuleID.accordingTo
                if phrase == ["per"] {
                    guard speakerEnd + 1 < range.upperBound else { break }
                    let after = document.form(speakerEnd + 1)
                    // A colon or semicolon opens a clause too: "voterà contro: per il fondo il concambio …".
                    let opening = index == range.lowerBound || document.has(.colon, index - 1) || document.form(index - 1) == ";"
                    if !(opening && after == ",") {
                        let copula = opening && ["è", "sono", "sarebbe", "sarebbero", "resta", "restano", "rimane"].contains(after)
                        let incise = index > range.lowerBound && document.form(index - 1) == "," && after == ","
                        let unmarked = opening && !copula && opensClauseWithoutComma(at: speakerEnd + 1, in: range)
                        guard copula || incise || unmarked, isPersonOrBody(speaker) || (unmarked && !isPlace(speaker)) else { break }
                        if unmarked { rule = .perWithoutComma }
                    }
                }
                if speaker.kind == .pronoun, ["me", "te", "noi", "voi"].contains(document.form(after)) { break }
                if phrase == ["per"], isNarrativePer(speaker, speakerEnd: speakerEnd, in: sentence) { break }
                guard let content = accordingContent(phraseStart: index, speakerEnd: speakerEnd, in: range) else { break }
                // "secondo quanto riporta il quotidiano", "come riferisce la Tass": the verb is part
                // of this cue.
                if phrase.count >= 2, let verb = cues[sentence].first(where: { $0.verb == index + phrase.count - 1 }) {
                    usedCueVerbs.insert(verb.verb)
                }
                // Rumours are second hand; an anonymous source or "a detta di" alone is not (the
                // guidelines: "secondo fonti vicine al governo" is not hedged).
                // A leak ("secondo quanto trapela da …") is second hand too.
                let hedged = (Self.hedgedSources.contains(document.form(after)) && !Self.plainAnonymousSources.contains(document.form(after)))
                    || phrase.contains("trapela") || phrase.contains("filtra")
                let entity: Int?
                if let rumour {
                    // (A medium the finder took into the rumour's phrase is registered here.)
                    entity = rumour.author.flatMap { author in
                        mentionEntity[author.tokens.lowerBound] != nil ? sourceEntity(of: author, cue: nil, sentence: sentence)
                            : registry.register(author)
                    }
                } else {
                    entity = lengthenedEntity ?? sourceEntity(of: speaker, cue: nil, sentence: sentence)
                }
                add(kind: .according, speaker: rumour?.author ?? speaker, entity: entity, cue: nil,
                    cueSpan: document.span(index, index + phrase.count - 1), content: content, rule: rule,
                    confidence: rule == .perWithoutComma ? 0.7 : 0.8, sentence: sentence, hedged: hedged)
                index = speakerEnd
                break
            }
        }
    }

    /// A person, a role, a group or an anonymous source — not a bare name that could be a place
    /// ("per Milano"): a name counts when it is a person's (a gender) or an organisation's.
    func isPersonOrBody(_ mention: SpeakerMention) -> Bool {
        switch mention.kind {
        case .role, .group, .anonymous, .pronoun: return true
        case .name:
            if mention.isOrganisation || mention.gender != nil { return true }
            guard let id = mentionEntity[mention.tokens.lowerBound] else { return false }
            return registry.entities[id].gender != nil
        }
    }

    static let documentNouns: Set<String> = [
        "dati", "rapporto", "stime", "stima", "analisi", "studio", "sondaggio", "ricerca", "indagine", "report", "bilancio",
        "documento", "nota", "comunicato", "relazione", "dossier", "rilevazione", "rilevazioni", "calcoli", "previsioni",
        "ricostruzione", "versione", "racconto", "testimonianza", "perizia", "sentenza", "ordinanza", "bollettino", "previsione",
    ]

    /// The author named after a document noun: "[ai] dati dell'Inps" → Inps.
    func documentAuthor(after index: Int, in sentence: Int) -> SpeakerMention? {
        let range = document.sentences[sentence]
        var position = index
        if position < range.upperBound, ["il", "lo", "la", "i", "gli", "le", "l'", "un", "una", "uno", "un'"].contains(document.form(position)) {
            position += 1
        }
        guard position + 1 < range.upperBound, Self.documentNouns.contains(document.form(position)) else { return nil }
        var next = position + 1
        // An adjective or two: "l'ultimo rapporto annuale dell'Istat".
        while next < range.upperBound, next - position <= 3,
            !["di", "del", "della", "dello", "dell'", "dei", "degli", "delle"].contains(document.form(next))
        {
            next += 1
        }
        guard next < range.upperBound else { return nil }
        return mentions[sentence].first { $0.tokens.lowerBound == next || $0.tokens.lowerBound == next + 1 }
    }

    /// The last token of the claim that opens with sentence `range`: the sentence's end, or the
    /// next sentence's when the sentence ends with a colon and the next one goes on in lower case
    /// in the same paragraph ("Secondo gli investigatori, la banda seguiva lo stesso copione: una
    /// telefonata, poi la visita").
    func continuedEnd(of range: Range<Int>) -> Int {
        guard let last = range.last, document.has(.colon, last), last + 1 < document.tokens.count else { return range.upperBound - 1 }
        let sentence = document.sentenceOf[last]
        let next = sentence + 1
        guard next < document.sentences.count, document.paragraphOf[next] == document.paragraphOf[sentence],
            document.isWord(last + 1), !document.isCapitalized(last + 1)
        else { return range.upperBound - 1 }
        return document.sentences[next].upperBound - 1
    }

    /// A document noun with its article and nothing after it but a comma ("al dossier,", "secondo
    /// il rapporto,"), naming a document one of the three sentences before mentions: the noun's
    /// token and the entity of that sentence's subject, its author.
    func documentAnaphor(after index: Int, in sentence: Int) -> (Int, Int)? {
        let range = document.sentences[sentence]
        var noun = index
        if noun < range.upperBound, document.has(.definiteArticle, noun) { noun += 1 }
        guard noun + 1 < range.upperBound, document.isPunctuation(noun + 1, ","), Self.documentNouns.contains(document.form(noun)) else {
            return nil
        }
        let form = document.form(noun)
        for previous in stride(from: sentence - 1, through: max(0, sentence - 3), by: -1) {
            guard document.sentences[previous].contains(where: { document.form($0) == form }) else { continue }
            guard let subject = openingSubject(of: previous) else { return nil }
            return (noun, subject)
        }
        return nil
    }

    /// "cui", "il quale", "la quale", "i quali", "le quali" after "secondo": the relative's end.
    private func relativePronounEnd(at index: Int, in range: Range<Int>) -> Int? {
        guard index < range.upperBound else { return nil }
        if document.form(index) == "cui" { return index }
        if ["il", "la", "i", "le"].contains(document.form(index)), index + 1 < range.upperBound,
            ["quale", "quali"].contains(document.form(index + 1))
        {
            return index + 1
        }
        return nil
    }

    private func matches(_ phrase: [String], at index: Int, in range: Range<Int>) -> Bool {
        guard index + phrase.count <= range.upperBound else { return false }
        for (offset, word) in phrase.enumerated() {
            let form = document.form(index + offset)
            if form == word { continue }
            // The last preposition may be fused with an article: "da" → "dal", "di" → "del".
            if offset == phrase.count - 1, ["di", "da", "a"].contains(word), let parts = MultiwordExpansion.expand(form),
                parts.first == word
            {
                continue
            }
            return false
        }
        return true
    }

    /// "Secondo X, P" → P; "P, secondo X." → P; "A, secondo X, B" → the whole sentence.
    func accordingContent(phraseStart: Int, speakerEnd: Int, in range: Range<Int>) -> TextSpan? {
        // After a colon or a semicolon the phrase opens a clause of its own ("… in assemblea: per il
        // fondo il concambio …").
        let atStart = phraseStart == range.lowerBound
            || (phraseStart - range.lowerBound <= 2 && ["e", "ma", "però", "ebbene", "invece"].contains(document.form(range.lowerBound)))
            || (phraseStart > range.lowerBound && (document.has(.colon, phraseStart - 1) || document.form(phraseStart - 1) == ";"))
        var afterSpeaker = speakerEnd + 1
        let end = continuedEnd(of: range)
        // "secondo X, ex capo di Y," — skip an apposition.
        if atStart, afterSpeaker < range.upperBound, document.form(afterSpeaker) == "," {
            afterSpeaker += 1
            // "Per l'Ordine degli avvocati, che ha disertato la cerimonia, la situazione è …": a
            // relative clause about the source comes before the claim.
            if document.form(afterSpeaker) == "che",
                let comma = (afterSpeaker + 1..<range.upperBound).first(where: { document.form($0) == "," })
            {
                afterSpeaker = comma + 1
            }
            // "Per Angela Barone, medico di famiglia a Bagheria, il problema è …": a role without
            // article in apposition, closed by a comma within a few words, no verb in it.
            let sentence = document.sentenceOf[phraseStart]
            if let role = mentions[sentence].first(where: {
                $0.tokens.lowerBound == afterSpeaker && $0.kind == .role && $0.tokens.lowerBound == $0.core.lowerBound
            }),
                let comma = (role.tokens.upperBound + 1..<min(range.upperBound, role.tokens.upperBound + 6)).first(where: {
                    document.form($0) == ","
                }),
                !(role.tokens.upperBound + 1..<comma).contains(where: { document.has(.cueForm, $0) || document.has(.auxiliary, $0) })
            {
                afterSpeaker = comma + 1
            }
            if afterSpeaker < range.upperBound - 1, afterSpeaker <= end { return clauseSpan(afterSpeaker, end) }
            return nil
        }
        if atStart { return afterSpeaker <= end ? clauseSpan(afterSpeaker, end) : nil }
        let before = phraseStart - 1
        let endsAfter = afterSpeaker >= range.upperBound - 1
        if document.form(before) == ",", endsAfter { return clauseSpan(range.lowerBound, before) }
        return clauseSpan(range.lowerBound, range.upperBound - 1)
    }
}
