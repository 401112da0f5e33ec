/// The lower-case-inside-a-group-name rule: the name of a committee or an association written
/// after its group noun may hold lower-case words between its capitalised ones — "il comitato
/// Scuole sicure Bergamo", "l'associazione Famiglie unite Valdarno" — where the capitalised run
/// alone stopped at the first word and the source was "Scuole". The lower-case words (at most
/// two, none an article, a preposition, a clitic, a verb helper or a cue) must be followed by a
/// capitalised word that is no given name — or be a definite article right before it ("il comitato
/// Salviamo il Sile") — and the name must close the phrase (a comma, a
/// bracket, a colon, a reporting verb or an auxiliary): "il comitato Scuole chiede al Comune"
/// keeps its name.
extension SpeakerMentionFinder {
    /// The last token of a group's name that goes on past lower-case words after the capitalised
    /// run ending at token `end`, or nil.
    func groupNameEndPastLowercase(after end: Int, in range: Range<Int>) -> Int? {
        var position = end + 1
        var lowerCase = 0
        while position < range.upperBound, lowerCase < 2, document.isWord(position), !document.isCapitalized(position) {
            // A definite article right before the next capital is the name's own: "il comitato
            // Salviamo il Sile", "l'associazione Giù le Mani".
            if document.has(.definiteArticle, position), position + 1 < range.upperBound, document.isWord(position + 1),
                document.isCapitalized(position + 1)
            {
                lowerCase += 1
                position += 1
                break
            }
            // ``isFieldWord(_:)``: no article, preposition, clitic, verb helper, cue or "e".
            if !isFieldWord(position) { return nil }
            lowerCase += 1
            position += 1
        }
        guard lowerCase > 0, position < range.upperBound, document.isWord(position), document.isCapitalized(position),
            givenName(position) == nil
        else { return nil }
        var last = position
        while last + 1 < range.upperBound, document.isWord(last + 1), document.isCapitalized(last + 1), givenName(last + 1) == nil {
            last += 1
        }
        let next = last + 1
        guard next < range.upperBound else { return nil }
        if document.tokens[next].kind == .punctuation { return [",", ")", ":", ";"].contains(document.tokens[next].text) ? last : nil }
        return document.has(.cueForm, next) || document.has(.auxiliary, next) ? last : nil
    }
}
