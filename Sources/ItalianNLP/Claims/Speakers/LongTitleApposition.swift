/// The long-title apposition rule: "La curatrice, la storica dell'arte austriaca Helga von
/// Straten, ha spiegato …", "il consulente, l'ingegnere strutturista Paolo Biagi,". After a role
/// and a comma, an article and a title of a few lower-case words (a noun the lexicon may lack,
/// its complement, an adjective) before a person's full name still name the role's holder: the
/// apposition rule took one title word only, so the role stayed a speaker of its own.
extension AttributionContext {
    /// At most this many tokens may stand between the article and the name.
    static let longTitleMaximumTokens = 5

    /// Whether the tokens from `start` (after the comma and the article) up to the name at
    /// `nameStart` are such a title: lower-case words, no verb, no connective.
    static func isLongTitle(from start: Int, to nameStart: Int, in document: ClaimDocument) -> Bool {
        guard nameStart > start, nameStart - start <= longTitleMaximumTokens else { return false }
        return (start..<nameStart).allSatisfy {
            document.isWord($0) && !document.isCapitalized($0) && !document.has(.cueForm, $0) && !document.has(.auxiliary, $0)
                && !document.has(.clauseOpener, $0) && !document.has(.complementizer, $0) && !document.has(.clitic, $0)
        }
    }
}
