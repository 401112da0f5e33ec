/// The eponymous-place rule: a place or body named after a person — "l'ospedale Vito Fazzi", "il
/// liceo Giulio Cesare", "l'istituto superiore Pietro Novelli", "via Giuseppe Mazzini",
/// "l'associazione Luca Coscioni" — is not that person. The given name after a noun of
/// Lexicons/claims/eponym-nouns.tsv (right after it, or after one or two adjectives) opened a
/// person's name, and the place became a speaker: "Il medico ha spiegato …" after "all'ospedale
/// Vito Fazzi" went to "Vito Fazzi". Like a saint's name (``saintNames(after:in:isGivenName:)``),
/// its given names are no given names; so are those of the same name written elsewhere in the
/// document without its noun ("al Vito Fazzi"), which is the place named again.
///
/// The name must be at least two capitalised words (a given name alone after the noun, "la scuola
/// Maria", is too little to tell), and the words between noun and name adjectives the lexicon
/// lists for such names ("comprensivo", "superiore", "primaria"): "il teatro ospita Mario Rossi"
/// names a person.
extension SpeakerMentionFinder {
    /// The tokens among `givenNameTokens` (capitalised tokens the given-name table knows, in text
    /// order) that open or continue the name of an eponymous place or body in `document`.
    static func eponymousNameTokens(in document: ClaimDocument, givenNameTokens: [Int], lexicons: SpeakerLexicons) -> [Int] {
        var cleared: [Int] = []
        var names = Set<String>()
        var isCleared = Set<Int>()
        for index in givenNameTokens where !isCleared.contains(index) && followsEponymNoun(index, in: document, lexicons: lexicons) {
            let run = capitalisedRun(from: index, in: document)
            guard run.upperBound > index else { continue }
            names.insert(document.tokens[index].text + " " + document.tokens[index + 1].text)
            // (Clearing a word that is no given name changes nothing.)
            for token in run where isCleared.insert(token).inserted { cleared.append(token) }
        }
        guard !names.isEmpty else { return cleared }
        // The same name elsewhere, without its noun: the place named again.
        for index in givenNameTokens where !isCleared.contains(index) && index + 1 < document.tokens.count
            && names.contains(document.tokens[index].text + " " + document.tokens[index + 1].text)
        {
            for token in capitalisedRun(from: index, in: document) where isCleared.insert(token).inserted { cleared.append(token) }
        }
        return cleared
    }

    /// Whether an eponym noun stands right before token `index`, or before one or two of the
    /// lexicon's adjectives before it, in the same sentence.
    private static func followsEponymNoun(_ index: Int, in document: ClaimDocument, lexicons: SpeakerLexicons) -> Bool {
        let sentence = document.sentenceOf[index]
        var position = index - 1
        var adjectives = 0
        while position >= 0, document.sentenceOf[position] == sentence, adjectives <= 2 {
            guard document.isWord(position), !document.isCapitalized(position) else { return false }
            let form = document.form(position)
            if lexicons.eponymNouns.contains(form) { return true }
            guard lexicons.eponymQualifiers.contains(form) else { return false }
            adjectives += 1
            position -= 1
        }
        return false
    }

    /// The capitalised words from token `index` on in its sentence (at most four: a name).
    private static func capitalisedRun(from index: Int, in document: ClaimDocument) -> ClosedRange<Int> {
        let sentence = document.sentenceOf[index]
        var end = index
        while end + 1 < document.tokens.count, end - index < 3, document.sentenceOf[end + 1] == sentence, document.isWord(end + 1),
            document.isCapitalized(end + 1)
        {
            end += 1
        }
        return index...end
    }
}
