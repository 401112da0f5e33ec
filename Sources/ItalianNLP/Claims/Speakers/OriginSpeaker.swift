/// Who speaks when the reporting verb has no subject but an origin: "Fanno sapere dal Pd che …",
/// "Filtra da Palazzo Chigi che …", "Dal Mef, invece, fanno sapere che …", "In serata, da via
/// Bellerio, trapela che …", "…, avvertono dal comitato, …". Italian political and institutional
/// news names a party, an office or a building this way instead of a person; the complement with
/// "da" is the source.
///
/// Only a plural verb without a subject ("fanno sapere", "spiegano", "assicurano") or a verb of
/// leaking ("trapela", "filtra") takes an origin: "ha parlato dal palco" does not.
extension AttributionContext {
    static let originPrepositions: Set<String> = ["da", "dal", "dallo", "dalla", "dall'", "dai", "dagli", "dalle"]

    /// Nouns of a street or a building before a capitalised name ("via Bellerio", "piazza del Gesù"):
    /// the place stands for whoever works there.
    static let placeNouns: Set<String> = ["via", "piazza", "palazzo", "largo", "corso", "viale"]

    /// Whether `cue` may have an origin instead of a subject.
    static func mayHaveOrigin(_ cue: CueGroup) -> Bool {
        !cue.passive && (cue.plural == true || cue.leak)
    }

    /// The origin right after the cue (adverbs skipped): "fanno sapere dal Pd", "filtra da Palazzo Chigi".
    func originMention(after cue: CueGroup, in sentence: Int) -> SpeakerMention? {
        guard Self.mayHaveOrigin(cue) else { return nil }
        let range = document.sentences[sentence]
        var position = cue.tokens.upperBound + 1
        while position < range.upperBound, position - cue.tokens.upperBound <= 2, document.has(.interveningAdverb, position) {
            position += 1
        }
        return origin(startingAt: position, in: sentence)
    }

    /// The origin that opens the cue's clause, before it: "Dal Mef, invece, fanno sapere", "In
    /// serata, da via Bellerio, trapela".
    func originMention(before cue: CueGroup, in sentence: Int) -> SpeakerMention? {
        guard Self.mayHaveOrigin(cue) else { return nil }
        let range = document.sentences[sentence]
        var end = cue.tokens.lowerBound - 1
        while end > range.lowerBound, document.has(.clitic, end) || document.form(end) == "non" { end -= 1 }
        guard end > range.lowerBound else { return nil }
        if document.form(end) == "," {
            if let found = origin(endingAt: end - 1, in: sentence) { return found }
            // An incise between the origin and the cue: "Dal Mef, invece, fanno sapere".
            guard let comma = (max(range.lowerBound, end - 4)..<end).last(where: { document.form($0) == "," }),
                (comma + 1..<end).allSatisfy({ document.isWord($0) })
            else { return nil }
            return origin(endingAt: comma - 1, in: sentence)
        }
        return origin(endingAt: end, in: sentence)
    }

    /// An origin complement whose preposition is token `position`.
    private func origin(startingAt position: Int, in sentence: Int) -> SpeakerMention? {
        guard document.has(.originPreposition, position) else { return nil }
        let found = mentions[sentence].first {
            ($0.tokens.lowerBound == position || $0.tokens.lowerBound == position + 1 || $0.tokens.lowerBound == position + 2)
                && $0.kind != .pronoun && !insideQuotation[$0.tokens.lowerBound]
        }
        guard let found else { return nil }
        // Only a place noun may stand between the preposition and the mention.
        let start = found.tokens.lowerBound
        if start == position + 2, !document.has(.placeNoun, position + 1) { return nil }
        return withPlaceNoun(found)
    }

    /// An origin complement that ends at token `end` and opens its clause.
    private func origin(endingAt end: Int, in sentence: Int) -> SpeakerMention? {
        let range = document.sentences[sentence]
        guard let found = mentions[sentence].last(where: { $0.tokens.upperBound == end }), found.kind != .pronoun,
            !insideQuotation[found.tokens.lowerBound]
        else { return nil }
        var preposition = found.tokens.lowerBound
        if !document.has(.originPreposition, preposition) {
            preposition -= 1
            if document.has(.placeNoun, preposition) { preposition -= 1 }
        }
        guard preposition >= range.lowerBound, document.has(.originPreposition, preposition) else { return nil }
        let before = preposition - 1
        guard before < range.lowerBound || document.tokens[before].kind == .punctuation || document.has(.clauseOpener, before) else {
            return nil
        }
        return withPlaceNoun(found)
    }

    /// "via Bellerio" rather than "Bellerio": the place noun belongs to the source's name.
    private func withPlaceNoun(_ mention: SpeakerMention) -> SpeakerMention {
        let before = mention.core.lowerBound - 1
        guard mention.kind == .name, before >= 0, document.has(.placeNoun, before), !document.isCapitalized(before) else {
            return mention
        }
        var extended = mention
        extended.core = before...mention.core.upperBound
        extended.tokens = min(before, mention.tokens.lowerBound)...mention.tokens.upperBound
        extended.name = document.text(before, mention.core.upperBound)
        extended.isOrganisation = true
        return extended
    }

    /// The source of an origin mention: its entity, or a new one for a place named with its noun.
    mutating func originEntity(of mention: SpeakerMention, cue: CueGroup, sentence: Int) -> Int? {
        let entity = document.has(.placeNoun, mention.core.lowerBound)
            ? registry.register(mention, headWord: nil) : sourceEntity(of: mention, cue: cue, sentence: sentence)
        // "Dal Genio civile fanno sapere …": the plural verbs that follow ("aggiungono") go on
        // speaking for the origin.
        if let entity, cue.plural == true { lastPluralOrigin = Recent(entity: entity, sentence: sentence) }
        return entity
    }
}
