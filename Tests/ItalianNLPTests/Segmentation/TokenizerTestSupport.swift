@testable import ItalianNLP

/// The token texts of a tokenised string, flattened over sentences.
func tokenTexts(_ text: String) -> [String] {
    Tokenizer().tokenize(text).tokens.map(\.text)
}

/// The sentences of a tokenised string, as their original text.
func sentenceTexts(_ text: String) -> [String] {
    let result = Tokenizer().tokenize(text)
    return result.sentences.map { String(text[$0.span.range]) }
}

/// The token with the given text.
func token(_ surface: String, in text: String) -> Token? {
    Tokenizer().tokenize(text).tokens.first { $0.text == surface }
}
