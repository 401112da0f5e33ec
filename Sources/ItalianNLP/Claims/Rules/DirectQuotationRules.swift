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
            let words = document.wordCount(in: open + 1..<close)
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
            if applyReadInDocument(quotation, content: content, close: close) { continue }
            if applyNounCueAfterQuotation(quotation, content: content, close: close) { continue }
            if applyReadInDocumentBefore(quotation, content: content, open: open, sentence: sentence) { continue }
            if applyCueBefore(quotation, content: content, open: open, sentence: sentence) { continue }
            if applyColonQuotation(quotation, content: content, open: open, sentence: sentence) { continue }
            if applyNounCue(quotation, content: content, open: open, sentence: sentence) { continue }
            if applyColonContinuation(quotation, content: content, open: open, sentence: sentence) { continue }
            if applyInterviewAnswer(quotation, content: content, open: open, sentence: sentence) { continue }
            if applyCosiAfterQuotation(quotation, content: content, close: close, sentence: sentence) { continue }
            if applyAttributionInNextSentence(quotation, content: content, open: open, close: close, sentence: sentence) { continue }
            if words >= 4, applyContinuation(quotation, content: content, open: open, sentence: sentence) { continue }
            if words >= 3, applyQuotationParagraphAfterSpeaker(quotation, content: content, open: open, sentence: sentence) { continue }
            if words >= 3, applyQuotationAfterSubject(quotation, content: content, open: open, sentence: sentence) { continue }
        }
    }

    /// «A – ha avvertito X – B»: a cue between dashes inside the quotation.
    private mutating func applyDashIncise(_ quotation: Int, content: TextSpan, sentence: Int) -> Bool {
        guard let close = pairs[quotation].close else { return false }
        let open = pairs[quotation].open
        for index in (open + 1)..<close where Self.isDash(document.tokens[index].text) {
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

    /// Whether a token's text is "–", "-" or "—" (a byte test rules out most words first: a
    /// dash starts with 2D or E2).
    static func isDash(_ text: String) -> Bool {
        guard let first = text.utf8.first, first == 0x2D || first == 0xE2 else { return false }
        return ["–", "-", "—"].contains(text)
    }

    /// «…», ha detto X. — and «A», dice X, «B» for the second part.
    private mutating func applyInvertedCue(_ quotation: Int, content: TextSpan, close: Int, words: Int) -> Bool {
        var position = close + 1
        var skipped = 0
        while position < document.tokens.count, skipped < 2,
            [",", "–", "-", "—"].contains(document.tokens[position].text) || document.has(.clitic, position)
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
        var speaker = invertedSubject(after: cue, in: cueSentence) ?? subjectMentionBefore(quotation: quotation, cue: cue)
            ?? unlistedNounSubject(after: cue, in: cueSentence)
        var entity = speaker.flatMap { sourceEntity(of: $0, cue: cue, sentence: cueSentence) }
        // "«…», fanno sapere dal Pd.": the origin is the source.
        if speaker == nil, let origin = originMention(after: cue, in: cueSentence) {
            speaker = origin
            entity = originEntity(of: origin, cue: cue, sentence: cueSentence)
        }
        entity = entity ?? sentenceSubjectPerson(before: pairs[quotation].open, in: sentence, agreeingWith: cue)
            ?? resolveDroppedSubject(for: cue, before: cueSentence)
            ?? personNamed(before: pairs[quotation].open, in: sentence, agreeingWith: cue)
        add(kind: .direct, speaker: speaker, entity: entity, cue: cue, content: content, rule: .invertedCueAfterQuotation,
            confidence: 0.9, sentence: sentence, quotation: quotation)
        // A split quotation: «A», dice X, «B».
        var next = (speaker?.tokens.upperBound ?? cue.tokens.upperBound) + 1
        while next < document.tokens.count, [",", "–", "-", "—"].contains(document.tokens[next].text) { next += 1 }
        if next < document.tokens.count,
            let second = outermostBySentence[document.sentenceOf[next]].first(where: { pairs[$0].open == next })
                // A longer incise only after a named speaker: who speaks is then certain.
                ?? (speaker == nil ? nil : secondPartAfterIncise(from: next, cue: cue)).flatMap({
                    hasOtherCue(between: next, and: pairs[$0].open, besides: cue) ? nil : $0
                }),
            !claimedQuotations.contains(second),
            let secondContent = contentSpan(of: second)
        {
            add(kind: .direct, speaker: speaker, entity: entity, cue: cue, content: secondContent, rule: .splitQuotation,
                confidence: 0.85, sentence: document.sentenceOf[next], quotation: second)
        }
        return true
    }

    /// ``RuleID/nounCue`` after the quotation: "«…», è il commento di Giulia Ferri", "«…»: la
    /// replica del ministro" — a claim noun whose "di" complement names the speaker.
    private mutating func applyNounCueAfterQuotation(_ quotation: Int, content: TextSpan, close: Int) -> Bool {
        var position = close + 1
        guard position < document.tokens.count, document.sentenceOf[position] == document.sentenceOf[close] else { return false }
        if [",", ":"].contains(document.form(position)) { position += 1 }
        if document.form(position) == "è" || document.form(position) == "questo" || document.form(position) == "questa" { position += 1 }
        if document.has(.definiteArticle, position) { position += 1 }
        guard position + 1 < document.tokens.count, document.has(.claimNoun, position) else {
            return false
        }
        let noun = position
        let sentence = document.sentenceOf[noun]
        let of = document.form(noun + 1)
        guard ["di", "del", "della", "dello", "dell'", "dei", "degli", "delle"].contains(of),
            let speaker = mentions[sentence].first(where: {
                ($0.tokens.lowerBound == noun + 1 && of != "di") || ($0.tokens.lowerBound == noun + 2 && of == "di")
            })
        else { return false }
        var named = speaker
        if speaker.kind == .role || speaker.kind == .group,
            let name = mentions[sentence].first(where: { $0.kind == .name && Self.isApposition(speaker, $0, in: document) })
        {
            named = name
        }
        add(kind: .direct, speaker: named, entity: sourceEntity(of: named, cue: nil, sentence: sentence), cue: nil,
            cueSpan: document.span(noun, noun), content: content, rule: .nounCue, confidence: 0.75,
            sentence: document.sentenceOf[pairs[quotation].open], quotation: quotation)
        return true
    }

    /// "X, prima della riunione: «…», ha detto" is rare; a name right before the quotation that
    /// the inverted cue follows ("Rossi: «…», ha aggiunto") names the speaker.
    private func subjectMentionBefore(quotation: Int, cue: CueGroup) -> SpeakerMention? {
        let open = pairs[quotation].open
        guard open >= 2, document.form(open - 1) == ":" else { return nil }
        let sentence = document.sentenceOf[open]
        // Not a complement: "ripensa ai primi anni del club: «…», ricorda" names no club as speaker.
        return mentions[sentence].first { $0.tokens.upperBound == open - 2 && !isAfterPreposition($0) }
    }

    /// X ha detto: «…» / X ha spiegato che «…» (mixed when the quotation follows "che").
    private mutating func applyCueBefore(_ quotation: Int, content: TextSpan, open: Int, sentence: Int) -> Bool {
        guard open >= 1 else { return false }
        let before = document.form(open - 1)
        guard before == ":" || before == "che" || before == "," else { return false }
        guard let cue = cues[sentence].last(where: { $0.tokens.upperBound < open && open - $0.tokens.upperBound <= 8 })
            ?? longSubjectCue(before: open, in: sentence),
            !usedCueVerbs.contains(cue.verb)
        else { return false }
        // Nothing but an inverted subject, an object pronoun or a short complement between them.
        var speaker = subjectMention(before: cue.tokens.lowerBound, in: sentence) ?? invertedSubject(after: cue, in: sentence)
        if speaker == nil, hasInanimateSubject(before: cue, in: sentence) { return false }
        var entity = speaker.flatMap { sourceEntity(of: $0, cue: cue, sentence: sentence) }
        // "Dal Mef, invece, fanno sapere che «…»": the origin is the source.
        if speaker == nil, let origin = originMention(after: cue, in: sentence) ?? originMention(before: cue, in: sentence) {
            speaker = origin
            entity = originEntity(of: origin, cue: cue, sentence: sentence)
        }
        entity = entity ?? resolveDroppedSubject(for: cue, before: sentence)
        if before == "che", let close = pairs[quotation].close {
            // The quotation is the reported clause itself: mixed, content with its marks — and with
            // what the clause goes on to say ("che «i margini sono finiti» e che ogni misura …").
            var end = close
            if document.sentenceOf[close] == sentence, let clause = clauseSpan(open, clauseEnd(from: open, in: document.sentences[sentence])),
                clause.utf8.upperBound > document.tokens[close].span.utf8.upperBound
            {
                end = (close..<document.sentences[sentence].upperBound).last { document.tokens[$0].span.utf8.upperBound <= clause.utf8.upperBound } ?? close
            }
            add(kind: .mixed, speaker: speaker, entity: entity, cue: cue, content: document.span(open, end),
                rule: .cueBeforeQuotation, confidence: 0.8, sentence: sentence, quotation: quotation)
        } else {
            add(kind: .direct, speaker: speaker, entity: entity, cue: cue, content: content, rule: .cueBeforeQuotation,
                confidence: 0.85, sentence: sentence, quotation: quotation)
            // "ha escluso di volersi dimettere: «…»": the verb also reports the clause before the
            // colon, a claim of its own.
            if before == ":", (cue.tokens.upperBound + 1..<open).contains(where: { ["che", "di"].contains(document.form($0)) }) {
                usedCueVerbs.remove(cue.verb)
            }
        }
        return true
    }

    /// X: «…» — a name or role, a colon, a quotation, no verb. Also "la replica del ministro: «…»".
    private mutating func applyColonQuotation(_ quotation: Int, content: TextSpan, open: Int, sentence: Int) -> Bool {
        guard open >= 2, document.form(open - 1) == ":" else { return false }
        let range = document.sentences[sentence]
        // "L'assessore allo Sport, Irene Valli, su Facebook: «…»": a short complement of the medium
        // may stand between the speaker and the colon.
        var speakerEnd = mediumComplementStart(before: open - 1, in: range).map { $0 - 1 } ?? open - 2
        if speakerEnd < open - 2, document.isPunctuation(speakerEnd, ",") { speakerEnd -= 1 }
        guard let mention = mentions[sentence].last(where: { $0.tokens.upperBound == speakerEnd }) else { return false }
        // The mention opens its sentence (or follows a noun cue: "la replica di X:"); a name in
        // apposition counts from its role ("L'assessore allo Sport, Irene Valli:").
        var start = mention.tokens.lowerBound
        if mention.kind == .name, let role = mentions[sentence].last(where: {
            ($0.kind == .role || $0.kind == .group) && $0.tokens.upperBound < mention.tokens.lowerBound && Self.isApposition($0, mention, in: document)
        }) {
            start = role.tokens.lowerBound
        }
        var nounCue: Int? = nil
        if start >= range.lowerBound + 2, ["di", "del", "della", "dello", "dell'", "dei", "degli", "delle"].contains(document.form(start - 1)),
            document.has(.claimNoun, start - 2)
        {
            nounCue = start - 2
        }
        // (A live blog's time stamp may come first: "Ore 18.10 – L'assessore …:".)
        let afterStamp = start > range.lowerBound && start - range.lowerBound <= 5 && Self.isDash(document.tokens[start - 1].text)
        guard start - range.lowerBound <= 1 || nounCue != nil || afterStamp else { return false }
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
        // The colon may end the sentence before ("ha detto:" and the quotation in the next
        // paragraph): then no noun of this sentence precedes it.
        guard limit > range.lowerBound else { return nil }
        for noun in range.lowerBound..<limit where document.has(.claimNoun, noun) {
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

    /// «B» with no cue right after a claimed quotation of the previous sentences: same speaker —
    /// unless it opens a paragraph of a dialogue, where the turns alternate (``RuleID/dialogueTurn``).
    private mutating func applyContinuation(_ quotation: Int, content: TextSpan, open: Int, sentence: Int) -> Bool {
        let range = document.sentences[sentence]
        guard open - range.lowerBound <= 1 else { return false }
        // After a direct claim, or a person's reported claim in the sentence right before, in the
        // same paragraph ("La deputata ha poi chiesto un'audizione. «Il ministro venga in aula».").
        guard let previous = claims.last, sentence - previous.sentence <= 2, var entity = previous.entity,
            previous.claim.kind == .direct
                || (previous.sentence == sentence - 1 && document.paragraphOf[previous.sentence] == document.paragraphOf[sentence]
                    && isPerson(entity) && previous.claim.kind != .according)
        else { return false }
        // "«A», ha detto Rossi. Bianchi scuote la testa. «B.»": a person who became the subject
        // in between speaks now.
        for between in stride(from: sentence - 1, to: previous.sentence, by: -1) {
            guard let subject = openingSubject(of: between) ?? invertedSpeakerOfSpeechEvent(in: between) else { continue }
            if subject != entity, isPerson(subject) { entity = subject }
            break
        }
        if opensParagraph(sentence), open == range.lowerBound {
            let paragraph = document.paragraphOf[sentence]
            if let last = turnOwner(ofParagraph: paragraph - 1, before: sentence), last == entity,
                let other = turnOwner(ofParagraph: paragraph - 2, before: sentence), other != last
            {
                add(kind: .direct, speaker: nil, entity: other, cue: nil, content: content, rule: .dialogueTurn,
                    confidence: 0.55, sentence: sentence, quotation: quotation)
                return true
            }
        }
        add(kind: .direct, speaker: nil, entity: entity, cue: nil, content: content, rule: .quotationContinuation,
            confidence: 0.6, sentence: sentence, quotation: quotation)
        return true
    }

    /// ``RuleID/cosiAfterQuotation``: «…». Così X ha commentato — a quotation that ends its
    /// sentence, and the next sentence of the paragraph opens with "Così" and a cue whose subject
    /// names the speaker.
    private mutating func applyCosiAfterQuotation(_ quotation: Int, content: TextSpan, close: Int, sentence: Int) -> Bool {
        var end = close + 1
        while end < document.tokens.count, document.sentenceOf[end] == sentence, document.tokens[end].kind == .punctuation { end += 1 }
        guard end < document.tokens.count, document.sentenceOf[end] != sentence else { return false }
        let next = document.sentenceOf[end]
        let range = document.sentences[next]
        guard document.paragraphOf[next] == document.paragraphOf[sentence], document.form(range.lowerBound) == "così" else {
            return false
        }
        for cue in cues[next] where !usedCueVerbs.contains(cue.verb) && !cue.passive {
            let speaker = subjectMention(before: cue.tokens.lowerBound, in: next) ?? invertedSubject(after: cue, in: next)
            guard let speaker, let entity = sourceEntity(of: speaker, cue: cue, sentence: next) else { continue }
            add(kind: .direct, speaker: speaker, entity: entity, cue: cue, content: content, rule: .cosiAfterQuotation,
                confidence: 0.8, sentence: sentence, quotation: quotation)
            return true
        }
        return false
    }

    /// ``RuleID/quotationParagraphAfterSpeaker``: a paragraph that is one quotation and nothing
    /// else, no cue, right after a paragraph whose last sentence reported a person's words ("Hoffmann
    /// sostiene che il gruppo «…»." then "«Ha un'intuizione rara …»"): that person goes on speaking.
    private mutating func applyQuotationParagraphAfterSpeaker(_ quotation: Int, content: TextSpan, open: Int, sentence: Int) -> Bool {
        guard sentence > 0, open == document.sentences[sentence].lowerBound, opensParagraph(sentence),
            let close = pairs[quotation].close, isParagraphEnd(close),
            let last = claims.last, last.sentence == sentence - 1, let entity = last.entity, isPerson(entity)
        else { return false }
        add(kind: .direct, speaker: nil, entity: entity, cue: nil, content: content, rule: .quotationParagraphAfterSpeaker,
            confidence: 0.55, sentence: sentence, quotation: quotation)
        return true
    }

    /// The subject of a clause that opens with its predicate ("Ne è convinta anche la pediatra Anna
    /// Vitale", "È d'accordo anche il sindaco Luca Neri"): a clitic or nothing, a form of essere or
    /// avere, then the first person's mention not inside a complement, before token `limit`.
    func subjectAfterPredicate(in sentence: Int, before limit: Int) -> SpeakerMention? {
        let range = document.sentences[sentence]
        var index = range.lowerBound
        if document.has(.clauseOpener, index) && !document.has(.auxiliary, index) { index += 1 }
        if document.has(.clitic, index) { index += 1 }
        guard index < limit, document.has(.auxiliary, index) else { return nil }
        return mentions[sentence].first { $0.tokens.lowerBound > index && $0.tokens.upperBound < limit && $0.kind == .name }
            .flatMap { mention in
                // The first mention of the clause must be this one or its role in apposition.
                let before = mentions[sentence].filter { $0.tokens.lowerBound > index && $0.tokens.upperBound < mention.tokens.lowerBound }
                return before.allSatisfy({ Self.isApposition($0, mention, in: document) }) ? mention : nil
            }
    }

    /// "su Facebook", "in una nota", "ai cronisti" right before the colon at `colon`: the first token
    /// of such a complement (a preposition and at most three words, no verb), or nil.
    func mediumComplementStart(before colon: Int, in range: Range<Int>) -> Int? {
        var start = colon - 1
        while start > range.lowerBound, colon - start <= 4 {
            if document.tokens[start].kind == .punctuation || document.has(.cueForm, start) || document.has(.auxiliary, start) {
                return nil
            }
            if document.has(.locativePreposition, start), !["di", "d'"].contains(document.form(start)) {
                return start < colon - 1 ? start : nil
            }
            start -= 1
        }
        return nil
    }

    /// The speaker of a speech event in `sentence` whose subject comes after its verb: "Subito
    /// dopo ha parlato il tecnico avversario, Luca Moretti." — a person, from a cue no claim used.
    func invertedSpeakerOfSpeechEvent(in sentence: Int) -> Int? {
        for cue in cues[sentence] where !usedCueVerbs.contains(cue.verb) {
            guard let subject = invertedSubject(after: cue, in: sentence), !insideQuotation[subject.tokens.lowerBound],
                let id = sourceEntity(of: subject, cue: cue, sentence: sentence), isPerson(id)
            else { continue }
            return id
        }
        return nil
    }

    /// The person who opens the quotation's own sentence as its subject, agreeing with the cue:
    /// "Murgia ricorda gli anni del dottorato: «…», ammette." — the dropped subject of the inverted
    /// cue is the sentence's subject, before anyone who spoke in the sentences before.
    func sentenceSubjectPerson(before open: Int, in sentence: Int, agreeingWith cue: CueGroup) -> Int? {
        guard let subject = mentions[sentence].first, subject.tokens.upperBound < open, let id = openingSubject(of: sentence),
            isPerson(id)
        else { return nil }
        let entity = registry.entities[id]
        if let plural = cue.plural, plural != entity.plural { return nil }
        if let gender = cue.gender, let known = entity.gender, gender != known { return nil }
        return id
    }

    /// The subject after a short fronted complement, before token `limit`: "In serata il sindaco
    /// è tornato all'attacco: «…»".
    func frontedSubject(of sentence: Int, before limit: Int) -> Int? {
        let range = document.sentences[sentence]
        guard let first = mentions[sentence].first, first.kind != .pronoun, first.tokens.upperBound < limit,
            first.tokens.lowerBound - range.lowerBound <= 4, !insideQuotation[first.tokens.lowerBound], !isAfterPreposition(first),
            followsFrontedComplement(first.tokens.lowerBound, in: range)
        else { return nil }
        return entity(of: first)
    }

    /// The entity of the mention that opens `sentence` as its subject, if any.
    func openingSubject(of sentence: Int) -> Int? {
        guard let first = mentions[sentence].first, first.kind != .pronoun,
            first.tokens.lowerBound - document.sentences[sentence].lowerBound <= 1, !insideQuotation[first.tokens.lowerBound],
            !isAfterPreposition(first), isClauseInitial(first, in: sentence)
        else { return nil }
        return entity(of: first)
    }

    /// ``RuleID/quotationAfterSubject``: a quotation no cue claims, after a colon that closes a
    /// clause about a person ("Sara Baldini, capogruppo: «…»", "È rimasta scettica: «…»"), or
    /// opening the sentence after one whose subject is a person and that reported nothing.
    private mutating func applyQuotationAfterSubject(_ quotation: Int, content: TextSpan, open: Int, sentence: Int) -> Bool {
        let range = document.sentences[sentence]
        if classifyRole(quotation) == .title { return false }
        var entity: Int? = nil
        var cueSpan: TextSpan? = nil
        // A dash announces the quotation as a colon does ("non nasconde la soddisfazione – «…»"),
        // unless it closes a dateline at the sentence start.
        if open >= 1, document.form(open - 1) == ":" || (open - 1 > range.lowerBound + 1 && Self.isDash(document.tokens[open - 1].text)) {
            let clause = document.sentenceOf[open - 1]
            let mark = document.tokens[open].span.utf8.lowerBound
            if let owner = claims.reversed().prefix(while: { $0.sentence >= clause }).first(where: {
                $0.sentence == clause && $0.claim.cue != nil && $0.claim.content.utf8.upperBound <= mark
            }),
                owner.entity != nil
            {
                // "Il ricercatore ha chiarito di non voler creare allarmismi: «…»": the same
                // speaker and cue as the claim before the colon.
                entity = owner.entity
                cueSpan = owner.claim.cue
            } else if let subject = openingSubject(of: clause) ?? frontedSubject(of: clause, before: open), isPerson(subject) {
                entity = subject
                // "Il direttore ricorda che il negativo era perduto: «…»": the clause's reporting
                // verb introduces the quotation too (its own claim comes with the indirect rules).
                if let cue = cues[clause].last(where: { $0.tokens.upperBound < open - 1 && !$0.passive && !insideQuotation[$0.verb] }) {
                    cueSpan = document.span(cue.tokens.lowerBound, cue.tokens.upperBound)
                }
            } else if mentions[clause].allSatisfy({ $0.tokens.lowerBound >= open }),
                document.has(.auxiliary, document.sentences[clause].lowerBound)
                    || participleGender(before: open - 1) != nil
            {
                // No subject before the colon: the person the clause is about, by the gender of
                // its participle ("è rimasta scettica").
                entity = resolveDroppedSubject(plural: nil, gender: participleGender(before: open - 1), before: clause, within: 3)
                    .flatMap { isPerson($0) ? $0 : nil }
            } else if let arriving = mentions[clause].last(where: { $0.tokens.upperBound == open - 2 }) ?? subjectAfterPredicate(in: clause, before: open),
                arriving.kind == .name, arriving.hasGivenName, !isAfterPreposition(arriving), !insideQuotation[arriving.tokens.lowerBound],
                let id = self.entity(of: arriving), isPerson(id)
            {
                // "Nella sala stampa è arrivato anche il direttore sportivo, Gino Sala: «…»", "Ne è
                // convinta anche la pediatra Anna Vitale, che …: «…»": the clause's subject comes
                // after its verb.
                entity = id
            } else if mentions[clause].allSatisfy({ $0.tokens.lowerBound >= open }), clause > 0,
                document.paragraphOf[clause - 1] == document.paragraphOf[clause],
                // (Not "Il documento è chiaro: «…»", whose subject is a thing.)
                !document.has(.article, document.sentences[clause].lowerBound),
                !document.has(.determiner, document.sentences[clause].lowerBound),
                let subject = openingSubject(of: clause - 1), isPerson(subject)
            {
                // The dropped-subject chain: "Benassi non ci sta. E in serata torna sull'argomento:
                // «…»" — a clause that names nobody before its colon goes on about the person who
                // opened the sentence before.
                entity = subject
            }
        } else if open - range.lowerBound <= 1, sentence > 0, claims.last.map({ $0.sentence < sentence - 1 }) ?? true {
            if let subject = openingSubject(of: sentence - 1), isPerson(subject) {
                entity = subject
            } else if opensParagraph(sentence) {
                entity = speechEventPerson(in: sentence - 1)
            } else if mentions[sentence - 1].allSatisfy({ isAfterPreposition($0) }), outermostBySentence[sentence - 1].isEmpty,
                document.paragraphOf[sentence - 1] == document.paragraphOf[sentence],
                let last = claims.last, sentence - last.sentence <= 3, let speaker = last.entity, isPerson(speaker)
            {
                // "«…», ammette. Sul ritorno in Italia è netta. «Tornerei domani …»": a sentence that
                // names nobody goes on about the person who spoke last.
                entity = speaker
            }
        }
        guard let entity else { return false }
        add(kind: .direct, speaker: nil, entity: entity, cue: nil, cueSpan: cueSpan, content: content, rule: .quotationAfterSubject,
            confidence: 0.5, sentence: sentence, quotation: quotation)
        return true
    }

    /// "È un quadro preoccupante quello tracciato dal presidente della Corte d'appello, Ernesto
    /// Mancini, nella relazione per l'anno giudiziario." and then a paragraph of quotation: a
    /// sentence that names a speech (a claim noun) and exactly one person introduces that
    /// person's words.
    func speechEventPerson(in sentence: Int) -> Int? {
        let range = document.sentences[sentence]
        guard range.contains(where: { document.has(.claimNoun, $0) }) else { return nil }
        var person: Int? = nil
        for mention in mentions[sentence] where mention.kind == .name && !insideQuotation[mention.tokens.lowerBound] {
            guard let id = mentionEntity[mention.tokens.lowerBound], isPerson(id) else { continue }
            if let person, person != id { return nil }
            person = id
        }
        return person
    }

    /// The gender of "rimasto/rimasta", "stato/stata", "apparso/apparsa" among the words before
    /// token `limit`.
    private func participleGender(before limit: Int) -> Character? {
        let sentenceStart = document.sentenceRange(containing: limit).lowerBound
        for index in stride(from: limit - 1, through: max(sentenceStart, limit - 4), by: -1) {
            let form = document.form(index)
            guard ["rimasto", "rimasta", "stato", "stata", "apparso", "apparsa", "sembrato", "sembrata", "mostrato", "mostrata"]
                .contains(form)
            else { continue }
            return form.hasSuffix("a") ? "f" : "m"
        }
        return nil
    }

    /// Whether an entity is a person: a role, or a name with a gender or a role in apposition.
    func isPerson(_ entity: Int) -> Bool {
        let known = registry.entities[entity]
        return known.kind == .role || (known.kind == .name && (known.gender != nil || known.isPerson))
    }

    /// Whether `sentence` is the first of its paragraph.
    func opensParagraph(_ sentence: Int) -> Bool {
        sentence == 0 || document.paragraphOf[sentence - 1] != document.paragraphOf[sentence]
    }

    /// The first sentence of paragraph `paragraph`, searching back from `sentence`.
    private func firstSentence(ofParagraph paragraph: Int, before sentence: Int) -> Int? {
        var index = sentence - 1
        var first: Int? = nil
        while index >= 0, document.paragraphOf[index] >= paragraph {
            if document.paragraphOf[index] == paragraph { first = index }
            index -= 1
        }
        return first
    }

    /// Who speaks in a dialogue turn: the source of the claimed quotation that opens paragraph
    /// `paragraph`; nil when the paragraph does not open with one.
    private func turnOwner(ofParagraph paragraph: Int, before sentence: Int) -> Int? {
        guard paragraph >= 0, let first = firstSentence(ofParagraph: paragraph, before: sentence) else { return nil }
        let start = document.sentences[first].lowerBound
        for found in claims.reversed() {
            if found.sentence < first { break }
            if let quotation = found.quotation, pairs[quotation].open == start { return found.entity }
        }
        return nil
    }

    /// ``RuleID/interviewAnswer``: a paragraph that is one quotation with no cue, after a paragraph
    /// that ends with the interviewer's question (no quotation marks in it): the interviewee —
    /// who answered before, or the person the article is about.
    private mutating func applyInterviewAnswer(_ quotation: Int, content: TextSpan, open: Int, sentence: Int) -> Bool {
        guard open == document.sentences[sentence].lowerBound, opensParagraph(sentence), sentence > 0,
            let close = pairs[quotation].close, isParagraphEnd(close)
        else { return false }
        let question = document.sentences[sentence - 1]
        guard let last = question.last, document.tokens[last].text == "?",
            !(question.lowerBound...last).contains(where: {
                document.tokens[$0].kind == .punctuation && ["«", "»", "“", "”", "„", "‹", "›", "\""].contains(document.tokens[$0].text)
            })
        else { return false }
        // The interviewee who answered the last question, within the last dozen sentences.
        let previousAnswer = claims.reversed().prefix(while: { sentence - $0.sentence <= 12 }).first {
            $0.claim.rule == RuleID.interviewAnswer.rawValue
        }?.entity
        guard let entity = previousAnswer ?? resolveDroppedSubject(for: nil, before: sentence, within: 12) else { return false }
        add(kind: .direct, speaker: nil, entity: entity, cue: nil, content: content, rule: .interviewAnswer, confidence: 0.6,
            sentence: sentence, quotation: quotation)
        return true
    }

    /// Whether token `index` ends its paragraph (only final punctuation after it).
    private func isParagraphEnd(_ index: Int) -> Bool {
        let sentence = document.sentenceOf[index]
        var next = index + 1
        while next < document.tokens.count, document.sentenceOf[next] == sentence, document.tokens[next].kind == .punctuation {
            next += 1
        }
        if next >= document.tokens.count { return true }
        let nextSentence = document.sentenceOf[next]
        return nextSentence != sentence && document.paragraphOf[nextSentence] != document.paragraphOf[sentence]
    }

    /// The last person named before token `limit` in the sentence (outside quotations, not after
    /// a preposition) that agrees with the cue: the subject of a sentence the splitter did not end
    /// before the quotation ("… la cantautrice Giulia Serafini tornerà sul palco. «…», ha raccontato").
    func personNamed(before limit: Int, in sentence: Int, agreeingWith cue: CueGroup) -> Int? {
        if cue.plural == true { return nil }
        // The few mentions nearest before the limit (a sentence the splitter left huge stays cheap).
        let found = mentions[sentence]
        var low = 0
        var high = found.count
        while low < high {
            let middle = (low + high) / 2
            if found[middle].tokens.upperBound < limit { low = middle + 1 } else { high = middle }
        }
        for mention in found[max(0, low - 8)..<low].reversed() where mention.kind == .name {
            guard mention.gender != nil, !insideQuotation[mention.tokens.lowerBound], !isAfterPreposition(mention) else { continue }
            if let gender = cue.gender, let known = mention.gender, gender != known { continue }
            return entity(of: mention)
        }
        return nil
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
        while position >= range.lowerBound, document.has(.clitic, position) || document.form(position) == "non" {
            position -= 1
        }
        guard position >= range.lowerBound, document.isWord(position), !document.isCapitalized(position) || position == range.lowerBound
        else { return false }
        // A conjunction or adverb before the verb is no subject: "… e ha promesso di …".
        let before = document.form(position)
        if Self.clauseOpeners.contains(before) || CueFinder.interveningAdverbs.contains(before) || CueFinder.determiners.contains(before) {
            return false
        }
        // "Ai giornalisti che lo attendevano all'uscita ha detto": a fused preposition right before
        // the word makes it a complement; what stands before that complement is checked instead.
        if position - 1 > range.lowerBound, document.has(.fusedPreposition, position - 1), document.isWord(position - 2),
            !document.isCapitalized(position - 2)
        {
            position -= 2
        }
        // "Alle scolaresche che la invitavano ripeteva": after "che" and a clitic the word is the
        // relative clause's verb, not a noun.
        if position - 2 >= range.lowerBound, document.has(.clitic, position - 1), document.form(position - 2) == "che" { return false }
        // A lower-case noun right before the verb, with a determiner before it within 3 words.
        for back in 1...3 where position - back >= range.lowerBound {
            if document.has(.determiner, position - back) {
                return !mentions[sentence].contains { $0.tokens.contains(position) }
            }
        }
        return false
    }

    /// Scare quote, title or unattributed speech, for quotations no rule claimed: the role the
    /// words around the quotation decide (``decisiveRole(_:)``), else the one its own words
    /// suggest (``shapeRole(_:)``).
    func classifyRole(_ quotation: Int) -> QuotationRole {
        decisiveRole(quotation) ?? shapeRole(quotation)
    }

    /// The role a quotation's own words suggest: capitalised words make a title («La Dolce
    /// Vita»), four words or fewer a term, more a statement.
    func shapeRole(_ quotation: Int) -> QuotationRole {
        let pair = pairs[quotation]
        guard let close = pair.close else { return .scare }
        // The words inside the marks, counted (with their capitals and the first one) in one pass:
        // an array of their indices, grown word by word, cost an allocation or more per quotation.
        var wordCount = 0
        var firstWord: Int? = nil
        var capitals = 0
        for index in (pair.open + 1)..<max(pair.open + 1, close) where document.isWord(index) {
            if firstWord == nil { firstWord = index }
            wordCount += 1
            if document.isCapitalized(index) { capitals += 1 }
        }
        // An article opening a quotation of three words or more is capitalised as every sentence
        // opener is: it is not counted, so that «L'Europa è unita» is speech with one name in it,
        // while «La Dolce Vita» and «Il Resto del Carlino» stay titles («la Repubblica» too).
        var counted = wordCount
        if let first = firstWord, wordCount >= 3, document.has(.article, first), document.isCapitalized(first) {
            capitals -= 1
            counted -= 1
        }
        if let first = firstWord, document.isCapitalized(first), wordCount <= 6, capitals >= 2, capitals * 2 >= counted {
            return .title
        }
        if wordCount <= 4 {
            return .scare
        }
        return .speech
    }
}
