public extension CoNLLUDocument {
    /// The raw text our evaluation feeds to the tokenizer: the sentences' `# text` values joined
    /// by single spaces.
    ///
    /// A sentence without a `# text` comment is rebuilt from its token forms, with a space after
    /// every token whose `spaceAfter` is true (trailing space dropped).
    var rawText: String {
        sentences.map { sentence in
            if let text = sentence.text { return text }
            var rebuilt = ""
            for token in sentence.tokens {
                rebuilt += token.form
                if token.spaceAfter { rebuilt += " " }
            }
            while rebuilt.last == " " { rebuilt.removeLast() }
            return rebuilt
        }
        .joined(separator: " ")
    }
}
