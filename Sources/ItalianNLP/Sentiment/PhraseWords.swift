/// The syntactic words of a lexicon phrase, split the way the tokenizer splits running text so
/// that phrases and text compare word by word: spaces separate words, an elided word keeps its
/// apostrophe and stands apart ("tutt'altro" → tutt' altro), and articulated prepositions are
/// expanded ("orientato alla missione" → orientato a la missione).
enum PhraseWords {
    static func of(_ phrase: String) -> [String] {
        var words: [String] = []
        for piece in phrase.split(separator: " ") {
            var pieces: [String] = []
            var current = ""
            for character in piece {
                current.append(character)
                if character == "'" || character == "’" {
                    pieces.append(current)
                    current = ""
                }
            }
            if !current.isEmpty { pieces.append(current) }
            // A final apostrophe of a truncation ("po'") stays with its word.
            for word in pieces {
                let normalized = MatchingForm.of(word, foldingAccents: false)
                if let expansion = MultiwordExpansion.expand(normalized), expansion.count > 1, MultiwordExpansion.articulated[normalized] != nil {
                    words += expansion.map { MatchingForm.of($0, foldingAccents: false) }
                } else {
                    words.append(normalized)
                }
            }
        }
        return words
    }
}
