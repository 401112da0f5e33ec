/// The time-phrase-before-complement rule: "Il ministro ha dichiarato ieri sera a un talk show che
/// …", "ha spiegato lunedì che …", "ha annunciato questa mattina di …", "ha detto nei giorni
/// scorsi che …". A time phrase may stand between a reporting verb and the clause it reports, as a
/// single adverb ("ieri") already may. Without the rule the second word of the phrase ("sera",
/// "giorni") ended the search for the clause and the claim was missed.
///
/// The phrase is a day word and a part of the day ("ieri sera", "lunedì pomeriggio", "questa
/// mattina": ``dayWords``, ``partsOfDay``), a weekday alone or with "scorso"/"prossimo", or a
/// fused "in" with at most three words that name a stretch of time ("nei giorni scorsi", "nelle
/// ultime settimane"), or a short lapse ("poco dopo", "poche ore dopo").
extension AttributionContext {
    /// Words that name a stretch of time after "nei", "negli", "nelle", "nel".
    static let timeStretchWords: Set<String> = [
        "giorni", "settimane", "mesi", "ore", "anni", "scorsi", "scorse", "ultimi", "ultime", "prossimi", "prossime", "corso",
        "frattempo",
    ]

    static let weekdays: Set<String> = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]

    /// The last token of a time phrase that opens at token `index`, or nil.
    func timePhraseEnd(at index: Int, in range: Range<Int>) -> Int? {
        guard index < range.upperBound, document.isWord(index) else { return nil }
        let form = document.form(index)
        let next = index + 1 < range.upperBound ? document.form(index + 1) : ""
        if Self.dayWords.contains(form), Self.partsOfDay.contains(next) { return index + 1 }
        if Self.weekdays.contains(form) {
            return ["scorso", "scorsa", "prossimo", "prossima"].contains(next) ? index + 1 : index
        }
        // "poche ore dopo", "poco dopo", "pochi minuti prima".
        if ["poco", "poche", "pochi", "qualche"].contains(form) {
            var end = index + 1
            if end < range.upperBound, ["ore", "ora", "minuti", "giorni", "istanti", "settimane"].contains(document.form(end)) { end += 1 }
            return end < range.upperBound && ["dopo", "prima"].contains(document.form(end)) ? end : nil
        }
        if ["nei", "negli", "nelle", "nel"].contains(form) {
            var end = index + 1
            var namesTime = false
            while end < range.upperBound, end - index <= 3, document.isWord(end), Self.timeStretchWords.contains(document.form(end))
                || document.has(.article, end)
            {
                if Self.timeStretchWords.contains(document.form(end)) { namesTime = true }
                end += 1
            }
            return namesTime ? end - 1 : nil
        }
        return nil
    }
}
