/// A verb that presents, performs or publishes a work, right before the marks, makes a short
/// quotation that opens like a name the work's title: "ha presentato «Ossigeno» ieri sera",
/// "firma «Acqua ferma»", "ha cantato «Mare di ottobre» in apertura", "porterà «Acqua ferma» al
/// Salone del libro". No title noun stands before such a quotation, and its capital alone made it
/// a term, a statement or even a mixed claim of the verb's subject.
///
/// A colon between them announces words ("ha pubblicato: «Siamo pronti»"), a lower-case
/// quotation is no name ("ha presentato «un piano di rilancio»"), and a long one or one with
/// punctuation inside is a statement.
extension AttributionContext {
    /// The most words a title after such a verb may have.
    static let titleVerbObjectWords = 6

    func titleVerbRole(_ quotation: Int) -> QuotationRole? {
        guard let close = pairs[quotation].close, opensLikeName(quotation) else { return nil }
        let open = pairs[quotation].open
        let verb = open - 1
        guard document.isWord(verb), document.sentenceOf[verb] == document.sentenceOf[open],
            QuotationRoleCue.of(document.form(verb)) == .titleVerb
        else { return nil }
        var words = 0
        for index in (open + 1)..<close {
            if document.isWord(index) {
                words += 1
            } else if document.tokens[index].kind == .punctuation, !document.isPunctuation(index, "'") {
                return nil
            }
        }
        return words <= Self.titleVerbObjectWords ? .title : nil
    }
}
