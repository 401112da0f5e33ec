/// The urged-attitude rule: "L'Istituto superiore di sanità invita alla prudenza", "ha esortato
/// alla responsabilità", "richiama all'unità". A verb of urging with "a" and an abstract noun right
/// after it (no object between: "invita i cittadini alla calma" is left alone) reports
/// the attitude urged, as "invita a non drammatizzare" reports its infinitive; the content runs
/// from the preposition, as the dev gold writes it ("alla prudenza"). Without the rule only an
/// infinitive after "a" made a claim.
///
/// The noun must be abstract — a listed attitude or a word in -ezza, -ità, -enza, -anza, -ione —
/// so that an invitation to a place or an event ("ha invitato alla festa", "al concerto") is left
/// alone.
extension AttributionContext {
    /// Verbs of urging.
    static let urgingLemmas: Set<String> = ["invitare", "esortare", "richiamare", "sollecitare", "spronare"]

    /// Attitudes without an abstract ending.
    static let urgedAttitudes: Set<String> = ["calma", "pace", "cautela", "pazienza", "serietà", "moderazione", "vigilanza"]

    /// Where the urged attitude starts (its "a" preposition), right after a cue of urging; else nil.
    func urgedAttitudeStart(after position: Int, cue: CueGroup, in range: Range<Int>) -> Int? {
        guard Self.urgingLemmas.contains(cue.lemma), !cue.passive else { return nil }
        var index = position
        while index < range.upperBound, document.has(.interveningAdverb, index) { index += 1 }
        guard index + 1 < range.upperBound, ["a", "alla", "all'", "al", "alle", "ai"].contains(document.form(index)) else { return nil }
        var noun = index + 1
        // "alla massima prudenza": one adjective before the noun.
        if noun + 1 < range.upperBound, ["massima", "massimo", "piena", "pieno", "maggiore", "massime"].contains(document.form(noun)) { noun += 1 }
        guard document.isWord(noun), !document.isCapitalized(noun), !isInsideQuotation(noun) else { return nil }
        let form = document.form(noun)
        let abstract = Self.urgedAttitudes.contains(form)
            || (form != "città" && ["ezza", "ità", "enza", "anza", "ione"].contains(where: { form.hasSuffix($0) && form.count > $0.count + 1 }))
        return abstract ? index : nil
    }
}
