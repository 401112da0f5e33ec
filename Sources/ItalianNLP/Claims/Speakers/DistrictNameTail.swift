/// The district-name rule: the name of a local body often ends with a district number or a point
/// of the compass after its capitalised words — "l'Asl Roma 2", "l'Ulss 6 Euganea", "l'Asl Napoli
/// 1 Centro", "l'Asl Toscana nord ovest", "il Municipio 8" — and a role's complement stopped at
/// the last capitalised word: "la direzione sanitaria dell'Asl Roma 2 ha spiegato" gave the source
/// "direzione sanitaria dell'Asl Roma", and "Secondo la direzione sanitaria dell'Asl Napoli 1
/// Centro, …" lost its source's end to the claim.
///
/// After a capitalised word of a role's complement, the tail takes a number of one or two digits
/// (with the capitalised words after it), or one or two compass words, when what follows closes
/// the phrase: punctuation, a reporting verb, an auxiliary, the sentence's end — so that "il
/// presidente del Napoli 3 volte campione" or "la sindaca di Roma nord di …" take nothing.
extension SpeakerMentionFinder {
    /// Points of the compass that end a district's name (lower case).
    static let compassWords: Set<String> = [
        "nord", "sud", "est", "ovest", "centro", "nordest", "nordovest", "sudest", "sudovest", "nord-est", "nord-ovest", "sud-est",
        "sud-ovest",
    ]

    /// The last token of the district tail after the capitalised word `end`, or nil.
    func districtTailEnd(after end: Int, in range: Range<Int>) -> Int? {
        guard document.isCapitalized(end), end + 1 < range.upperBound else { return nil }
        var last = end
        let next = end + 1
        let token = document.tokens[next]
        if token.kind == .number {
            guard token.text.utf8.count <= 2, token.text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
            last = next
            while last + 1 < range.upperBound, document.isWord(last + 1), document.isCapitalized(last + 1), givenName(last + 1) == nil {
                last += 1
            }
        } else {
            while last + 1 < range.upperBound, last - end < 2, document.isWord(last + 1), !document.isCapitalized(last + 1),
                Self.compassWords.contains(document.form(last + 1))
            {
                last += 1
            }
            guard last > end else { return nil }
        }
        let after = last + 1
        if after >= range.upperBound { return last }
        if document.tokens[after].kind == .punctuation { return [",", ".", ":", ";", ")", "–", "—"].contains(document.tokens[after].text) ? last : nil }
        return document.has(.cueForm, after) || document.has(.auxiliary, after) || document.has(.multiwordCueStart, after) ? last : nil
    }

    /// Inside a mention already read (up to token `limit`), the last token of the district tail
    /// after the capitalised word `last` — a number of one or two digits or one or two compass
    /// words — or `last` itself: the organisation named in a body's or a role's complement is
    /// "Asl Toscana nord ovest" and "Asl Roma 5", not "Asl Toscana" and "Asl Roma", so that a
    /// later "l'azienda sanitaria" takes the full name.
    static func districtEnd(after last: Int, through limit: Int, in document: ClaimDocument) -> Int {
        var end = last
        if end + 1 <= limit, document.tokens[end + 1].kind == .number {
            let text = document.tokens[end + 1].text
            guard text.utf8.count <= 2, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return last }
            end += 1
            while end + 1 <= limit, document.isWord(end + 1), document.isCapitalized(end + 1) { end += 1 }
            return end
        }
        while end + 1 <= limit, end - last < 2, document.isWord(end + 1), !document.isCapitalized(end + 1),
            compassWords.contains(document.form(end + 1))
        {
            end += 1
        }
        return end
    }
}
