/// The hedged-rumour rule: "Secondo indiscrezioni raccolte a Pieve, …", "Secondo voci di
/// corridoio, …", "Stando a indiscrezioni di stampa, …", "Secondo voci che circolano in municipio,
/// …", "Secondo voci non confermate, …" — a rumour, whatever words describe where it was heard,
/// names nobody: the claim is hedged and its source is null, as for a plain "Secondo
/// indiscrezioni, …". Only a medium or a body named by a genitive or an agent inside the phrase
/// ("indiscrezioni del Corriere Adriatico", "voci riportate da Repubblica") is the source; a place
/// after "a" or "in" ("raccolte a Castel Volturno", "in Comune") is not.
///
/// Without it the rumour noun became the source ("voci", "indiscrezioni di stampa", "voci che
/// circolano in municipio"), and the modifier opened the content ("raccolte in banchina, la nave …").
extension AttributionContext {
    /// Nouns that name a rumour (``hedgedSources`` without the anonymous sources, which still
    /// name who speaks: "fonti del ministero").
    static let rumourNouns: Set<String> = [
        "indiscrezioni", "indiscrezione", "voci", "voce", "rumors", "rumor", "retroscena", "spifferi",
    ]

    /// At most this many tokens describe a rumour between its noun and the comma that closes it.
    static let rumourModifierMaximumTokens = 8

    /// Prepositions after which a name inside a rumour's phrase is who spread it: a genitive or an
    /// agent ("del Corriere", "da Bloomberg").
    static let rumourAuthorPrepositions: Set<String> = originPrepositions.union([
        "di", "del", "dello", "della", "dell'", "dei", "degli", "delle",
    ])

    /// A rumour phrase opened by `speaker`'s noun: the phrase up to the comma (or the end of the
    /// sentence) that closes it, and the medium named inside it, if any. Nil when `speaker` is no
    /// rumour noun.
    func hedgedRumour(of speaker: SpeakerMention, in sentence: Int) -> (phrase: SpeakerMention, author: SpeakerMention?)? {
        guard speaker.kind != .name, speaker.kind != .pronoun, Self.rumourNouns.contains(document.form(speaker.core.lowerBound)) else {
            return nil
        }
        let range = document.sentences[sentence]
        let noun = speaker.core.lowerBound
        // The modifier runs to the first punctuation; a longer run is the attributed clause, and
        // the phrase is the mention alone.
        var end = speaker.tokens.upperBound
        if let close = ((noun + 1)..<min(range.upperBound, noun + 2 + Self.rumourModifierMaximumTokens)).first(where: {
            document.tokens[$0].kind == .punctuation && !document.tokens[$0].text.hasSuffix("'")
        }), close - 1 >= end, document.isPunctuation(close, ",") || close == range.upperBound - 1 {
            end = close - 1
        }
        var author = mentions[sentence].first { mention in
            mention.tokens.lowerBound > noun && mention.tokens.upperBound <= end && (mention.kind == .name || mention.kind == .group)
                && Self.rumourAuthorPrepositions.contains(document.form(mention.core.lowerBound - 1))
        }
        // The mention finder may have taken the medium into the rumour's own phrase
        // ("indiscrezioni del Corriere Adriatico"): the capitalised run after the preposition.
        if author == nil, let preposition = ((noun + 1)...max(noun + 1, end)).first(where: {
            $0 < end && Self.rumourAuthorPrepositions.contains(document.form($0)) && document.isWord($0 + 1) && document.isCapitalized($0 + 1)
        }) {
            var last = preposition + 1
            while last + 1 <= end, document.isWord(last + 1), document.isCapitalized(last + 1) { last += 1 }
            author = SpeakerMention(
                tokens: (preposition + 1)...last, core: (preposition + 1)...last, kind: .name, gender: nil, plural: false,
                name: document.text(preposition + 1, last), hasGivenName: false)
        }
        var phrase = speaker
        phrase.tokens = speaker.tokens.lowerBound...end
        phrase.core = speaker.core.lowerBound...end
        phrase.name = document.text(speaker.core.lowerBound, end)
        phrase.isBare = false
        return (phrase, author)
    }

    /// The rumour's own claim when the clause after it has a cue that gave no claim ("Secondo voci
    /// di corridoio, la Regione starebbe valutando la stessa scelta", "…, l'azienda sarebbe stata
    /// avvertita del guasto"): an according-to claim with no source, hedged. A cue that gave a
    /// claim keeps it ("Secondo indiscrezioni, il ministro avrebbe detto che …" is the minister's
    /// hedged claim).
    mutating func applyRumourFallback(in sentence: Int) {
        guard let rumour = pendingRumours[sentence], claimContentsBySentence[sentence]?.isEmpty ?? true,
            let content = accordingContent(phraseStart: rumour.cue, speakerEnd: rumour.end, in: document.sentences[sentence])
        else { return }
        add(kind: .according, speaker: nil, entity: nil, cue: nil, cueSpan: document.span(rumour.cue, rumour.cue), content: content,
            rule: .accordingTo, confidence: 0.7, sentence: sentence, hedged: true)
    }
}
