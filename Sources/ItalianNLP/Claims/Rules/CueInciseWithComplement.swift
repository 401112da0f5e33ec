/// The cue-incise-with-complement rule: "Il progetto, ha spiegato ai cronisti, partirà a maggio",
/// "Il cantiere chiuderà entro l'estate, ha assicurato in una nota." A parenthetical or postposed
/// cue whose subject is dropped may carry a short complement (whom it addresses, where it was
/// said) before the comma or the full stop that closes it, as a cue with an inverted subject
/// already may ("spiega il gruppo in una nota"). Without the rule the complement hid the closing
/// punctuation and the claim was missed.
///
/// The complement is ``shortComplementEnd(from:in:)``'s (a preposition and at most three words,
/// no verb, not "di", which opens a reported clause); the cue, not a gerund, must follow a comma
/// and have no subject of its own before it, and no speaker may open a clause before it.
extension AttributionContext {
    /// The token after the complement that closes a subjectless cue incise (a comma or the
    /// sentence's final mark), or nil.
    func cueInciseComplementClose(after cue: CueGroup, in sentence: Int) -> Int? {
        let range = document.sentences[sentence]
        let previous = cue.tokens.lowerBound - 1
        let first = cue.tokens.upperBound + 1
        // A gerund shares its main clause's subject ("…, chiedendo di non essere nominato"), and
        // "di" opens the reported clause itself, not a complement.
        guard !cue.gerund, previous > range.lowerBound, document.isPunctuation(previous, ","), first < range.upperBound,
            !["di", "d'"].contains(document.form(first)),
            let end = shortComplementEnd(from: first, in: range)
        else { return nil }
        // "Lo storico Giovanni Parenti, dell'Università di Siena, invita alla prudenza": a sentence
        // that opens with a speaker has its subject there, closed by an apposition.
        if mentions[sentence].contains(where: {
            $0.tokens.upperBound < previous && !isInsideQuotation($0.tokens.lowerBound)
                && ($0.tokens.lowerBound - range.lowerBound <= 2 || isClauseInitial($0, in: sentence))
        }) {
            return nil
        }
        let close = end + 1
        guard close < range.upperBound, document.tokens[close].kind == .punctuation,
            [",", ".", "!", "…", ";"].contains(document.tokens[close].text)
        else { return nil }
        guard subjectMention(before: cue.tokens.lowerBound, in: sentence) == nil else { return nil }
        return close
    }
}
