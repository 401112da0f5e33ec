/// A noun that names a work, an initiative, an organisation or a named thing, right before the
/// marks or after one or two adjectives ("il festival «Musica in piazza»", "il piano industriale
/// «Futuro 2030»", "la mostra fotografica «…»", "il suo ultimo album, «Tramontana»", "la raccolta
/// di testimonianze «Voci dal fiume»"), or in
/// apposition after a short quotation ("«Io resto informato», la campagna della Protezione
/// civile" — but not a noun of an organisation or medium, which may be the speaker: "«Andremo
/// avanti», il comitato dei residenti …"), makes a quotation that opens like a name a title. A lower-case quotation after the
/// noun is not its name but words about it: "l'operazione «si farà entro l'anno»".
extension AttributionContext {
    /// The most words a quotation before its apposition may have: a name, not a statement
    /// («Non ho mai preso un euro», il processo …).
    static let appositionTitleWords = 5

    func titleNounRole(_ quotation: Int) -> QuotationRole? {
        guard let close = pairs[quotation].close, opensLikeName(quotation) else { return nil }
        if var before = wordBefore(quotation, skippingCommas: 1) {
            let open = pairs[quotation].open
            let sentenceStart = document.sentenceRange(containing: open).lowerBound
            // The noun is asked first at each step: many nouns look like adjectives ("manuale",
            // "comitato", "piano").
            var adjectives = 0
            // "la raccolta di testimonianze «…»", "il festival di musica «…»": a bare noun after
            // "di" completes the title noun before it.
            if before - 2 > sentenceStart, document.form(before - 1) == "di", !document.isCapitalized(before),
                isTitleNoun(before - 2, orName: false)
            {
                return .title
            }
            while !isTitleNoun(before, orName: true) {
                guard adjectives < 2, before > sentenceStart, SpeakerMentionFinder.isAdjectiveLike(before, in: document) else {
                    return appositionRole(quotation, close: close)
                }
                before -= 1
                adjectives += 1
            }
            return .title
        }
        return appositionRole(quotation, close: close)
    }

    /// "«Il ponte di ferro», il film che …": a title noun in apposition after a short quotation.
    private func appositionRole(_ quotation: Int, close: Int) -> QuotationRole? {
        var words = 0
        for index in (pairs[quotation].open + 1)..<close {
            if document.isWord(index) {
                words += 1
            } else if document.tokens[index].kind == .punctuation, !document.isPunctuation(index, "'") {
                return nil
            }
        }
        guard words <= Self.appositionTitleWords, document.isPunctuation(close + 1, ",") else { return nil }
        var after = close + 2
        if document.has(.article, after) || document.has(.determiner, after) { after += 1 }
        return isTitleNoun(after, orName: false) ? .title : nil
    }

    /// Whether token `index` is a title noun, or (with `orName`) a name noun.
    private func isTitleNoun(_ index: Int, orName: Bool) -> Bool {
        guard document.isWord(index) else { return false }
        switch QuotationRoleCue.of(document.form(index)) {
        case .titleNoun: return true
        case .nameNoun: return orName
        default: return false
        }
    }
}
