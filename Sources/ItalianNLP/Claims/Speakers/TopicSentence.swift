/// The topic-sentence rule: "Più ottimista la Banca d'Italia. Nel suo bollettino, via Nazionale
/// prevede che …", "Più freddo il presidente, Sandro Vitale, raggiunto al telefono." — a short
/// sentence without a verb of its own that opens with an adjective (or "più", "meno" and one) and
/// names one speaker after a definite article announces who speaks next. The next sentence's
/// dropped (or unrecognised) subject is that speaker, before anyone who spoke earlier.
extension AttributionContext {
    static let topicOpeners: Set<String> = ["più", "meno", "molto", "ancora", "assai", "decisamente", "ben"]

    /// The entity a topic sentence announces, or nil when `sentence` is none.
    func topicEntity(of sentence: Int) -> Int? {
        guard sentence >= 0, sentence < document.sentences.count, cues[sentence].isEmpty, outermostBySentence[sentence].isEmpty
        else { return nil }
        let range = document.sentences[sentence]
        guard range.count <= 16, !document.isHeading(sentence),
            !range.contains(where: { document.has(.auxiliary, $0) || document.has(.cueForm, $0) })
        else { return nil }
        var index = range.lowerBound
        if Self.topicOpeners.contains(document.form(index)) { index += 1 }
        guard index < range.upperBound, document.isWord(index), document.has(.adjectiveLike, index) else { return nil }
        index += 1
        // The speaker right after its article ("la Banca d'Italia", "il presidente, Sandro Vitale").
        guard index < range.upperBound, document.has(.definiteArticle, index),
            let mention = mentions[sentence].first(where: { $0.tokens.lowerBound == index || $0.tokens.lowerBound == index + 1 }),
            mention.kind == .name || mention.kind == .role || mention.kind == .group
        else { return nil }
        if mention.kind != .name,
            let name = mentions[sentence].first(where: { $0.kind == .name && Self.isApposition(mention, $0, in: document) })
        {
            return entity(of: name)
        }
        return entity(of: mention)
    }
}
