/// The polarity of emoticons and emoji (`Lexicons/sentiment/emoticons.tsv`). A symbol is looked
/// up as written, then without the emoji presentation selector U+FE0F and skin-tone modifiers.
struct EmoticonPolarityLexicon: Sendable {
    private let polarity: [String: Double]

    init(table: TSVTable) {
        var polarity: [String: Double] = [:]
        for row in table.rows {
            guard let value = Double(row.column(1)) else { continue }
            polarity[String(row.column(0))] = value
        }
        self.polarity = polarity
    }

    /// The built-in table.
    static let shared = EmoticonPolarityLexicon(table: .embedded("sentiment/emoticons.tsv"))

    /// The polarity of `symbol`, or nil when it is not listed.
    func polarity(of symbol: String) -> Double? {
        if let value = polarity[symbol] { return value }
        var stripped = String.UnicodeScalarView()
        for scalar in symbol.unicodeScalars where scalar.value != 0xFE0F && !(0x1F3FB...0x1F3FF).contains(scalar.value) {
            stripped.append(scalar)
        }
        let plain = String(stripped)
        if plain != symbol, let value = polarity[plain] { return value }
        return nil
    }

    /// Each emoji of a run that the tokenizer kept together ("😂😂"), looked up one by one.
    func polarities(ofRun symbol: String) -> [Double] {
        if let value = polarity(of: symbol) { return [value] }
        var values: [Double] = []
        for character in symbol {
            if let value = polarity(of: String(character)) { values.append(value) }
        }
        return values
    }
}
