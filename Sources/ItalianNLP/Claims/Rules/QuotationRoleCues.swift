/// The words around a pair of quotation marks that decide its role, whatever else the sentence
/// says (Lexicons/claims/quotation-role-cues.tsv). Each kind of cue is a rule of its own file:
/// ``AttributionContext/distanceRole(_:)``, ``AttributionContext/judgingVerbRole(_:)``,
/// ``AttributionContext/titleNounRole(_:)``, ``AttributionContext/titleVerbRole(_:)``,
/// ``AttributionContext/colonStatementRole(_:)`` and
/// ``AttributionContext/singleNameRole(_:)``.
enum QuotationRoleCue: String, Sendable {
    /// A noun that names a work, an initiative, an organisation or a thing with a name: "il
    /// festival «…»", "la nave «…»".
    case titleNoun = "title-noun"
    /// A noun that names an organisation, a medium or a place, which may speak or be spoken of:
    /// "l'associazione «Amici della vela»", "il quotidiano «…»". A title noun before the marks
    /// only, not in apposition after them («…», il comitato dei residenti: a speaker).
    case nameNoun = "name-noun"
    /// A verb or participle of naming: "si chiama «…»", "ribattezzato «…»", "che chiamano «…»".
    case naming
    /// "cosiddetto", "sedicente": the term is held at a distance.
    case distance
    /// "noto", "conosciuto" before "come": naming, like ``naming``.
    case knownAs = "known-as"
    /// A participle of judging that speaks only after avere: "li ha definiti «…»".
    case judgingParticiple = "judging-participle"
    /// A finite form or gerund of judging or speaking about: "parla di «…»", "definisce".
    case judging
    /// A verb that presents, performs or publishes a work: "ha presentato «…»", "canta «…»",
    /// "porterà «…» in tour" (``AttributionContext/titleVerbRole(_:)``).
    case titleVerb = "title-verb"

    /// Every form of the lexicon with its cue (rows with an unknown cue are skipped). A
    /// `FormTable` (a dictionary's answers without SipHash): the words before every quotation
    /// are looked up.
    static let forms: FormTable<QuotationRoleCue> = {
        var forms: [String: QuotationRoleCue] = [:]
        for row in TSVTable.embedded("claims/quotation-role-cues.tsv").rows {
            guard let cue = QuotationRoleCue(rawValue: String(row.column(1))) else { continue }
            forms[String(row.column(0))] = cue
        }
        return FormTable(forms)
    }()

    /// The cue of a lower-cased form, if any.
    static func of(_ form: String) -> QuotationRoleCue? {
        forms[form]
    }
}

extension AttributionContext {
    /// The role the words around `quotation` decide, or nil when they leave it open. Checked in
    /// this order: a term held at a distance or named, a verb of judging before it, a title noun,
    /// a verb that presents a work, a colon that announces it, a single name.
    func decisiveRole(_ quotation: Int) -> QuotationRole? {
        guard let close = pairs[quotation].close, close > pairs[quotation].open + 1 else { return nil }
        if let role = distanceRole(quotation) { return role }
        if let role = judgingVerbRole(quotation) { return role }
        if let role = titleNounRole(quotation) { return role }
        if let role = titleVerbRole(quotation) { return role }
        if let role = colonStatementRole(quotation) { return role }
        return singleNameRole(quotation)
    }

    /// Whether the quotation opens like a name: its first word is capitalised or a digit, or an
    /// article before a capitalised word («il Dottore», «l'Ingegnere»).
    func opensLikeName(_ quotation: Int) -> Bool {
        guard let close = pairs[quotation].close else { return false }
        var index = pairs[quotation].open + 1
        guard index < close, document.isWord(index) else { return false }
        if document.isCapitalized(index) || startsWithDigit(index) { return true }
        if document.has(.article, index) {
            index += 1
            return index < close && document.isWord(index) && document.isCapitalized(index)
        }
        return false
    }

    private func startsWithDigit(_ index: Int) -> Bool {
        document.tokens[index].text.utf8.first.map(SpecialTokenScanner.isDigit) ?? false
    }

    /// The last word before the opening mark in the same sentence, skipping at most `commas`
    /// commas ("il suo ultimo album, «…»"; a colon is not skipped: it announces words), or nil.
    func wordBefore(_ quotation: Int, skippingCommas commas: Int) -> Int? {
        let open = pairs[quotation].open
        let sentenceStart = document.sentenceRange(containing: open).lowerBound
        var index = open - 1
        while index >= sentenceStart, open - index <= commas, document.isPunctuation(index, ",") { index -= 1 }
        guard index >= sentenceStart, document.isWord(index) else { return nil }
        return index
    }
}
