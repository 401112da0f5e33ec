/// The rules for reported speech without quotation marks, tried for every cue no quotation rule
/// used: ``RuleID/subjectCueClause`` ("X ha detto che P", "Ha sottolineato che P"),
/// ``RuleID/passiveAgent``, ``RuleID/parentheticalCue`` ("A, sostiene X, B"),
/// ``RuleID/postposedCue`` ("P, ha spiegato X.").
extension AttributionContext {
    mutating func applyIndirectSpeechRules(in sentence: Int) {
        let range = document.sentences[sentence]
        applyNounCueClause(in: sentence)
        for cue in cues[sentence] where !usedCueVerbs.contains(cue.verb) {
            if isInsideQuotation(cue.verb) { continue }
            // A verb inside the clause another cue reports ("Ha ricordato che l'accordo prevede …")
            // is part of that claim's content.
            let verbStart = document.tokens[cue.verb].span.utf8.lowerBound
            if claims.reversed().prefix(while: { $0.sentence == sentence }).contains(where: {
                ($0.claim.rule == RuleID.subjectCueClause.rawValue || $0.claim.rule == RuleID.objectBeforeClause.rawValue) && $0.claim.content.utf8.contains(verbStart)
            }) {
                continue
            }
            let previous = cue.tokens.lowerBound - 1
            let afterCue = cue.tokens.upperBound + 1
            // "ha accusato il sindaco di …": the noun phrase after a verb of addressing is its
            // object, not an inverted subject.
            let addresseeClause = objectBeforeClauseStart(after: afterCue, cue: cue, sentence: sentence)
            // (An infinitive of purpose has the main clause's subject, never one after it.)
            let inverted = addresseeClause == nil && !cue.purpose ? invertedSubject(after: cue, in: sentence) : nil
            let agent = cue.passive ? passiveAgent(after: cue, in: sentence) : nil
            // "fanno sapere dal Pd che …": the origin stands where an inverted subject would.
            let origin = inverted == nil && agent == nil ? originMention(after: cue, in: sentence) : nil
            var afterSubject = (inverted ?? agent ?? origin).map { $0.tokens.upperBound + 1 } ?? afterCue
            // "La decisione, spiega il gruppo in una nota, è legata …": a short complement may close
            // the incise after its subject.
            if inverted != nil, previous >= range.lowerBound, document.isPunctuation(previous, ","),
                let close = shortComplementEnd(from: afterSubject, in: range), document.isPunctuation(close + 1, ",")
            {
                afterSubject = close + 1
            }
            // ``cueInciseComplementClose(after:in:)``: "Il progetto, ha spiegato ai cronisti, partirà …".
            if inverted == nil, agent == nil, origin == nil, let close = cueInciseComplementClose(after: cue, in: sentence) {
                afterSubject = close
            }
            // An incise between commas or between dashes: "I tecnici – ha precisato – arriveranno lunedì".
            let dashes = previous >= range.lowerBound && afterSubject < range.upperBound && document.tokens[previous].kind == .punctuation
                && Self.isDash(document.tokens[previous].text) && Self.isDash(document.tokens[afterSubject].text)
            let commaBefore = previous >= range.lowerBound && document.form(previous) == "," || dashes
            let commaAfter = afterSubject < range.upperBound && document.form(afterSubject) == "," || dashes
            let endAfter = afterSubject >= range.upperBound - 1 && (afterSubject >= range.upperBound || isFinal(afterSubject))

            // "Lo scrive il Times of India." — the clitic points back to the previous sentence.
            // (``opensWithAnaphoricClitic(_:in:)``: also "Ne ha dato notizia il sindacato.")
            if opensWithAnaphoricClitic(cue, in: range),
                let subject = inverted ?? nounPhrase(after: cue, in: sentence),
                sentence > 0, let content = clauseSpan(document.sentences[sentence - 1].lowerBound, document.sentences[sentence - 1].upperBound - 1)
            {
                let entity = sourceEntity(of: subject, cue: cue, sentence: sentence)
                    ?? registry.register(subject, headWord: document.form(subject.core.lowerBound))
                add(kind: kindFor(content), speaker: subject, entity: entity, cue: cue,
                    content: content, rule: .anaphoricCue, confidence: 0.7, sentence: sentence)
                continue
            }
            // "È stata chiara" reports only what follows its colon (below).
            let predicate = cue.lemma == CueFinder.predicateCueLemma
            // A, sostiene X, B — the incise sits inside the sentence it attributes.
            if commaBefore && commaAfter && !predicate {
                if let content = clauseSpan(range.lowerBound, range.upperBound - 1) {
                    let entity = inverted.flatMap { sourceEntity(of: $0, cue: cue, sentence: sentence) }
                        ?? origin.flatMap { originEntity(of: $0, cue: cue, sentence: sentence) }
                        ?? resolveDroppedSubject(for: cue, before: sentence)
                    add(kind: kindFor(content), speaker: inverted ?? origin, entity: entity, cue: cue, content: content,
                        rule: .parentheticalCue, confidence: 0.75, sentence: sentence)
                }
                continue
            }
            // P, ha spiegato X. — not "Il leader della Cgil, Maurizio Landi, ha attaccato il
            // governo.", where the words before the comma are the verb's own subject.
            if commaBefore && endAfter && !predicate && subjectMention(before: cue.tokens.lowerBound, in: sentence) == nil {
                if let content = clauseSpan(range.lowerBound, previous), !containsClaimedQuotation(content) {
                    let entity = inverted.flatMap { sourceEntity(of: $0, cue: cue, sentence: sentence) }
                        ?? origin.flatMap { originEntity(of: $0, cue: cue, sentence: sentence) }
                        ?? resolveDroppedSubject(for: cue, before: sentence)
                    add(kind: kindFor(content), speaker: inverted ?? origin, entity: entity, cue: cue, content: content,
                        rule: .postposedCue, confidence: 0.75, sentence: sentence)
                }
                continue
            }
            // X ha detto che P / di P / : P, or a quoted object (mixed).
            var start = complementStart(after: afterSubject, cue: cue, sentence: sentence)
                ?? objectInfinitiveStart(after: afterSubject, cue: cue, sentence: sentence).map({ ($0, sentence) })
                ?? quotedObjectStart(after: afterSubject, cue: cue, sentence: sentence).map({ ($0, sentence) })
                ?? reflexivePredicateStart(after: afterSubject, cue: cue, sentence: sentence)
            var rule = RuleID.subjectCueClause
            if start == nil, let object = addresseeClause ?? objectBeforeClauseStart(after: afterSubject, cue: cue, sentence: sentence) {
                start = (object, sentence)
                rule = .objectBeforeClause
            }
            // "ha annunciato il suo ritorno", "hanno smentito l'incontro": a noun object.
            var isNounObject = false
            if start == nil, inverted == nil, let object = nounObjectStart(after: afterSubject, cue: cue, sentence: sentence) {
                start = (object, sentence)
                isNounObject = true
            }
            guard let (contentStart, contentSentence) = start else { continue }
            // "È stata chiara: …" reports what follows a colon only ("è stato chiaro che" is impersonal).
            if predicate, contentSentence == sentence, !document.has(.colon, contentStart - 1) { continue }
            let contentRange = document.sentences[contentSentence]
            let contentEnd = clauseEnd(from: contentStart, in: contentRange)
            guard contentEnd >= contentStart, let content = clauseSpan(contentStart, contentEnd) else { continue }
            var speaker: SpeakerMention? = nil
            if cue.passive, let agent = passiveAgent(after: cue, in: sentence) {
                speaker = agent
                rule = .passiveAgent
            } else if cue.passive {
                continue
            } else {
                // (``documentRelativeSpeaker(before:in:)``: "ha inviato una lettera in cui chiede …".)
                speaker = subjectMention(before: cue.tokens.lowerBound, in: sentence) ?? inverted
                    ?? documentRelativeSpeaker(before: cue, in: sentence)
                    ?? (isNounObject ? roleSubjectBeforeAdjectives(cue, in: sentence) : nil)
                if speaker == nil && cue.gerund && coordinatedClaimEntity(before: cue, in: sentence) == nil {
                    speaker = mentions[sentence].first { $0.tokens.upperBound < cue.tokens.lowerBound && !insideQuotation[$0.tokens.lowerBound] }
                }
            }
            var entity = speaker.flatMap { sourceEntity(of: $0, cue: cue, sentence: sentence) }
            if speaker == nil, let from = origin ?? originMention(before: cue, in: sentence) {
                speaker = from
                entity = originEntity(of: from, cue: cue, sentence: sentence)
            }
            // A common-noun subject that reports a clause is the source itself ("L'imputato ha
            // negato di …", "Il rapporto stima che …"): a lexicon cannot list every such noun.
            // A noun object only with a speaker named before the verb, or a dropped subject: "La
            // legge esclude i redditi …" reports nothing.
            // ("Poi ha annunciato uno sciopero": only openers and adverbs before the verb, a fronted
            // complement or a coordinated claim leave its subject dropped: ``nounObjectSubjectIsDropped(_:in:)``.)
            // ``purposeInfinitiveCue(at:form:in:)``: the subject of "per chiedere" is the sentence's.
            if cue.purpose, speaker == nil {
                guard let subject = sentenceSubjectEntity(before: cue, in: sentence) else { continue }
                entity = subject
            }
            // (``quantifiedGroupSubject(before:in:)``: "Altri residenti lamentano …" names its group
            // before the verb; ``opensClauseAfterFrontedComplementWithoutComma(_:in:)``: "Davanti ai
            // cancelli ha promesso …" ends its complement with a noun that is no subject.)
            if isNounObject, speaker == nil, !cue.purpose, let group = quantifiedGroupSubject(before: cue, in: sentence) {
                speaker = group
                entity = registry.register(group, headWord: document.form(group.core.lowerBound))
            }
            if isNounObject, speaker == nil, !cue.purpose,
                (hasInanimateSubject(before: cue, in: sentence) && !opensClauseAfterFrontedComplementWithoutComma(cue, in: range))
                    || (!nounObjectSubjectIsDropped(cue, in: sentence) && sentenceSubjectEntity(before: cue, in: sentence) == nil)
            {
                continue
            }
            if speaker == nil, !cue.passive, !cue.purpose, let author = documentSubjectAuthor(before: cue, in: sentence) {
                speaker = author
                entity = sourceEntity(of: author, cue: nil, sentence: sentence)
            }
            if speaker == nil, !cue.passive, !cue.purpose, let phrase = nounPhraseSubject(before: cue, in: sentence) {
                speaker = phrase
                // "l'Ufficio scolastico regionale … L'ufficio fa sapere": a noun the document tied
                // to a body names it.
                let linked = phrase.isBare && !phrase.isIndefinite ? registry.linkedRole(document.form(phrase.core.lowerBound)) : nil
                // "I due amministratori hanno spiegato" after a pair (``coordinatedPair(namedAgainBy:)``),
                // with a noun the role lexicon lacks.
                entity = coordinatedPair(namedAgainBy: phrase) ?? linked ?? (phrase.isBare && !phrase.isIndefinite ? bareRoleReferent(phrase) : nil)
                    ?? registry.register(phrase, headWord: document.form(phrase.core.lowerBound))
            }
            // ``isRuling(_:subject:)``: "La Corte ha stabilito che …" is a decision, not a claim.
            if isRuling(cue, subject: speaker, in: sentence) { continue }
            // "Non teme che questo carichi di pressione i ragazzi?": a question without a subject
            // is the author's (or the interviewer's), not a report.
            if speaker == nil, let last = range.last, document.has(.questionMark, last) { continue }
            if entity == nil, speaker == nil {
                entity = coordinatedClaimEntity(before: cue, in: sentence) ?? sentenceSubjectEntity(before: cue, in: sentence)
            }
            if entity == nil { entity = resolveDroppedSubject(for: cue, before: sentence) }
            add(kind: kindFor(content), speaker: speaker, entity: entity, cue: cue, content: content, rule: rule,
                confidence: (speaker == nil ? 0.7 : 0.85) * (isNounObject ? 0.8 : 1.0), sentence: sentence)
        }
    }

    /// The last token of a short complement opening at `start` — a preposition and at most three
    /// words, no verb ("in una nota", "ai cronisti", "a margine del vertice") — or nil.
    func shortComplementEnd(from start: Int, in range: Range<Int>) -> Int? {
        guard start < range.upperBound, document.has(.locativePreposition, start) || document.has(.fusedPreposition, start) else {
            return nil
        }
        var end = start
        // (After an article a verb-like form is a noun: "in una nota".)
        while end + 1 < range.upperBound, end - start < 3, document.isWord(end + 1),
            document.has(.article, end) || (!document.has(.cueForm, end + 1) && !document.has(.auxiliary, end + 1)),
            !document.has(.complementizer, end + 1)
        {
            end += 1
        }
        return end > start ? end : nil
    }

    /// Whether only clause openers, adverbs and commas stand between the sentence's start and the
    /// cue ("Poi ha annunciato", "Ieri, infine, ha chiesto") — not an object clitic: "Lo chiede il
    /// regolamento" has its subject after the verb.
    func opensClause(_ cue: CueGroup, in range: Range<Int>) -> Bool {
        (range.lowerBound..<cue.tokens.lowerBound).allSatisfy {
            (document.has(.clauseOpener, $0) || document.has(.interveningAdverb, $0) || document.isPunctuation($0, ","))
                && !document.has(.clitic, $0)
        }
    }

    /// Verbs whose noun object is the claim: announcing, asking, confirming, denying, promising,
    /// complaining, estimating ("ha annunciato il ritiro", "chiedono più fondi", "ha smentito la notizia",
    /// "Coldiretti stima danni per dieci milioni").
    static let nounObjectLemmas: Set<String> = [
        "annunciare", "anticipare", "comunicare", "preannunciare", "chiedere", "richiedere", "sollecitare", "invocare",
        "esigere", "pretendere", "confermare", "smentire", "escludere", "negare", "promettere", "garantire", "lamentare",
        "denunciare", "proporre", "rivendicare", "stimare",
    ]

    static let nounObjectOpeners: Set<String> = [
        "il", "lo", "la", "i", "gli", "le", "l'", "un", "uno", "una", "un'", "nuovi", "nuove", "nuovo", "nuova", "più",
        "maggiori", "ulteriori", "altri", "altre", "ogni", "qualsiasi", "nessun", "nessuna",
    ]

    /// Number words that open a noun object: "ha chiesto sei anni", "ha promesso cento assunzioni".
    static let numberWords: Set<String> = [
        "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", "undici", "dodici", "quindici", "venti",
        "trenta", "quaranta", "cinquanta", "cento", "duecento", "trecento", "mille", "duemila",
    ]

    /// Where a noun object starts after the verb (adverbs skipped), for the verbs above; not an
    /// idiom ("ha chiesto la parola", "ha detto addio").
    func nounObjectStart(after position: Int, cue: CueGroup, sentence: Int) -> Int? {
        let range = document.sentences[sentence]
        // ``speakingOfObjectStart(after:cue:in:)``: "ha parlato di un ritrovamento eccezionale",
        // "racconta di ambulatori pieni"; ``urgedAttitudeStart(after:cue:in:)``: "invita alla prudenza".
        if let speaking = speakingOfObjectStart(after: position, cue: cue, in: range) { return speaking }
        if let urged = urgedAttitudeStart(after: position, cue: cue, in: range) { return urged }
        let attributesCause = Self.causeAttributionLemmas.contains(cue.lemma)
        guard !cue.passive,
            Self.nounObjectLemmas.contains(cue.lemma) || Self.bareNounObjectOnlyLemmas.contains(cue.lemma)
                || Self.hasRestrictedNounObjects(cue.lemma) || attributesCause
        else {
            return nil
        }
        var index = position
        while index < range.upperBound, document.has(.interveningAdverb, index) || document.isMannerAdverb(index),
            !Self.nounObjectOpeners.contains(document.form(index))
        {
            index += 1
        }
        // ``causeAttributionObjectStart(at:lemma:in:)``: "ha attribuito il calo al prezzo dell'energia".
        if attributesCause { return causeAttributionObjectStart(at: index, lemma: cue.lemma, in: range) }
        // ``addresseeBeforeNounObjectStart(at:lemma:in:)``: "ha chiesto a Cotral un piano".
        if let addressee = addresseeBeforeNounObjectStart(at: index, lemma: cue.lemma, in: range) { return addressee }
        // ``complementBeforeNounObjectStart(at:lemma:in:)``: "ha annunciato per gennaio un tavolo".
        if let complement = complementBeforeNounObjectStart(at: index, lemma: cue.lemma, in: sentence) { return complement }
        // ``bareNounObjectStart(at:lemma:in:)``: "ha annunciato ricorso", "ha minacciato dimissioni".
        if index + 1 < range.upperBound, !Self.nounObjectOpeners.contains(document.form(index)),
            let bare = bareNounObjectStart(at: index, lemma: cue.lemma, in: range)
        {
            return bare
        }
        // ``restrictedNounObjectStart(at:lemma:in:)``: "minaccia lo stato di agitazione", "respinge le accuse".
        if let restricted = restrictedNounObjectStart(at: index, lemma: cue.lemma, in: range) { return restricted }
        guard Self.nounObjectLemmas.contains(cue.lemma) else { return nil }
        let isNumber = document.tokens[index].kind == .number || Self.numberWords.contains(document.form(index))
        guard index + 1 < range.upperBound, document.isWord(index) || isNumber, document.isWord(index + 1),
            Self.nounObjectOpeners.contains(document.form(index)) || isNumber,
            !["parola", "permesso", "addio", "fiducia"].contains(document.form(index + 1))
        else { return nil }
        return index
    }

    /// "la dichiarazione dell'amministratore delegato Filippo Ardito: lo stabilimento …" — a claim
    /// noun with its speaker, a colon, and a clause (in this sentence, or the next one when the
    /// colon ended it).
    mutating func applyNounCueClause(in sentence: Int) {
        let range = document.sentences[sentence]
        guard let colon = (range.lowerBound..<range.upperBound).first(where: { document.has(.colon, $0) }),
            let (noun, speaker) = nounCueSpeaker(before: colon, in: sentence)
        else { return }
        var start = colon + 1
        var end = range.upperBound - 1
        var contentSentence = sentence
        if start >= range.upperBound {
            guard sentence + 1 < document.sentences.count else { return }
            contentSentence = sentence + 1
            start = document.sentences[contentSentence].lowerBound
            end = document.sentences[contentSentence].upperBound - 1
        }
        // A quotation right after the colon is the quotation rules' business.
        if ["«", "“", "\"", "„", "‹"].contains(document.tokens[start].text) { return }
        guard let content = clauseSpan(start, end) else { return }
        let entity = sourceEntity(of: speaker, cue: nil, sentence: sentence)
        add(kind: kindFor(content), speaker: speaker, entity: entity, cue: nil, cueSpan: document.span(noun, noun), content: content,
            rule: .nounCue, confidence: 0.7, sentence: contentSentence)
    }

    /// The noun phrase right before the cue that is its subject: a determiner, then lower-case
    /// words up to the verb ("l'imputato", "il rapporto dell'istituto", "molti critici").
    func nounPhraseSubject(before cue: CueGroup, in sentence: Int) -> SpeakerMention? {
        if let partitive = sentenceInitialPartitive(before: cue, in: sentence) { return partitive }
        let range = document.sentences[sentence]
        var end = cue.tokens.lowerBound - 1
        while end >= range.lowerBound, document.has(.clitic, end) || document.form(end) == "non" { end -= 1 }
        // "Molti critici, allora, scrissero": an adverb between commas.
        if end - 2 >= range.lowerBound, document.form(end) == ",", document.has(.interveningAdverb, end - 1)
            || document.has(.clauseOpener, end - 1), document.form(end - 2) == ","
        {
            end -= 3
        }
        guard end >= range.lowerBound, document.isWord(end), !document.has(.clauseOpener, end) else { return nil }
        var start = end
        while start > range.lowerBound, end - start < 5, document.isWord(start - 1) {
            let form = document.form(start - 1)
            // "uno degli imprenditori coinvolti", "molti critici": the quantifier is part of the
            // phrase that names the source.
            let quantifier = Self.quantifiers.contains(form)
                && (start - 2 < range.lowerBound || document.tokens[start - 2].kind == .punctuation
                    || document.has(.clauseOpener, start - 2))
            if quantifier {
                let core = (start - 1)...end
                return SpeakerMention(
                    tokens: core, core: core, kind: .role, gender: form == "una" ? "f" : form == "uno" ? "m" : nil,
                    plural: cue.plural ?? false, name: document.text(start - 1, end), hasGivenName: false, isIndefinite: true)
            }
            if ["il", "lo", "la", "i", "gli", "le", "l'", "un", "uno", "una", "un'", "molti", "molte", "alcuni", "alcune",
                "questo", "questa", "quel", "quella", "diversi", "numerosi"].contains(form)
            {
                let core = start...end
                guard !mentions[sentence].contains(where: { $0.tokens.overlaps(core) }) else { return nil }
                // "In una nota ha invitato …": a complement, not a subject.
                if start - 2 >= range.lowerBound, document.has(.locativePreposition, start - 2) { return nil }
                return SpeakerMention(
                    tokens: (start - 1)...end, core: core, kind: .role, gender: Self.nounGender(article: form, noun: document.form(start)),
                    plural: cue.plural ?? false, name: document.text(start, end), hasGivenName: false, isBare: start == end,
                    isIndefinite: ["un", "uno", "una", "un'"].contains(form))
            }
            if Self.clauseOpeners.contains(form) || ReportingVerbLexicon.auxiliary(form) != nil { return nil }
            start -= 1
        }
        return nil
    }

    /// "Lo prevede il servizio meteorologico dell'Aeronautica": after "lo" and the verb that opens
    /// the sentence, the noun phrase with its article to the end of the sentence is the subject.
    func nounPhrase(after cue: CueGroup, in sentence: Int) -> SpeakerMention? {
        let range = document.sentences[sentence]
        let article = cue.tokens.upperBound + 1
        guard article + 1 < range.upperBound, document.has(.definiteArticle, article) else { return nil }
        var end = article + 1
        while end + 1 < range.upperBound, end - article < 8, document.isWord(end + 1) { end += 1 }
        guard end + 1 >= range.upperBound || isFinal(end + 1) else { return nil }
        return SpeakerMention(
            tokens: article...end, core: (article + 1)...end, kind: .role, gender: nil, plural: cue.plural ?? false,
            name: document.text(article + 1, end), hasGivenName: false)
    }

    /// "Uno dei commercianti che avevano denunciato, invece, ha confidato …": a partitive that
    /// opens the sentence, with a relative clause or an adverb between commas before the cue.
    func sentenceInitialPartitive(before cue: CueGroup, in sentence: Int) -> SpeakerMention? {
        let range = document.sentences[sentence]
        let first = range.lowerBound
        guard first + 3 < cue.tokens.lowerBound, Self.quantifiers.contains(document.form(first)),
            ["dei", "degli", "delle", "di", "tra", "fra"].contains(document.form(first + 1)), document.isWord(first + 2)
        else { return nil }
        var position = first + 3
        if document.form(position) == "che" {
            while position < cue.tokens.lowerBound, document.form(position) != "," { position += 1 }
        }
        if document.form(position) == "," {
            position += 1
            if document.has(.interveningAdverb, position) || document.has(.clauseOpener, position),
                document.form(position + 1) == ","
            {
                position += 2
            }
        }
        while position < cue.tokens.lowerBound, document.has(.clitic, position) || document.form(position) == "non" {
            position += 1
        }
        guard position == cue.tokens.lowerBound else { return nil }
        let form = document.form(first)
        return SpeakerMention(
            tokens: first...(first + 2), core: first...(first + 2), kind: .role, gender: form == "una" ? "f" : form == "uno" ? "m" : nil,
            plural: cue.plural ?? false, name: document.text(first, first + 2), hasGivenName: false, isIndefinite: true)
    }

    static let quantifiers: Set<String> = [
        "uno", "una", "molti", "molte", "alcuni", "alcune", "diversi", "diverse", "numerosi", "numerose", "tanti", "tante",
        "nessuno", "ciascuno", "parecchi",
        // "Altri passeggeri hanno lamentato …": a group set beside one named before.
        "altri", "altre",
    ]

    /// "Il rapporto annuale del Comitato glaciologico, presentato ieri, stima che …": a document
    /// noun opening the sentence as the cue's subject; its author is the source.
    func documentSubjectAuthor(before cue: CueGroup, in sentence: Int) -> SpeakerMention? {
        let range = document.sentences[sentence]
        guard cues[sentence].first?.verb == cue.verb, let author = documentAuthor(after: range.lowerBound, in: sentence),
            author.tokens.upperBound < cue.tokens.lowerBound
        else { return nil }
        return author
    }

    /// The gender a noun phrase shows by its article or its ending: "il"/"la", and for "l'" the
    /// ending of a singular noun ("l'imputato" m, "l'imputata" f); nil when it shows none.
    static func nounGender(article: String, noun: String) -> Character? {
        if ["il", "lo", "un", "uno", "questo", "quel"].contains(article) { return "m" }
        if ["la", "una", "un'", "questa", "quella"].contains(article) { return "f" }
        guard article == "l'" else { return nil }
        if noun.hasSuffix("o") { return "m" }
        if noun.hasSuffix("trice") || noun.hasSuffix("essa") || (noun.hasSuffix("a") && !noun.hasSuffix("ista")) { return "f" }
        return nil
    }

    /// Where the reported clause starts: after "che" (or an interrogative for indirect
    /// questions: perché, come, se, quanto), at the infinitive after "di", after ":". Only an
    /// indirect object ("ai giornalisti"), adverbs or clitics may stand between the cue and it;
    /// a direct object ("la visione dell'azienda di …") means the verb reports no clause, unless
    /// the object holds a quotation (then the clause is mixed: see `quotedObjectStart`).
    private func complementStart(after position: Int, cue: CueGroup, sentence: Int) -> (Int, Int)? {
        let range = document.sentences[sentence]
        var index = position
        var skipped = 0
        var inIndirectObject = false
        var objectOpened = false
        // ``isMannerAdverb(_:)``: "ha chiesto formalmente di …" — but "la pensano diversamente: …",
        // "ha risposto indirettamente: …" tell how, and the colon opens no report of theirs.
        var sawMannerAdverb = false
        var afterIncise = false
        // (A colon after such a "di" phrase announces no report of the verb: "ha parlato dopo di
        // lui: «…»" is the quotation rules' business.)
        var diInsideComplement = false
        // An addressee or a place may take more words than adverbs and clitics do: "ha detto al
        // presidente della commissione bilancio della Regione che …" (``longestAddresseeBeforeClause``).
        while index < range.upperBound, skipped < (inIndirectObject ? Self.longestAddresseeBeforeClause : 6) {
            let form = document.form(index)
            if Self.complementizers.contains(form) || form == ":" { break }
            // "di" opens the reported clause before an infinitive; inside an addressee or a place
            // it goes on with it ("davanti alle commissioni di Camera e Senato che …").
            if form == "di" {
                if !inIndirectObject || index + 1 >= range.upperBound || isInfinitiveLike(index + 1) || isInfinitiveWithClitic(index + 1)
                    || !document.isWord(index + 1) || document.has(.pronoun, index + 1)
                {
                    break
                }
                diInsideComplement = true
                index += 1
                skipped += 1
                continue
            }
            // ``inciseBeforeComplementEnd(at:in:)``: "ha negato, infine, che …", "ha detto ai
            // cronisti, a margine della cerimonia, che …".
            if form == ",", let close = inciseBeforeComplementEnd(at: index, in: range) {
                index = close + 1
                skipped += 1
                afterIncise = true
                continue
            }
            // ``timePhraseEnd(at:in:)`` and ``isAddresseePronoun(_:in:)``: "ha detto ieri sera che
            // …", "ha chiesto loro di …".
            if !inIndirectObject, let end = timePhraseEnd(at: index, in: range) {
                index = end + 1
                skipped += 1
                continue
            }
            if !inIndirectObject, isAddresseePronoun(index, in: range) {
                index += 1
                skipped += 1
                continue
            }
            // ``opensObjectAfterIndirectObject(_:in:)``: "ha approvato con 14 voti una mozione che …"
            // (a colon after the object still announces the report: "ha comunicato alla stampa la
            // sua decisione: …").
            if inIndirectObject, opensObjectAfterIndirectObject(index, in: range) { objectOpened = true }
            // ``opensMeansComplement(_:in:)``: "ha fatto sapere attraverso il portavoce che …".
            if (skipped == 0 || !inIndirectObject), opensMeansComplement(index, in: range) {
                inIndirectObject = true
                index += 1
                skipped += 1
                continue
            }
            if document.tokens[index].kind == .punctuation && form != "," { return nil }
            if form == "," && skipped > 0 && !inIndirectObject { return nil }
            // "invita però a non drammatizzare": "a" before an infinitive opens what the verb urges
            // (``objectInfinitiveStart(after:cue:sentence:)``), not an addressee.
            if form == "a" || form == "ad", index + 1 < range.upperBound, isInfinitiveLike(index + 1) { return nil }
            if skipped == 0 || !inIndirectObject {
                if Self.indirectObjectPrepositions.contains(form) {
                    inIndirectObject = true
                } else if document.isMannerAdverb(index) {
                    sawMannerAdverb = true
                } else if !(CueFinder.interveningAdverbs.contains(form) || CueFinder.clitics.contains(form) || form == ",") {
                    return nil
                }
            }
            index += 1
            skipped += 1
        }
        guard index < range.upperBound else { return nil }
        let form = document.form(index)
        if objectOpened, form != ":" { return nil }
        if sawMannerAdverb || diInsideComplement, form == ":" { return nil }
        // "è intervenuto il sindaco, Giacomo Odello, che ha chiesto …": after an inverted subject
        // and a comma, "che" is the subject's relative pronoun, not the cue's complementizer.
        if form == "che", position > cue.tokens.upperBound + 1, index > position, document.form(index - 1) == "," {
            return nil
        }
        // "per rispondere ai commercianti, che lamentano …": after an addressee and a comma, "che"
        // is the addressee's relative pronoun.
        if form == "che", inIndirectObject, !afterIncise, document.form(index - 1) == "," { return nil }
        if Self.complementizers.contains(form) {
            return index + 1 < range.upperBound ? (index + 1, sentence) : nil
        }
        switch form {
        case "di":
            guard index + 1 < range.upperBound, isInfinitiveLike(index + 1) else { return nil }
            return (index + 1, sentence)
        case ":":
            if index + 1 < range.upperBound { return (index + 1, sentence) }
            // The treebank convention ends the sentence at the colon: the clause is the next one.
            if sentence + 1 < document.sentences.count { return (document.sentences[sentence + 1].lowerBound, sentence + 1) }
            return nil
        default:
            return nil
        }
    }

    /// "si è detta disponibile a …", "si sono dichiarati contrari": the predicate is the claim.
    private func reflexivePredicateStart(after position: Int, cue: CueGroup, sentence: Int) -> (Int, Int)? {
        guard cue.reflexive, position < document.sentences[sentence].upperBound, document.isWord(position) else { return nil }
        return (position, sentence)
    }

    static let complementizers: Set<String> = ["che", "perché", "come", "se", "quanto", "quando", "dove", "chi", "cosa"]

    /// The most tokens between a reporting verb and its clause once an addressee or a place has
    /// opened there ("davanti alle commissioni riunite di Camera e Senato che …", "nel corso
    /// dell'assemblea dei soci di ieri che …"); six before the claims21 round, which lost these.
    static let longestAddresseeBeforeClause = 10
    static let indirectObjectPrepositions: Set<String> = [
        "a", "ai", "al", "alla", "alle", "agli", "allo", "all'", "ad", "davanti", "durante", "nel", "nella", "in", "con", "dopo",
        // Where it was written: "ha scritto nell'ordinanza che …", "nelle motivazioni".
        "nell'", "nei", "negli", "nelle",
        // The topic: "ha detto sulla vicenda che …", "è stata chiara sui tempi: …".
        "su", "sul", "sullo", "sulla", "sull'", "sui", "sugli", "sulle",
    ]

    /// "Ha sottolineato l’attrattiva di lavorare con “GPU infinite”": a direct object that holds
    /// a quotation makes a mixed claim from the object to the end of the clause.
    func quotedObjectStart(after position: Int, cue: CueGroup, sentence: Int) -> Int? {
        let range = document.sentences[sentence]
        guard position < range.upperBound else { return nil }
        let end = range.upperBound
        guard let quotation = outermostBySentence[sentence].first(where: { index in
            guard let close = pairs[index].close else { return false }
            return pairs[index].open >= position && close < end
        }) else { return nil }
        // "ha scritto al ministro chiedendo «…»", "ha preso la parola X, che ha ammesso di aver
        // ricevuto «pressioni»": a cue between them reports the quotation.
        if cues[sentence].contains(where: { $0.tokens.lowerBound >= position && $0.tokens.upperBound < pairs[quotation].open }) {
            return nil
        }
        // "ha parlato dopo di lui: «…»", "ha pubblicato ieri sera la foto …: «…»": a quotation
        // announced by a colon, after words that open with a preposition or an adverb rather than
        // an object, is no object of the verb (the quotation rules take it).
        let open = pairs[quotation].open
        if open - 1 >= position, document.has(.colon, open - 1), ["«", "“", "\"", "„", "‹"].contains(document.tokens[open].text),
            !document.has(.article, position),
            document.has(.locativePreposition, position) || document.has(.clauseOpener, position)
                || document.has(.interveningAdverb, position)
        {
            return nil
        }
        return position
    }

    /// An infinitive with a clitic joined to it, its final -e dropped: "opporsi", "dimettersi",
    /// "farlo", "chiederle", "riconoscergli".
    func isInfinitiveWithClitic(_ index: Int) -> Bool {
        let form = document.form(index)
        for clitic in ["si", "lo", "la", "li", "le", "ne", "ci", "gli", "mi", "ti", "vi", "glielo", "gliela"] where form.hasSuffix(clitic) {
            let stem = form.dropLast(clitic.count)
            if stem.count >= 3, ["ar", "er", "ir", "or", "ur"].contains(where: { stem.hasSuffix($0) }) { return true }
        }
        return false
    }

    /// Infinitives (with clitics) after "di": "di ridurre", "di volerlo", "di aver".
    func isInfinitiveLike(_ index: Int) -> Bool {
        let form = document.form(index)
        if form == "non" || form == "aver" || form == "esser" || form == "essere" || form == "avere" { return true }
        let token = document.tokens[index]
        let word = token.isMultiword ? token.expansion[0].lowercased() : form
        // ``isShortOrTruncatedInfinitive(_:joinedToClitic:)``: "di fare", "di farlo", "di opporsi".
        if isShortOrTruncatedInfinitive(word, joinedToClitic: token.isMultiword) { return true }
        for ending in ["are", "ere", "ire", "rre", "ar", "er", "ir"] where word.hasSuffix(ending) && word.count > ending.count + 1 {
            if MultiwordExpansion.infinitives.contains(word) || MultiwordExpansion.infinitives.contains(word + "e")
                || MultiwordExpansion.infinitives.contains(word + "re") || ending.count == 3
            {
                return true
            }
        }
        return false
    }

    /// The end of the reported clause: the sentence's end, or the start of a coordinated cue
    /// ("… e ha aggiunto che").
    func clauseEnd(from start: Int, in range: Range<Int>) -> Int {
        var end = range.upperBound - 1
        let sentence = document.sentenceOf[start]
        for index in start..<range.upperBound where document.has(.clauseJoiner, index) {
            var next = index + 1
            // "di non voler creare allarmismi: «…»": the quotation after the colon is a claim of its own.
            if document.form(index) == ":" {
                if next < range.upperBound, ["«", "“", "\"", "„", "‹"].contains(document.tokens[next].text) {
                    end = index - 1
                    break
                }
                continue
            }
            if document.form(next) == "mentre" || document.form(next) == "ma" { next += 1 }
            // "…, anche se ammette che …", "…, sebbene ammetta …": a concessive clause with its own cue.
            if document.has(.concessiveOpener, next) {
                if document.form(next) == "anche" {
                    if document.form(next + 1) == "se" { next += 2 }
                } else {
                    next += 1
                }
            }
            if cues[sentence].contains(where: { $0.tokens.lowerBound == next || $0.tokens.lowerBound == next + 1 }) {
                end = index - 1
                break
            }
            // "…, mentre la deputata ha promesso di …", "mentre i Verdi chiedono": a new subject
            // with its own cue.
            if document.has(.definiteArticle, next), !mentions[sentence].contains(where: { $0.tokens.lowerBound == next }) {
                next += 1
            }
            if let subject = mentions[sentence].first(where: { $0.tokens.lowerBound == next }), !isInsideQuotation(next),
                cues[sentence].contains(where: { $0.tokens.lowerBound == subject.tokens.upperBound + 1 })
            {
                end = index - 1
                break
            }
        }
        return end
    }

    static let clauseJoiners: Set<String> = ["e", ",", "mentre", "ma", ";"]

    /// "è stato annunciato dal ministro" → the ministro.
    private func passiveAgent(after cue: CueGroup, in sentence: Int) -> SpeakerMention? {
        let next = cue.tokens.upperBound + 1
        guard ["da", "dal", "dalla", "dallo", "dai", "dagli", "dalle", "dall'"].contains(document.form(next)) else { return nil }
        return mentions[sentence].first { $0.tokens.lowerBound == next || $0.tokens.lowerBound == next + 1 }
    }

    func isInsideQuotation(_ index: Int) -> Bool {
        index >= 0 && index < insideQuotation.count && insideQuotation[index]
    }

    private func isFinal(_ index: Int) -> Bool {
        document.tokens[index].kind == .punctuation && [".", "!", "?", "…", "...", ";"].contains(document.tokens[index].text)
    }

    private func containsClaimedQuotation(_ span: TextSpan) -> Bool {
        for content in quotationClaimContents.reversed() {
            if content.upperBound < span.utf8.lowerBound { break }
            if span.utf8.overlaps(content) { return true }
        }
        return false
    }

    /// Mixed when the content holds a quotation, indirect otherwise.
    func kindFor(_ content: TextSpan) -> ClaimKind {
        // The first closed quotation opening at or after the content's start.
        var low = 0
        var high = closedOpenings.count
        while low < high {
            let middle = (low + high) / 2
            if closedOpenings[middle] < content.utf8.lowerBound { low = middle + 1 } else { high = middle }
        }
        let hasQuotation = low < closedOpenings.count && closedOpenings[low] < content.utf8.upperBound
        return hasQuotation ? .mixed : .indirect
    }
}
