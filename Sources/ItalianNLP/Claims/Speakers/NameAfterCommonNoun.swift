/// The common-noun-name rule: "la circolare del liceo scientifico Galvani", "il traghetto Isola
/// di Capraia": a name right after a common noun (with its article and adjectives) is the name of
/// that school or ship — not after a noun for who acts ("la concorrente Novamicro", "la
/// capolista Grifone Umbro") or an epithet of origin ("la milanese Siltek"). It is no subject the next
/// sentences drop, nor the person a later "la preside" or "il tecnico" names back to.
///
/// Roles and group nouns followed by a name ("il ministro Carlo Neri", "il gruppo Termoplast") are
/// one mention already; a full name with a given name after a title is a person ("l'ingegnere
/// Paolo Biagi") and is left alone.
extension AttributionContext {
    func namesCommonNoun(_ mention: SpeakerMention) -> Bool {
        guard mention.kind == .name, !mention.hasGivenName, mention.gender == nil, !mention.isOrganisation,
            mention.tokens.lowerBound == mention.core.lowerBound
        else { return false }
        let start = mention.tokens.lowerBound
        let sentenceStart = document.sentenceRange(containing: start).lowerBound
        // Up to three lower-case words (the noun and its adjectives), then the article or the
        // preposition that opens the noun phrase.
        var position = start - 1
        // Adjectives of origin alone are an epithet of the name: "la milanese Siltek".
        var noun = false
        while position >= sentenceStart, start - position <= 4 {
            guard document.isWord(position) else { return false }
            if document.has(.article, position) || document.has(.fusedPreposition, position) { return noun }
            if document.isCapitalized(position) { return false }
            if document.has(.cueForm, position) || document.has(.auxiliary, position) || document.has(.clitic, position)
                || document.has(.clauseOpener, position) || document.has(.interveningAdverb, position)
                || document.has(.locativePreposition, position) || document.has(.complementizer, position)
            {
                return false
            }
            // "la concorrente Novamicro", "il gruppo Termoplast": a noun for who acts names the
            // agent, not a thing.
            if document.has(.personNoun, position) || document.has(.roleFirstWord, position)
                || document.has(.anaphoricGroupNoun, position)
            {
                return false
            }
            if !document.has(.geographicAdjective, position) { noun = true }
            position -= 1
        }
        return false
    }
}
