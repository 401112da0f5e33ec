/// A verb that reports a noun object only with some nouns (Lexicons/claims/noun-object-restricted.tsv):
/// "il sindacato minaccia lo stato di agitazione", "ha ammesso le proprie responsabilità" — the
/// claim as a noun object of "annunciare" or "chiedere" is, written with an article. With another
/// object these verbs threaten someone or let something in ("ha minacciato il vicino", "ammette i
/// candidati"), so the nouns are listed. Without the rule these claims were missed (``bareNounObjectStart(at:lemma:in:)`` takes the
/// same verbs only without an article: "ha minacciato dimissioni").
extension AttributionContext {
    /// Each lemma's nouns, every noun as its words.
    static let restrictedNounObjects: [String: [[String]]] = {
        var table: [String: [[String]]] = [:]
        for row in TSVTable.embedded("claims/noun-object-restricted.tsv").rows {
            let words = row.column(1).split(separator: " ").map(String.init)
            guard !words.isEmpty else { continue }
            table[String(row.column(0)), default: []].append(words)
        }
        return table
    }()

    /// Possessives that may stand between the article and the noun: "le sue dimissioni", "le
    /// proprie responsabilità".
    static let restrictedObjectPossessives: Set<String> = [
        "suo", "sua", "suoi", "sue", "loro", "proprio", "propria", "propri", "proprie", "nostro", "nostra", "nostri", "nostre",
    ]

    /// Whether `lemma` reports a noun object only with the nouns of its list.
    static func hasRestrictedNounObjects(_ lemma: String) -> Bool {
        restrictedNounObjects[lemma] != nil
    }

    /// Where the noun object starts — its article at token `index`, right after the cue of `lemma`
    /// (adverbs already skipped) — when the noun is one of the lemma's; else nil.
    func restrictedNounObjectStart(at index: Int, lemma: String, in range: Range<Int>) -> Int? {
        guard let nouns = Self.restrictedNounObjects[lemma], index + 1 < range.upperBound, document.has(.article, index),
            !isInsideQuotation(index)
        else { return nil }
        var noun = index + 1
        if Self.restrictedObjectPossessives.contains(document.form(noun)) { noun += 1 }
        for words in nouns where noun + words.count <= range.upperBound {
            if words.indices.allSatisfy({ document.form(noun + $0) == words[$0] }) { return index }
        }
        return nil
    }
}
