/// A verb of judging or of speaking about before the marks makes the quotation the words of the
/// verb's subject: "li ha definiti «trattati come appestati»", "ha giudicato il piano «…»",
/// "parla di «campagne di immagine»" — even when no claim is found around it, and even when a
/// title noun stands between ("ha definito il piano «una vetrina elettorale»"). A participle
/// speaks only after avere: "è stato definito «…»" names nobody's words; so does a participle
/// of naming ("lo ha chiamato «traditore»" is the speaker's word, "chiamato «…»" a name).
extension AttributionContext {
    /// How many tokens back from the marks the verb may stand: the verb, an object of a few
    /// words and a preposition ("ha definito la decisione della giunta «…»").
    static let judgingVerbReach = 5

    func judgingVerbRole(_ quotation: Int) -> QuotationRole? {
        let open = pairs[quotation].open
        let sentenceStart = document.sentenceRange(containing: open).lowerBound
        var index = open - 1
        while index >= sentenceStart, open - index <= Self.judgingVerbReach {
            // The verb governs the quotation only within one clause without punctuation.
            guard document.isWord(index) else { return nil }
            switch QuotationRoleCue.of(document.form(index)) {
            case .judging:
                return .speech
            case .judgingParticiple:
                let auxiliary = document.has(.interveningAdverb, index - 1) ? index - 2 : index - 1
                return isAvere(auxiliary) ? .speech : nil
            case .naming where isAvere(index - 1):
                // "lo ha chiamato «traditore»": somebody called somebody that.
                return .speech
            default:
                index -= 1
            }
        }
        return nil
    }
}
