/// The incise-before-complement rule: "Il direttore ha negato, infine, che …", "L'assessora ha
/// ribadito, ancora una volta, che …", "ha detto, in sostanza, di …". A short incise between two
/// commas may stand between a reporting verb and the "che" (or "di" + infinitive, or the "se" of
/// an indirect question) that opens what it reports. Without the rule the search for the reported
/// clause stopped at the first comma, and the claim was missed.
///
/// The incise opens right after the cue (or its inverted subject), holds at most
/// ``longestIncise`` words and no finite verb of its own (a cue form or an auxiliary would be a
/// clause of its own: "ha detto, e lo ha ripetuto, che"), and the word after its closing comma
/// opens the reported clause.
extension AttributionContext {
    /// At most this many words between the two commas ("tra l'altro", "ancora una volta",
    /// "rispondendo a una domanda").
    static let longestIncise = 5

    /// The closing comma of an incise whose opening comma is token `comma`, when the reported
    /// clause opens right after it; else nil.
    func inciseBeforeComplementEnd(at comma: Int, in range: Range<Int>) -> Int? {
        guard comma < range.upperBound, document.isPunctuation(comma, ",") else { return nil }
        var position = comma + 1
        while position < range.upperBound, position - comma <= Self.longestIncise + 1 {
            if document.isPunctuation(position, ",") { break }
            // Only words: no quotation, dash or bracket, and no verb that would make a clause.
            guard document.isWord(position), !isInsideQuotation(position), !document.has(.auxiliary, position),
                !document.has(.complementizer, position)
            else { return nil }
            if document.has(.cueForm, position), !isGerundForm(document.form(position)), !document.has(.article, position - 1) {
                return nil
            }
            position += 1
        }
        guard position < range.upperBound, position > comma + 1, document.isPunctuation(position, ",") else { return nil }
        let opener = position + 1
        guard opener + 1 < range.upperBound else { return nil }
        let form = document.form(opener)
        if form == "che" || form == "se" || form == "come" { return position }
        if form == "di", isInfinitiveLike(opener + 1) { return position }
        return nil
    }

    /// Whether a form ends like a gerund ("rispondendo", "parlando"): an incise may hold one.
    func isGerundForm(_ form: String) -> Bool {
        form.count > 5 && (form.hasSuffix("ando") || form.hasSuffix("endo"))
    }
}
