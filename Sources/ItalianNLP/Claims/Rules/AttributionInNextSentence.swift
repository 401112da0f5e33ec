/// ``RuleID/attributionInNextSentence``: a quotation that is a sentence of its own and is
/// attributed by the sentence right after it, in the same paragraph — "«…». A parlare è Giovanni
/// Rota", "«…». Così Lorenzo Galli, presidente del consorzio", "«…». È la denuncia di Mauro
/// Pezzotti", "«…». Parole dell'assessore", "«…». Con queste parole la pm Giulia Ferrante ha
/// aperto …", "«…». Lo ha detto ieri la climatologa", "«…». Il ministro lo ha ribadito", "«…».
/// Palazzo Chigi smentisce così le indiscrezioni", and a
/// paragraph-opening quotation followed by a sentence whose subject is a person. News
/// opens paragraphs this way to put the words first; without this rule such a quotation went to
/// whoever spoke before it.
extension AttributionContext {
    /// The demonstratives of "Queste le parole di X", "Questo il commento di X".
    static let nextSentenceDemonstratives: Set<String> = ["questo", "questa", "questi", "queste"]

    /// The marks that may close the quotation's sentence.
    static let nextSentenceFinalMarks: Set<String> = [".", "!", "?", "…", "..."]

    /// The copulas that may open "È la denuncia di X", "Sono le parole di X".
    static let nextSentenceCopulas: Set<String> = ["è", "sono", "era", "erano"]

    /// Tries the rule on an outermost quotation no earlier rule took; true when it took it.
    mutating func applyAttributionInNextSentence(_ quotation: Int, content: TextSpan, open: Int, close: Int, sentence: Int) -> Bool {
        let range = document.sentences[sentence]
        // The quotation is the sentence: nothing before it but a dateline closed by a dash
        // ("ROMA, 14 MAR - «…»."), nothing after it but final punctuation.
        guard open == range.lowerBound || (open > range.lowerBound && Self.isDash(document.tokens[open - 1].text)) else { return false }
        var end = close + 1
        while end < range.upperBound, document.tokens[end].kind == .punctuation, Self.nextSentenceFinalMarks.contains(document.tokens[end].text) {
            end += 1
        }
        guard end == range.upperBound, sentence + 1 < document.sentences.count,
            document.paragraphOf[sentence + 1] == document.paragraphOf[sentence]
        else { return false }
        let next = sentence + 1
        let first = document.sentences[next].lowerBound
        let nextRange = document.sentences[next]
        guard nextRange.count >= 2, !insideQuotation[first] else { return false }
        if let (speaker, cue, cueSpan) = cleftAttribution(in: next) ?? cosiAttribution(in: next) ?? nounAttribution(in: next)
            ?? anaphoricAttribution(in: next) ?? cueThenCosiAttribution(in: next) ?? ledeSubjectAttribution(in: next, after: sentence)
        {
            add(kind: .direct, speaker: speaker, entity: sourceEntity(of: speaker, cue: cue, sentence: next), cue: cue,
                cueSpan: cueSpan, content: content, rule: .attributionInNextSentence, confidence: 0.75, sentence: sentence,
                quotation: quotation)
            return true
        }
        return false
    }

    /// The name in apposition to a role or group mention ("il presidente della Regione, Marco
    /// Parodi"), or the mention itself.
    private func namedInApposition(_ mention: SpeakerMention, in sentence: Int) -> SpeakerMention {
        guard mention.kind == .role || mention.kind == .group,
            let name = mentions[sentence].first(where: { $0.kind == .name && Self.isApposition(mention, $0, in: document) })
        else { return mention }
        return name
    }

    /// "A parlare è X", "A dirlo è stato X": "a", an infinitive of a reporting verb, a copula, the
    /// speaker.
    private func cleftAttribution(in sentence: Int) -> (SpeakerMention, CueGroup?, TextSpan?)? {
        let first = document.sentences[sentence].lowerBound
        guard document.form(first) == "a", document.has(.cueForm, first + 1),
            ReportingVerbLexicon.shared.cueForms(document.form(first + 1)).contains(where: { $0.verbForm.mood == .infinitive })
        else { return nil }
        var copula = first + 2
        guard Self.cleftCopulas.contains(document.form(copula)) else { return nil }
        if document.has(.essereParticiple, copula + 1) { copula += 1 }
        guard let speaker = mentions[sentence].first(where: { $0.tokens.lowerBound == copula + 1 }) else { return nil }
        return (namedInApposition(speaker, in: sentence), nil, document.span(first, copula))
    }

    /// "Così X" with no verb of its own ("Così Lorenzo Galli, presidente del consorzio"): the
    /// sentence names the speaker right after "Così" and quotes nothing itself (else "Così il
    /// sindaco: «…»" introduces the quotation after it).
    private func cosiAttribution(in sentence: Int) -> (SpeakerMention, CueGroup?, TextSpan?)? {
        let first = document.sentences[sentence].lowerBound
        guard document.form(first) == "così", outermostBySentence[sentence].isEmpty, cues[sentence].isEmpty,
            let speaker = mentions[sentence].first(where: { $0.tokens.lowerBound == first + 1 })
        else { return nil }
        return (namedInApposition(speaker, in: sentence), nil, document.span(first, first))
    }

    /// "È la denuncia di X", "Parole dell'assessore X", "Queste le parole di X", "Con queste parole
    /// X ha aperto …": a claim noun that opens the sentence (after a copula, a demonstrative or
    /// "con queste") with the speaker in its "di" complement or, after "con queste parole", as the
    /// subject that follows.
    private func nounAttribution(in sentence: Int) -> (SpeakerMention, CueGroup?, TextSpan?)? {
        let range = document.sentences[sentence]
        var index = range.lowerBound
        var withThese = false
        if document.form(index) == "con", Self.nextSentenceDemonstratives.contains(document.form(index + 1)) {
            withThese = true
            index += 2
        } else {
            // "La replica del ministro non si è fatta attendere" announces someone else's words: an
            // article opens the noun only after a copula or a demonstrative.
            if Self.nextSentenceCopulas.contains(document.form(index)) || Self.nextSentenceDemonstratives.contains(document.form(index)) {
                index += 1
                if document.has(.definiteArticle, index) { index += 1 }
            }
        }
        guard index < range.upperBound, document.has(.claimNoun, index) else { return nil }
        let noun = index
        let cueSpan = document.span(withThese ? range.lowerBound : (document.has(.definiteArticle, noun - 1) ? noun - 1 : noun), noun)
        if withThese {
            // "Con queste parole la pm Giulia Ferrante ha aperto la requisitoria".
            guard let speaker = mentions[sentence].first(where: { $0.tokens.lowerBound == noun + 1 }) else { return nil }
            return (namedInApposition(speaker, in: sentence), nil, cueSpan)
        }
        guard let (found, speaker) = nounCueSpeaker(before: range.upperBound, in: sentence), found == noun else { return nil }
        return (speaker, nil, cueSpan)
    }

    /// "«Riapriremo il ponte entro Natale». Il primo cittadino, Ivo Marchetti, ha scelto il
    /// consiglio comunale per rispondere …": a quotation that opens its paragraph, and a next
    /// sentence whose subject is a person and that quotes nothing itself — the lede that puts
    /// the words before who said them.
    private func ledeSubjectAttribution(in sentence: Int, after quotationSentence: Int) -> (SpeakerMention, CueGroup?, TextSpan?)? {
        guard opensParagraph(quotationSentence), outermostBySentence[sentence].isEmpty, let speaker = mentions[sentence].first,
            speaker.kind != .pronoun, let id = openingSubject(of: sentence), isPerson(id), entity(of: speaker) == id
        else { return nil }
        return (namedInApposition(speaker, in: sentence), nil, nil)
    }

    /// "Lo ha detto ieri la climatologa Serena Valli", "Il ministro Carlo Ventura lo ha ribadito":
    /// the clitic "lo" before a reporting verb points back to the quotation.
    private func anaphoricAttribution(in sentence: Int) -> (SpeakerMention, CueGroup?, TextSpan?)? {
        let range = document.sentences[sentence]
        for cue in cues[sentence] where !usedCueVerbs.contains(cue.verb) && !cue.passive {
            let clitic = cue.tokens.lowerBound - 1
            guard clitic >= range.lowerBound, ["lo", "l'"].contains(document.form(clitic)) else { continue }
            if clitic == range.lowerBound {
                guard let speaker = invertedSubject(after: cue, in: sentence) else { return nil }
                return (namedInApposition(speaker, in: sentence), cue, nil)
            }
            // The subject opens the sentence and only the clitic stands between it and the verb.
            guard let speaker = mentions[sentence].first, speaker.tokens.lowerBound - range.lowerBound <= 1,
                speaker.tokens.upperBound == clitic - 1 || mentions[sentence].contains(where: {
                    $0.tokens.upperBound == clitic - 1 && Self.isApposition(speaker, $0, in: document)
                })
            else { return nil }
            return (namedInApposition(speaker, in: sentence), cue, nil)
        }
        return nil
    }

    /// "Palazzo Chigi smentisce così le indiscrezioni", "Il ministro ha commentato così la
    /// sentenza": "così" right after a reporting verb points back to the quotation; the verb's
    /// subject (before it, or right after "così") is the speaker.
    private func cueThenCosiAttribution(in sentence: Int) -> (SpeakerMention, CueGroup?, TextSpan?)? {
        let range = document.sentences[sentence]
        for cue in cues[sentence] where !usedCueVerbs.contains(cue.verb) && !cue.passive {
            let after = cue.tokens.upperBound + 1
            guard after < range.upperBound, document.form(after) == "così" else { continue }
            if let subject = subjectMention(before: cue.tokens.lowerBound, in: sentence) {
                return (namedInApposition(subject, in: sentence), cue, nil)
            }
            if let subject = mentions[sentence].first(where: { $0.tokens.lowerBound == after + 1 || $0.tokens.lowerBound == after + 2 }),
                !isAfterPreposition(subject)
            {
                return (namedInApposition(subject, in: sentence), cue, nil)
            }
            return nil
        }
        return nil
    }
}
