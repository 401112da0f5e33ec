/// The role-modifier tail of an apposition: "il primario del pronto soccorso, Luigi Paolini", "la
/// segretaria dell'Usb trasporti, Marta Oddone", "la presidente dell'associazione commercianti,
/// Silvia Nardi". A role mention stops at the first lower-case word after its complement, so
/// without this the name in apposition was not tied to the role, and the role ("primario del
/// pronto") became a speaker of its own.
extension AttributionContext {
    /// At most this many lower-case words may follow the role before the comma.
    static let roleModifierTailMaximumWords = 2

    /// The last token of one or two lower-case words right after token `end` and before a comma —
    /// not a verb, an auxiliary, an adverb or a connective — or nil.
    static func roleModifierTailEnd(after end: Int, in document: ClaimDocument) -> Int? {
        var last = end
        while last - end < roleModifierTailMaximumWords, document.isWord(last + 1), !document.isCapitalized(last + 1),
            !document.has(.cueForm, last + 1), !document.has(.auxiliary, last + 1), !document.has(.interveningAdverb, last + 1),
            !document.has(.clauseOpener, last + 1), !document.has(.article, last + 1), !document.has(.determiner, last + 1)
        {
            last += 1
        }
        return last > end && document.isPunctuation(last + 1, ",") ? last : nil
    }
}
