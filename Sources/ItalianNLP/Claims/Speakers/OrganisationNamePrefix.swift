/// The name-prefix rule: an organisation is named again by the first words of its full name, or
/// its full name follows a shorter form — "l'Ufficio scolastico regionale per la Lombardia" …
/// "secondo l'Ufficio scolastico"; "la Soprintendenza archeologia, belle arti e paesaggio per le
/// province di Caserta e Benevento" … "la Soprintendenza archeologia, belle arti e paesaggio".
/// The first-word rule (``EntityRegistry``) joins a single word to the name it opens; this one
/// joins a name of two words or more when its words are the first words of the other, so that
/// the source is the full name and not the shortened one.
///
/// Only names without a given name, for an organisation (no person; a name, or a group noun with
/// its words: "l'Istituto zooprofilattico" … "l'Istituto zooprofilattico sperimentale delle
/// Venezie"): "Mario Rossi" does not join "Mario Rossi Costruzioni" by this rule.
extension EntityRegistry {
    /// Whether `mention` can name an organisation by this rule, and be named again by it.
    static func namesOrganisationByWords(_ mention: SpeakerMention, wordCount: Int) -> Bool {
        wordCount >= 2 && !mention.hasGivenName
            && ((mention.kind == .name && mention.gender == nil) || (mention.kind == .group && !mention.isBare && !mention.plural))
    }

    /// The organisation whose name opens with the words of `words` (or whose name they open with),
    /// named last with the same first word, or nil.
    func organisationSharingOpeningWords(_ words: LowercasedName, of mention: SpeakerMention) -> Int? {
        guard Self.namesOrganisationByWords(mention, wordCount: words.wordCount), let first = words.first,
            let existing = organisationsByFirstWord[first], entities[existing].kind == mention.kind, !entities[existing].isPerson
        else { return nil }
        let known = LowercasedName(entities[existing].canonical).full
        let (shorter, longer) = known.utf8.count < words.full.utf8.count ? (known, words.full) : (words.full, known)
        guard shorter.utf8.count < longer.utf8.count, longer.utf8.starts(with: shorter.utf8) else { return nil }
        // Whole words only: "ufficio scolastico" opens "ufficio scolastico regionale", not "ufficio scolasticoregionale".
        let boundary = longer.utf8[longer.utf8.index(longer.utf8.startIndex, offsetBy: shorter.utf8.count)]
        return boundary == 0x20 || boundary == 0x2C ? existing : nil
    }
}
