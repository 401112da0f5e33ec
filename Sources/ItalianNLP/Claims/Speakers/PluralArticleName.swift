/// The plural-article rule: a capitalised name written after a plural article or a preposition
/// fused with one ("le Fiamme Oro", "dei Verdi", "agli Stati Uniti", "per i Carabinieri del Nas")
/// names a group — a body, a team, a party, a country — never one person: Italian puts no plural
/// article before a person's name. So a bare role ("il tecnico", "la presidente") that finds no
/// person of its own does not fall back on it as on a person of unknown gender (``EntityRegistry/
/// Entity/namedWithPluralArticle``).
extension AttributionContext {
    /// The plural articles, bare and fused with a preposition.
    static let pluralArticles: Set<String> = [
        "i", "gli", "le", "dei", "degli", "delle", "ai", "agli", "alle", "dai", "dagli", "dalle", "nei", "negli", "nelle",
        "sui", "sugli", "sulle", "coi", "cogli", "colle",
    ]

    /// Whether the name mention stands right after a plural article.
    func isNamedWithPluralArticle(_ mention: SpeakerMention) -> Bool {
        guard mention.kind == .name, !mention.hasGivenName else { return false }
        let start = mention.core.lowerBound
        guard start > 0, document.isCapitalized(start), document.sentenceOf[start - 1] == document.sentenceOf[start],
            document.isWord(start - 1)
        else { return false }
        return Self.pluralArticles.contains(document.form(start - 1))
    }
}
