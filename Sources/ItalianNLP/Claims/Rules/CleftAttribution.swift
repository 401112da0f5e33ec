/// ``RuleID/cleftAttribution``: "A dirlo è il presidente dell'Autorità di bacino, Salvatore Lo
/// Cascio", "A confermarlo sono i carabinieri", "È quanto ha dichiarato il direttore dell'Arpa":
/// a sentence that puts the source of the sentence before it in focus. The claim is that previous
/// sentence; the cue is the infinitive with its clitic ("A dirlo") or the verb after "quanto".
extension AttributionContext {
    /// The copula forms that follow "A dirlo".
    static let cleftCopulas: Set<String> = ["è", "sono", "era", "erano", "sarà", "saranno", "fu", "furono"]

    mutating func applyCleftAttribution(in sentence: Int) {
        let range = document.sentences[sentence]
        let first = range.lowerBound
        guard sentence > 0, range.count >= 4 else { return }
        let cueSpan: TextSpan
        var cue: CueGroup? = nil
        var subjectStart: Int
        // Two bits rule out nearly every sentence before any string is compared.
        if document.has(.barePreposition, first), document.has(.cueForm, first + 1), document.form(first) == "a",
            ReportingVerbLexicon.shared.cueForms(document.form(first + 1)).contains(where: {
                $0.verbForm.mood == .infinitive && $0.enclitic == "lo"
            })
        {
            // "A dirlo è …", "A dirlo è stato …".
            var copula = first + 2
            guard Self.cleftCopulas.contains(document.form(copula)) else { return }
            if document.has(.essereParticiple, copula + 1) { copula += 1 }
            cueSpan = document.span(first, first + 1)
            subjectStart = copula + 1
        } else if document.has(.auxiliary, first), document.has(.complementizer, first + 1), document.form(first) == "è",
            document.form(first + 1) == "quanto",
            let found = cues[sentence].first(where: { $0.tokens.lowerBound == first + 2 })
        {
            // "È quanto ha dichiarato il direttore".
            cue = found
            cueSpan = document.span(found.tokens.lowerBound, found.tokens.upperBound)
            subjectStart = found.tokens.upperBound + 1
            usedCueVerbs.insert(found.verb)
        } else {
            return
        }
        // "È quanto ha annunciato ieri l'assessore": an adverb or two before the subject.
        while subjectStart < range.upperBound, subjectStart - first <= 8, document.has(.interveningAdverb, subjectStart) { subjectStart += 1 }
        guard var speaker = mentions[sentence].first(where: { $0.tokens.lowerBound == subjectStart || $0.tokens.lowerBound == subjectStart + 1 }),
            speaker.tokens.lowerBound == subjectStart || document.has(.definiteArticle, subjectStart)
        else { return }
        // "il presidente dell'Autorità di bacino, Salvatore Lo Cascio": the name in apposition.
        if speaker.kind == .role || speaker.kind == .group,
            let name = mentions[sentence].first(where: { $0.kind == .name && Self.isApposition(speaker, $0, in: document) })
        {
            speaker = name
        }
        let previous = document.sentences[sentence - 1]
        guard !document.isHeading(sentence - 1), let content = clauseSpan(previous.lowerBound, previous.upperBound - 1),
            !hasClaim(in: sentence - 1, overlapping: content)
        else { return }
        add(kind: kindFor(content), speaker: speaker, entity: sourceEntity(of: speaker, cue: cue, sentence: sentence), cue: cue,
            cueSpan: cueSpan, content: content, rule: .cleftAttribution, confidence: 0.7, sentence: sentence)
    }
}
