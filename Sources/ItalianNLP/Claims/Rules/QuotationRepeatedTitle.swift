/// A name recurs: a quotation whose words are, elsewhere in the document, a title that a noun
/// or a naming verb decided ("Il festival «Musica in piazza» compie dieci anni") is that title
/// where nothing decides it ("Lecce, torna «Musica in piazza»"; "Ardena lancia «Aurora»").
extension AttributionContext {
    /// The quotations left undecided (`decided[index] == nil`) whose words, compared exactly,
    /// are those of a quotation decided to be a title.
    func titlesNamedElsewhere(decided: [QuotationRole?]) -> Set<Int> {
        var titleWords: Set<Substring> = []
        for (index, role) in decided.enumerated() where role == .title {
            if let words = quotedWords(index) { titleWords.insert(words) }
        }
        guard !titleWords.isEmpty else { return [] }
        var result: Set<Int> = []
        for (index, role) in decided.enumerated() where role == nil {
            if let words = quotedWords(index), titleWords.contains(words) { result.insert(index) }
        }
        return result
    }

    /// The text between a pair's marks, or nil for an unclosed or empty pair.
    private func quotedWords(_ quotation: Int) -> Substring? {
        guard let close = pairs[quotation].close, close > pairs[quotation].open + 1 else { return nil }
        return document.text[document.span(pairs[quotation].open + 1, close - 1).range]
    }
}
