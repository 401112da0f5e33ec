/// Terms held at a distance and names given: "il cosiddetto «carrello della spesa»", "quella che
/// chiamano «economia circolare»", "il «giro lungo», come lo chiamano gli allievi" are terms
/// (scare), even inside someone's statement; "si chiama «Aurora»", "ribattezzata «Manovra del
/// ceto medio»", "conosciuto come «il Dottore»" are names (title). A capitalised quotation is a
/// name, a lower-case one a term.
extension AttributionContext {
    func distanceRole(_ quotation: Int) -> QuotationRole? {
        guard let close = pairs[quotation].close else { return nil }
        let open = pairs[quotation].open
        let role: QuotationRole = opensLikeName(quotation) ? .title : .scare
        // Right before the marks, or before an article before them ("chiamano la «…»").
        var before = open - 1
        if document.isWord(before), document.has(.article, before), !document.isCapitalized(before) { before -= 1 }
        if document.sentenceOf.indices.contains(before), document.sentenceOf[before] == document.sentenceOf[open],
            isNamingWord(before)
        {
            return role
        }
        // After the marks: "«…», come lo chiamano gli allievi".
        var after = close + 1
        if document.isPunctuation(after, ",") { after += 1 }
        if document.form(after) == "come" {
            after += 1
            if document.has(.clitic, after) { after += 1 }
            if document.form(after) == "chiamano" || document.form(after) == "chiamavano" { return role }
        }
        return nil
    }

    /// Whether token `index` names or distances what follows it: "cosiddetto", "ribattezzata",
    /// "chiamano", "si chiama", "noto come" — but not "lo ha chiamato" (somebody called
    /// somebody that: their words) nor "lo chiama" (one person's word).
    private func isNamingWord(_ index: Int) -> Bool {
        guard document.isWord(index) else { return false }
        let form = document.form(index)
        switch QuotationRoleCue.of(form) {
        case .distance:
            return true
        case .naming:
            // A participle after avere is an act of somebody's: "lo ha chiamato «traditore»"; after
            // a preposition it is the noun ("il servizio a chiamata «funziona in città»").
            if ["ato", "ata", "ati", "ate"].contains(where: { form.hasSuffix($0) }) {
                return !isAvere(index - 1) && !Self.prepositionsBeforeNoun.contains(document.form(index - 1))
            }
            // "si chiama «…»" names; "lo chiama «…»" is one person's word.
            if form == "chiama" || form == "chiamava" || form == "chiamerà" { return document.form(index - 1) == "si" }
            return true
        case .knownAs:
            return false
        default:
            // "noto come «…»", "conosciuta come «…»".
            if form == "come", QuotationRoleCue.of(document.form(index - 1)) == .knownAs { return true }
            return false
        }
    }

    /// Prepositions that make the naming participle after them a noun: "a chiamata", "su chiamata".
    static let prepositionsBeforeNoun: Set<String> = ["a", "su", "di", "da", "per", "con"]

    /// Whether token `index` is a form of avere that builds a compound tense.
    func isAvere(_ index: Int) -> Bool {
        guard document.isWord(index) else { return false }
        let form = document.form(index)
        return ReportingVerbLexicon.auxiliary(form)?.lemma == "avere" || ReportingVerbLexicon.nonFiniteAuxiliary(form)?.lemma == "avere"
    }
}
