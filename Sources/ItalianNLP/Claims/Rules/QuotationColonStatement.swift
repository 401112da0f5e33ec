/// A quotation announced by a colon is somebody's statement: "Il ministro: «Digitalizzare non
/// basta»", "Derby perso, Conti non cerca alibi: «Abbiamo perso la testa»" — in a heading, where
/// no claim is taken, as much as in the body. So is a quotation that opens its sentence and is
/// followed by a colon: "«Un sistema collaudato»: la procura smonta la rete". (A title noun
/// before the colon, "due film: «…»", is decided first by ``titleNounRole(_:)``.)
extension AttributionContext {
    func colonStatementRole(_ quotation: Int) -> QuotationRole? {
        guard let close = pairs[quotation].close else { return nil }
        let open = pairs[quotation].open
        let sentenceStart = document.sentenceRange(containing: open).lowerBound
        if open > sentenceStart, document.isPunctuation(open - 1, ":") { return .speech }
        if open == sentenceStart, document.isPunctuation(close + 1, ":") { return .speech }
        return nil
    }
}
