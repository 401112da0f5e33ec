/// Tokenises and sentence-splits Italian text with the default settings.
///
/// A shortcut for `Tokenizer().tokenize(text)`; build a ``Tokenizer`` once when tokenising many
/// texts.
public func tokenize(text: String) -> TokenizedText {
    Tokenizer().tokenize(text)
}
