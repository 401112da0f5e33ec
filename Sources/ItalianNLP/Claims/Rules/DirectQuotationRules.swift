/// The rules for quotations: each outermost quotation is offered, in order, to
/// ``RuleID/dashInciseInQuotation``, ``RuleID/invertedCueAfterQuotation`` (with
/// ``RuleID/splitQuotation`` for a second part), ``RuleID/cueBeforeQuotation``,
/// ``RuleID/colonQuotation`` and ``RuleID/quotationContinuation``; what none of them takes is a
/// scare quote, a title, or unattributed speech.
extension AttributionContext {
    mutating func applyDirectQuotationRules(in sentence: Int) {
        for quotation in quotations(openingIn: sentence) where !claimedQuotations.contains(quotation) {
            guard let content = contentSpan(of: quotation), let close = pairs[quotation].close else { continue }
            let open = pairs[quotation].open
            let words = (open + 1..<close).filter { document.isWord($0) }.count
            if words == 0 { continue }
            // Two words or fewer without final punctuation: a term or a title ("brain drain",
            // «Corriere della Sera»), not a statement — unless a colon announces it.
            let announced = open >= 1 && document.form(open - 1) == ":"
            let opensSentence = open == document.sentences[sentence].lowerBound
                || (open >= 1 && ["–", "-", "—"].contains(document.form(open - 1)))
            if words <= 2 && !announced && !opensSentence && !endsWithPunctuation(quotation) { continue }
            if classifyRole(quotation) == .title && !announced { continue }
            if applyDashIncise(quotation, content: content, sentence: sentence) { continue }
            if applyInvertedCue(quotation, content: content, close: close, words: words) { continue }
            if applyCueBefore(quotation, content: content, open: open, sentence: sentence) { continue }
            if applyColonQuotation(quotation, content: content, open: open, sentence: sentence) { continue }
            if applyNounCue(quotation, content: content, open: open, sentence: sentence) { continue }
            if words >= 4, applyContinuation(quotation, content: content, open: open, sentence: sentence) { continue }
        }
    }

    /// «A – ha avvertito X – B»: a cue between dashes inside the quotation.
    private mutating func applyDashIncise(_ quotation: Int, content: TextSpan, sentence: Int) -> Bool {
        guard let close = pairs[quotation].close else { return false }
        let open = pairs[quotation].open
        for index in (open + 1)..<close where ["–", "-", "—"].contains(document.tokens[index].text) {
            let cueSentence = document.sentenceOf[index]
            guard let cue = cues[cueSentence].first(where: { $0.tokens.lowerBound == index + 1 || $0.tokens.lowerBound == index + 2 }),
                cue.tokens.upperBound < close, !usedCueVerbs.contains(cue.verb)
            else { continue }
            // The incise closes with another dash before the end of the quotation.
            let after = cue.tokens.upperBound + 1
            let speaker = invertedSubject(after: cue, in: cueSentence)
            let closingDash = (after...(min(after + 6, close))).first { ["–", "-", "—"].contains(document.tokens[$0].text) }
            guard closingDash != nil else { continue }
            let entity = speaker.flatMap { sourceEntity(of: $0, cue: cue, sentence: cueSentence) }
                ?? resolveDroppedSubject(for: cue, before: sentence)
            add(kind: .direct, speaker: speaker, entity: entity, cue: cue, content: content, rule: .dashInciseInQuotation,
                confidence: 0.85, sentence: sentence, quotation: quotation)
            return true
        }
        return false
    }

    /// «…», ha detto X. — and «A», dice X, «B» for the second part.
    private mutating func applyInvertedCue(_ quotation: Int, content: TextSpan, close: Int, words: Int) -> Bool {
        var position = close + 1
        var skipped = 0
        while position < document.tokens.count, skipped < 2,
            [",", "–", "-", "—"].contains(document.tokens[position].text) || CueFinder.clitics.contains(document.form(position))
        {
            position += 1
            skipped += 1
        }
        guard position < document.tokens.count else { return false }
        let cueSentence = document.sentenceOf[position]
        guard let cue = cues[cueSentence].first(where: { $0.tokens.lowerBound == position }), !usedCueVerbs.contains(cue.verb) else {
            return false
        }
        let sentence = document.sentenceOf[pairs[quotation].open]
        let speaker = invertedSubject(after: cue, in: cueSentence) ?? subjectMentionBefore(quotation: quotation, cue: cue)
        let entity = speaker.flatMap { sourceEntity(of: $0, cue: cue, sentence: cueSentence) }
            ?? resolveDroppedSubject(for: cue, before: cueSentence)
        add(kind: .direct, speaker: speaker, entity: entity, cue: cue, content: content, rule: .invertedCueAfterQuotation,
            confidence: 0.9, sentence: sentence, quotation: quotation)
        // A split quotation: «A», dice X, «B».
        var next = (speaker?.tokens.upperBound ?? cue.tokens.upperBound) + 1
        while next < document.tokens.count, [",", "–", "-", "—"].contains(document.tokens[next].text) { next += 1 }
        if next < document.tokens.count,
            let second = outermostBySentence[document.sentenceOf[next]].first(where: { pairs[$0].open == next }),
            !claimedQuotations.contains(second),
            let secondContent = contentSpan(of: second)
        {
            add(kind: .direct, speaker: speaker, entity: entity, cue: cue, content: secondContent, rule: .splitQuotation,
                confidence: 0.85, sentence: document.sentenceOf[next], quotation: second)
        }
        return true
    }

    /// "X, prima della riunione: «…», ha detto" is rare; a name right before the quotation that
    /// the inverted cue follows ("Rossi: «…», ha aggiunto") names the speaker.
    private func subjectMentionBefore(quotation: Int, cue: CueGroup) -> SpeakerMention? {
        let open = pairs[quotation].open
        guard open >= 2, document.form(open - 1) == ":" else { return nil }
        let sentence = document.sentenceOf[open]
        return mentions[sentence].first { $0.tokens.upperBound == open - 2 }
    }

    /// X ha detto: «…» / X ha spiegato che «…» (mixed when the quotation follows "che").
    private mutating func applyCueBefore(_ quotation: Int, content: TextSpan, open: Int, sentence: Int) -> Bool {
        guard open >= 1 else { return false }
        let before = document.form(open - 1)
        guard before == ":" || before == "che" || before == "," else { return false }
        guard let cue = cues[sentence].last(where: { $0.tokens.upperBound < open && open - $0.tokens.upperBound <= 8 }),
            !usedCueVerbs.contains(cue.verb)
        else { return false }
        // Nothing but an inverted subject, an object pronoun or a short complement between them.
        let speaker = subjectMention(before: cue.tokens.lowerBound, in: sentence) ?? invertedSubject(after: cue, in: sentence)
        if speaker == nil, hasInanimateSubject(before: cue, in: sentence) { return false }
        let entity = speaker.flatMap { sourceEntity(of: $0, cue: cue, sentence: sentence) } ?? resolveDroppedSubject(for: cue, before: sentence)
        if before == "che", let close = pairs[quotation].close {
            // The quotation is the reported clause itself: mixed, content with its marks.
            add(kind: .mixed, speaker: speaker, entity: entity, cue: cue, content: document.span(open, close),
                rule: .cueBeforeQuotation, confidence: 0.8, sentence: sentence, quotation: quotation)
        } else {
            add(kind: .direct, speaker: speaker, entity: entity, cue: cue, content: content, rule: .cueBeforeQuotation,
                confidence: 0.85, sentence: sentence, quotation: quotation)
        }
        return true
    }

    /// X: «…» — a name or role, a colon, a quotation, no verb. Also "la replica del ministro: «…»".
    private mutating func applyColonQuotation(_ quotation: Int, content: TextSpan, open: Int, sentence: Int) -> Bool {
        guard open >= 2, document.form(open - 1) == ":" else { return false }
        let range = document.sentences[sentence]
        guard let mention = mentions[sentence].last(where: { $0.tokens.upperBound == open - 2 }) else { return false }
        // The mention opens its sentence (or follows a noun cue: "la replica di X:").
        let start = mention.tokens.lowerBound
        var nounCue: Int? = nil
        if start >= range.lowerBound + 2, ["di", "del", "della", "dello", "dell'", "dei", "degli", "delle"].contains(document.form(start - 1)),
            ReportingVerbLexicon.shared.claimNoun(document.form(start - 2)) != nil
        {
            nounCue = start - 2
        }
        guard start - range.lowerBound <= 1 || nounCue != nil else { return false }
        let entity = sourceEntity(of: mention, cue: nil, sentence: sentence)
        add(kind: .direct, speaker: mention, entity: entity, cue: nil, cueSpan: nounCue.map { document.span($0, $0) },
            content: content, rule: nounCue == nil ? .colonQuotation : .nounCue, confidence: 0.85, sentence: sentence,
            quotation: quotation)
        return true
    }

    /// ``RuleID/nounCue``: "L’appello del sindaco di Belluno, Sandro De Col, è arrivato a fine
    /// giornata: «…»", "la replica dell'assessore: «…»" — a claim noun whose "di" complement
    /// names the speaker, and a colon before the quotation.
    private mutating func applyNounCue(_ quotation: Int, content: TextSpan, open: Int, sentence: Int) -> Bool {
        guard open >= 1, document.form(open - 1) == ":" else { return false }
        // The colon may end the sentence before ("La replica del ministro:" and the quotation on a
        // line of its own): the noun and its speaker are in the colon's sentence.
        guard let (noun, speaker) = nounCueSpeaker(before: open - 1, in: document.sentenceOf[open - 1]) else { return false }
        let entity = sourceEntity(of: speaker, cue: nil, sentence: sentence)
        add(kind: .direct, speaker: speaker, entity: entity, cue: nil, cueSpan: document.span(noun, noun), content: content,
            rule: .nounCue, confidence: 0.75, sentence: sentence, quotation: quotation)
        return true
    }

    /// A claim noun ("dichiarazione", "replica", "appello") before `limit` in the sentence, with
    /// the speaker in its "di" complement: the noun's token and the speaker.
    func nounCueSpeaker(before limit: Int, in sentence: Int) -> (Int, SpeakerMention)? {
        let range = document.sentences[sentence]
        // A limit at or before the sentence's start leaves nothing to search (and would not make a range).
        guard limit > range.lowerBound else { return nil }
        for noun in range.lowerBound..<limit where ReportingVerbLexicon.shared.claimNoun(document.form(noun)) != nil {
            let next = noun + 1
            guard next < limit, ["di", "del", "della", "dello", "dell'", "dei", "degli", "delle"].contains(document.form(next)) else {
                continue
            }
            // The mention may have taken in the fused preposition ("del sindaco").
            if let speaker = mentions[sentence].first(where: { $0.tokens.lowerBound == next || $0.tokens.lowerBound == next + 1 }),
                speaker.tokens.upperBound < limit
            {
                // "del sindaco di Belluno, Sandro De Col,": prefer the name in the apposition.
                if speaker.kind != .name, let name = mentions[sentence].first(where: {
                    $0.kind == .name && $0.tokens.lowerBound == speaker.tokens.upperBound + 2
                        && document.form(speaker.tokens.upperBound + 1) == ","
                }), name.tokens.upperBound < limit {
                    return (noun, name)
                }
                return (noun, speaker)
            }
        }
        return nil
    }

    /// «B» with no cue right after a claimed quotation of the previous sentences: same speaker.
    private mutating func applyContinuation(_ quotation: Int, content: TextSpan, open: Int, sentence: Int) -> Bool {
        let range = document.sentences[sentence]
        guard open - range.lowerBound <= 1 else { return false }
        guard let previous = claims.last, previous.claim.kind == .direct, sentence - previous.sentence <= 2,
            let entity = previous.entity
        else { return false }
        // No other speaker mentioned in between.
        add(kind: .direct, speaker: nil, entity: entity, cue: nil, content: content, rule: .quotationContinuation,
            confidence: 0.6, sentence: sentence, quotation: quotation)
        return true
    }

    private func endsWithPunctuation(_ quotation: Int) -> Bool {
        guard let close = pairs[quotation].close, close > 0 else { return false }
        return document.tokens[close - 1].kind == .punctuation && [".", "!", "?", "…", "..."].contains(document.tokens[close - 1].text)
    }

    /// Whether a noun phrase that names no speaker stands right before the cue as its subject:
    /// "Questo impegno … sottolinea", "Il dato dice poco".
    func hasInanimateSubject(before cue: CueGroup, in sentence: Int) -> Bool {
        let range = document.sentences[sentence]
        var position = cue.tokens.lowerBound - 1
        while position >= range.lowerBound, CueFinder.clitics.contains(document.form(position)) || document.form(position) == "non" {
            position -= 1
        }
        guard position >= range.lowerBound, document.isWord(position), !document.isCapitalized(position) || position == range.lowerBound
        else { return false }
        // A conjunction or adverb before the verb is no subject: "… e ha promesso di …".
        let before = document.form(position)
        if Self.clauseOpeners.contains(before) || CueFinder.interveningAdverbs.contains(before) || CueFinder.determiners.contains(before) {
            return false
        }
        // A lower-case noun right before the verb, with a determiner before it within 3 words.
        for back in 1...3 where position - back >= range.lowerBound {
            if CueFinder.determiners.contains(document.form(position - back)) {
                return !mentions[sentence].contains { $0.tokens.contains(position) }
            }
        }
        return false
    }

    /// Scare quote, title or unattributed speech, for quotations no rule claimed.
    func classifyRole(_ quotation: Int) -> QuotationRole {
        let pair = pairs[quotation]
        guard let close = pair.close else { return .scare }
        let inner = (pair.open + 1)..<close
        let words = inner.filter { document.isWord($0) }
        let titleNouns: Set<String> = [
            "film", "libro", "romanzo", "operazione", "programma", "canzone", "album", "rubrica", "mostra", "spettacolo",
            "trasmissione", "progetto", "piano", "serie", "saggio", "brano", "disco", "festival", "rassegna", "inchiesta",
            "campagna", "opera", "documentario", "podcast", "trasmissione", "quotidiano", "settimanale", "giornale", "ristorante",
            "associazione", "movimento", "lista", "legge", "decreto", "pacchetto",
        ]
        // The noun before the marks right in front ("il film: «…»"); only a few marks are skipped,
        // since walking back over any run of them from every quotation was quadratic (found by
        // fuzzing: a line of 40,000 straight quotes).
        var before = pair.open - 1
        while before >= 0, pair.open - before <= 4, document.tokens[before].kind == .punctuation { before -= 1 }
        if before >= 0, titleNouns.contains(document.form(before)) { return .title }
        let capitals = words.filter({ document.isCapitalized($0) }).count
        if let first = words.first, document.isCapitalized(first), words.count <= 6, capitals >= 2, capitals * 2 >= words.count {
            return .title
        }
        if words.count <= 4 {
            return .scare
        }
        return .speech
    }
}
