/// The capitalised-kind-noun rule: a kind noun written with a capital opens the organisation's
/// name, lower-case words after it included — "la Cantina sociale Colli Berici", "la Cooperativa
/// sociale Il Faro", "il Gruppo industriale Aldini" — as it does when the name follows it at once
/// ("il Consorzio Ponte Sud"). Written in lower case ("la cooperativa sociale Il Faro") the noun
/// and its adjectives describe the organisation, whose name is the capitalised part.
///
/// The words between the noun and the name must be lower-case adjectives the finder took into
/// the role (at most three, no article, no preposition), and the noun must not open its sentence,
/// where every word is capitalised. In a role's complement ("il consiglio di amministrazione
/// della Cantina sociale Colli Berici") the capitalised noun takes its name's tail as a name
/// opening with it does (``organisationTail(of:after:in:)``).
extension SpeakerMentionFinder {
    /// Whether the capitalised kind noun at `roleStart` opens the name that starts at `nameStart`,
    /// in `range`, across the lower-case words between them.
    func kindNounOpensName(at roleStart: Int, nameStart: Int, in range: Range<Int>) -> Bool {
        guard roleStart > range.lowerBound, document.isCapitalized(roleStart), nameStart > roleStart + 1, nameStart - roleStart <= 4
        else { return false }
        for index in (roleStart + 1)..<nameStart {
            guard document.isWord(index), !document.isCapitalized(index), !document.has(.article, index),
                !document.has(.complementPreposition, index), !document.has(.locativePreposition, index), isAdjectiveLike(index)
            else { return false }
        }
        return true
    }

    /// The end of an organisation's name that opens a role's complement at token `noun` with a
    /// capitalised kind noun the capitalised run stopped after (at token `end`), or nil.
    func complementNameEnd(from noun: Int, after end: Int, in range: Range<Int>) -> Int? {
        guard document.isCapitalized(noun), givenName(noun) == nil, document.has(.organisationHead, noun) else { return nil }
        return organisationTail(of: noun, after: end, in: range)
    }
}
