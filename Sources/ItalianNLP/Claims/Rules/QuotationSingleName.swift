/// One capitalised word in quotation marks that is not an ordinary word is a name: a product,
/// a broadcaster, an album ("lancia «Aurora»", "l'app «AllertaToscana»"), inside a claim's
/// content too ("punta a vendere 200 mila «Aurora» all'anno"). An ordinary word capitalised
/// («Vergogna», «Basta») is left to the other rules, and so is a word announced by a colon
/// (``colonStatementRole(_:)`` comes first) or one that opens its sentence or follows a dash,
/// where a one-word answer stands («Impossibile», ha tagliato corto Bianchi).
extension AttributionContext {
    func singleNameRole(_ quotation: Int) -> QuotationRole? {
        guard let close = pairs[quotation].close, close == pairs[quotation].open + 2 else { return nil }
        let word = close - 1
        let open = pairs[quotation].open
        let sentenceStart = document.sentenceRange(containing: open).lowerBound
        if open == sentenceStart || (open > sentenceStart && Self.isDash(document.tokens[open - 1].text)) { return nil }
        guard document.isWord(word), document.isCapitalized(word), !document.has(.commonWord, word),
            document.tokens[word].text.unicodeScalars.count > 3
        else { return nil }
        return .title
    }
}
