/// The long-subject rule of ``RuleID/cueBeforeQuotation``: "Lo conferma il presidente della
/// Provincia autonoma, Walter Degasperi: «…»", "Lo spiega l'assessore alla Mobilità, Stefano
/// Landini: «…»" — a cue, its inverted subject (however long, with a name in apposition) and a
/// colon right after it announce the quotation, as "ha detto: «…»" does.
extension AttributionContext {
    func longSubjectCue(before open: Int, in sentence: Int) -> CueGroup? {
        guard open >= 2, document.isPunctuation(open - 1, ":") else { return nil }
        return cues[sentence].last { cue in
            guard cue.tokens.upperBound < open, open - cue.tokens.upperBound <= 20, !cue.passive,
                let subject = invertedSubject(after: cue, in: sentence)
            else { return false }
            return subject.tokens.upperBound == open - 2
        }
    }
}
