/// The fronted-time-phrase rule: a subject after a time phrase of two words that opens the clause
/// without a preposition — "Ieri sera il comitato di quartiere ha chiesto …", "Questa mattina la
/// Regione ha fatto sapere …", "Lunedì pomeriggio il sindaco ha detto …" — is the clause's
/// subject. "ieri" alone opens a clause (``clauseOpeners``) and "nel pomeriggio" is a fronted
/// complement, but "ieri sera" was neither, and the subject was lost: the claim went to whoever
/// spoke before.
///
/// The phrase is a day word ("ieri", "oggi", "domani", "stamani", a weekday, "questa", "quella")
/// and a part of the day ("mattina", "sera", "pomeriggio", "notte" …), right before the mention,
/// at the start of the sentence or after punctuation or a clause opener.
extension AttributionContext {
    /// The first word of a two-word time phrase ("ieri", "lunedì", "questa").
    static let dayWords: Set<String> = [
        "ieri", "oggi", "domani", "stamani", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica", "questa",
        "quella", "stessa",
    ]

    /// The second word of a two-word time phrase ("sera", "mattina").
    static let partsOfDay: Set<String> = ["mattina", "mattino", "mattinata", "pomeriggio", "sera", "serata", "notte", "nottata"]

    /// Whether a two-word time phrase opens the clause right before token `start`, in `range`.
    func followsFrontedTimePhrase(_ start: Int, in range: Range<Int>) -> Bool {
        guard start - 2 >= range.lowerBound, Self.partsOfDay.contains(document.form(start - 1)), Self.dayWords.contains(document.form(start - 2))
        else { return false }
        let before = start - 3
        return before < range.lowerBound || document.tokens[before].kind == .punctuation || document.has(.clauseOpener, before)
    }
}
