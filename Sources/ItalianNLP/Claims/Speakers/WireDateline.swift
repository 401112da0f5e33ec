/// The wire-dateline rule: "(AGI) – FIRENZE, 14 NOV – La Fiom …", "ANSA – ROMA – Il ministro …".
/// An agency item's place, in capitals between dashes or before a comma and the date, is no
/// speaker even when it does not open the sentence (the agency's tag comes first, and items
/// that follow a full stop on the same line share a sentence with it). Without it the place
/// was a name the document mentions, and a later "l'azienda" pointed back to it.
extension SpeakerMentionFinder {
    /// Whether the capitalised run from `start` to `end` is a place written in capitals right after
    /// a dash, followed by a dash or by a comma and a number.
    /// The date's month in capitals after its day ("14 NOV –") is part of the dateline too.
    func isWireDateline(from start: Int, to end: Int, in range: Range<Int>) -> Bool {
        guard start > range.lowerBound, end + 1 < range.upperBound else { return false }
        for index in start...end {
            let text = document.tokens[index].text
            guard document.isWord(index), text.count > 1, text == text.uppercased() else { return false }
        }
        let next = document.tokens[end + 1].text
        if document.tokens[start - 1].kind == .number { return ["–", "-", "—"].contains(next) }
        guard ["–", "-", "—"].contains(document.tokens[start - 1].text) else { return false }
        if ["–", "-", "—"].contains(next) { return true }
        return next == "," && end + 2 < range.upperBound && document.tokens[end + 2].kind == .number
    }

    /// Whether the dash at `index` closes a dateline: a dash after a word in capitals ("ROMA –",
    /// "12 MAR –") or after a province in brackets that follows one ("LUMEZZANE (Brescia) –").
    /// The capitalised word after it opens the item's first sentence, so that it is read as a
    /// sentence opener ("12 MAR – Undici indagati …" is no name "Undici") and the subject
    /// after it as the sentence's first.
    static func closesDateline(_ index: Int, in document: ClaimDocument) -> Bool {
        guard index > 0, index < document.tokens.count, document.tokens[index].kind == .punctuation,
            ["–", "-", "—"].contains(document.tokens[index].text)
        else { return false }
        var before = index - 1
        if document.tokens[before].text == ")", before >= 3, document.tokens[before - 2].text == "(" { before -= 3 }
        let text = document.tokens[before].text
        return document.isWord(before) && text.count > 1 && text == text.uppercased()
    }
}
