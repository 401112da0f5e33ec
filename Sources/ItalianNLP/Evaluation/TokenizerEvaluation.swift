extension UDEvaluation {
    /// Tokenises the gold file's raw text (its `# text` lines joined by single spaces) and scores
    /// the result with the CoNLL 2018 metric: the protocol behind every figure ItalianNLP reports.
    public static func evaluate(_ tokenizer: Tokenizer, gold: CoNLLUDocument) throws -> UDScores {
        try evaluate(gold: gold, system: CoNLLUDocument(tokenizer.tokenize(gold.rawText)))
    }
}

extension CoNLLUDocument {
    /// The tokenizer's output as a CoNLL-U document, without writing and re-reading text.
    public init(_ tokenized: TokenizedText) {
        self.init(sentences: tokenized.sentences.map { sentence in
            CoNLLUSentence(
                text: String(tokenized.text[sentence.span.range]),
                tokens: sentence.tokens.map { token in
                    CoNLLUToken(form: token.text, words: token.words, spaceAfter: token.spaceAfter, isMultiword: token.isMultiword)
                })
        })
    }
}
