/// The participle-agent rule: "la nuova circolare, firmata dalla dirigente Giovanna Sala,", "lo
/// sciopero, proclamato da Filt Cgil e Uiltrasporti,": the agent of a bare past participle did
/// what the sentence reports, as the agent of a full passive ("è stata decisa da …") does, so it
/// is a candidate for the roles, organisation nouns and dropped subjects that follow ("La preside
/// difende la scelta"), not a complement like "a Parma" or "da Bruxelles".
extension AttributionContext {
    /// Endings of past participles (regular ones, and the -sso, -tto forms of "promosso",
    /// "scritto", "diretto").
    static let participleEndings: [String] = [
        "ato", "ata", "ati", "ate", "ito", "ita", "iti", "ite", "uto", "uta", "uti", "ute", "sso", "ssa", "ssi", "sse", "tto",
        "tta", "tti", "tte",
    ]

    /// Whether `mention` is the agent of the past participle right before its "da" (fused or
    /// not): a person, an organisation, or a name the document never writes as a place.
    func isParticipleAgent(_ mention: SpeakerMention) -> Bool {
        let start = mention.tokens.lowerBound
        let preposition = document.has(.originPreposition, start) ? start : start - 1
        guard preposition >= 1, preposition == start || document.has(.originPreposition, preposition),
            document.sentenceOf[preposition - 1] == document.sentenceOf[start]
        else { return false }
        let participle = preposition - 1
        guard document.isWord(participle), !document.isCapitalized(participle), !document.has(.auxiliary, participle) else {
            return false
        }
        let form = document.form(participle)
        guard form.utf8.count >= 5, Self.participleEndings.contains(where: { form.hasSuffix($0) }) else { return false }
        return mention.kind != .name || mention.hasGivenName || mention.gender != nil || mention.isOrganisation || !isPlace(mention)
    }
}
