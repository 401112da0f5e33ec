/// The classes of words that the sentiment and frame rules test on every sentence, as bits.
///
/// A rule that asks "is this word a function word?" or "is this 'come'?" of every unit of every
/// sentence compared Strings each time (hashing for a set, a Unicode-aware comparison for a
/// literal). The classes of a form are worked out once per distinct form (`SentimentWordTable`
/// remembers them), so that the rules test a bit; a class that names words a rule looks for lets
/// the rule skip, by one bit test, every unit that cannot be one of them. Each class is computed
/// with the same String comparison or set the rule uses, so the answers are the same.
struct SentimentWordClasses: OptionSet, Sendable {
    let rawValue: UInt64

    /// `SentimentFunctionWords`.
    static let functionWord = SentimentWordClasses(rawValue: 1 << 0)
    /// The words that open an irony marker (`IronyMarker`): come, eh, figuriamoci, figurarsi.
    static let ironyCue = SentimentWordClasses(rawValue: 1 << 1)
    /// The words that open a plain corrective of comparison (`CorrectiveConstruction`): rispetto,
    /// oltre, più.
    static let comparisonCue = SentimentWordClasses(rawValue: 1 << 2)

    /// The cues of a report (`NeutralMention.cues`, or a form of `NeutralMention.cueLemmas`).
    static let neutralMentionCue = SentimentWordClasses(rawValue: 1 << 3)

    /// The classes of a form.
    static func of(_ form: String) -> SentimentWordClasses {
        var classes: SentimentWordClasses = []
        if SentimentFunctionWords.contains(form) { classes.insert(.functionWord) }
        if form == "come" || form == "eh" || form == "figuriamoci" || form == "figurarsi" { classes.insert(.ironyCue) }
        if form == "rispetto" || form == "oltre" || form == "più" { classes.insert(.comparisonCue) }
        if NeutralMention.cues.contains(form) || NeutralMention.cueLemmas.entry(for: form) != nil { classes.insert(.neutralMentionCue) }
        return classes
    }
}
