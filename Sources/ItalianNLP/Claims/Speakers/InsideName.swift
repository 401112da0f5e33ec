/// The "in"-inside-a-name rule: two kinds of name go on past a lower-case "in" (an
/// organisation's past "per" too).
///
/// - A married woman's name: "Franca Marinelli in Bartoccini", "Rosa Maria Del Monte in Ferrari"
///   — a feminine given name, a surname, "in" and the husband's surname, closed by a comma, a
///   bracket, a reporting verb or an auxiliary (so that "Anna Neri in Senato." stays a place).
/// - An organisation named after its group noun or an article: "il comitato Vivere in Santa
///   Croce", "l'associazione Commercianti in Centro", "la Costruzioni Emiliane in Rete",
///   "l'associazione Cittadini per l'Ambiente" — the capitalised words after "in" or "per" (and
///   its article) belong to the name when they close the phrase. A person's name takes no
///   article, so a capitalised run after one that is no given name is an organisation's.
///
/// Without it the name stopped before "in", and the source was cut short ("Franca Marinelli",
/// "Commercianti").
extension SpeakerMentionFinder {
    /// At most this many capitalised words follow "in" inside an organisation's name.
    static let insideNameTailWords = 3

    /// The last token of the name that goes on past an "in" right after token `end`, for the name
    /// that starts at token `start`, or nil.
    func insideNameEnd(after end: Int, from start: Int, in range: Range<Int>) -> Int? {
        let preposition = end + 1
        guard preposition + 1 < range.upperBound, document.isWord(preposition), ["in", "per"].contains(document.form(preposition)),
            !document.isCapitalized(preposition)
        else { return nil }
        let isIn = document.form(preposition) == "in"
        var last = preposition
        // "per l'Ambiente", "per i Diritti Umani": the article after "per".
        if !isIn, last + 1 < range.upperBound, document.has(.definiteArticle, last + 1) { last += 1 }
        let tailStart = last
        while last + 1 < range.upperBound, last - preposition < Self.insideNameTailWords, document.isWord(last + 1),
            document.isCapitalized(last + 1), givenName(last + 1) == nil, !document.has(.notName, last + 1)
        {
            last += 1
        }
        guard last > tailStart, closesName(after: last, in: range) else { return nil }
        if isIn, givenName(start) == "f", end > start, last == preposition + 1, !document.has(.placeNoun, last),
            !document.has(.organisationHead, last), !document.has(.commonWord, last)
        {
            return last
        }
        if start > range.lowerBound, givenName(start) == nil,
            lexicons.roles[document.form(start - 1)]?.kind == "group" || document.has(.definiteArticle, start - 1)
        {
            return last
        }
        return nil
    }

    /// Whether the token after `last` closes a name: a comma, a bracket, a colon or a semicolon,
    /// a reporting verb or an auxiliary — not a full stop, after which "in Senato" is a place.
    private func closesName(after last: Int, in range: Range<Int>) -> Bool {
        let next = last + 1
        guard next < range.upperBound else { return false }
        if document.tokens[next].kind == .punctuation { return [",", ")", ":", ";"].contains(document.tokens[next].text) }
        return document.has(.cueForm, next) || document.has(.auxiliary, next) || document.has(.multiwordCueStart, next)
    }
}
