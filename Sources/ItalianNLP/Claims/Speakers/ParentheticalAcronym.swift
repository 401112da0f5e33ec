/// The parenthetical-acronym rule: "l'Istituto di ricerca sulle acque montane (Iram)", "l'Agenzia
/// regionale per l'ambiente (Arpa)": one word between brackets right after an organisation's name
/// is its short name, which later sentences use alone ("L'Iram sottolinea …"). A person's name is
/// never glossed so.
extension AttributionContext {
    /// The entity of the mention before `found[position]` when the latter is such a short name.
    func parentheticalAcronymOwner(of mention: SpeakerMention, at position: Int, in found: [SpeakerMention]) -> Int? {
        guard position > 0, mention.kind == .name, mention.core.count == 1, !mention.hasGivenName, mention.gender == nil else {
            return nil
        }
        let previous = found[position - 1]
        let open = mention.tokens.lowerBound - 1
        let close = mention.tokens.upperBound + 1
        // (A group noun's gender is the noun's, not a person's.)
        guard previous.kind == .group || (previous.kind == .name && previous.gender == nil), previous.tokens.upperBound == open - 1,
            !previous.hasGivenName, close < document.tokens.count, document.isPunctuation(open, "("), document.isPunctuation(close, ")"),
            let owner = mentionEntity[previous.tokens.lowerBound], !registry.entities[owner].isPerson
        else { return nil }
        return owner
    }
}
