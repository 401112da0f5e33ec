/// The short-form rule: once a document names an organisation in full by its head and a proper
/// name — "la Federazione italiana nuoto", "la Regione Marche", "l'Agenzia Dogane" — the head
/// alone ("la Federazione", "la Regione") is that organisation named short, and a "per" or "su"
/// complement after it belongs to the sentence, not to a longer name: "un'app usata dalla
/// Federazione per le comunicazioni" is the federation's app for messages, not a "Federazione per
/// le comunicazioni" that a later "Secondo la Federazione" would then name. Names that open with
/// the head and such a complement ("l'Agenzia per la coesione territoriale") are still read where
/// the document does not name that head otherwise.
extension SpeakerMentionFinder {
    /// Whether the capitalised token at `index`, right before a capitalised word of no given name
    /// or an adjective, opens a proper name after an organisation's head ("Regione Marche",
    /// "Federazione italiana"): what ``headsNamedInFull`` records.
    static func opensNameInFull(_ index: Int, in document: ClaimDocument, range: Range<Int>, isGivenName: (Int) -> Bool) -> Bool {
        guard document.has(.organisationHead, index) || document.has(.roleFirstWord, index),
            SpeakerLexicons.shared.roles[document.form(index)]?.kind == "group" || document.has(.organisationHead, index),
            index + 1 < range.upperBound, document.isWord(index + 1)
        else { return false }
        if document.isCapitalized(index + 1) { return !isGivenName(index + 1) }
        return document.has(.roleAdjective, index + 1) || document.has(.geographicAdjective, index + 1)
    }

    /// Whether the head at `index`, standing alone before token `index + 1`, is the short form of
    /// an organisation the document names in full, before a "per" or "su" complement.
    func isShortFormBeforeComplement(_ index: Int, in range: Range<Int>) -> Bool {
        guard index + 1 < range.upperBound, headsNamedInFull.contains(document.tokens[index].text) else { return false }
        let next = document.form(index + 1)
        return next == "per" || Self.topicPrepositions.contains(next)
    }
}
