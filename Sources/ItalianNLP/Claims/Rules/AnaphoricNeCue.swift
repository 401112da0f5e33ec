/// The anaphoric-"ne" rule: "La Ferrero assumerà 120 persone. Ne ha dato notizia il sindacato Flai
/// Cgil." — "ne" before a cue of giving news points back to the sentence before, as "lo" does in
/// "Lo ha annunciato il sindaco" (``RuleID/anaphoricCue``). Without it the news went unattributed.
///
/// Only with cues whose "ne" is the news itself ("dare notizia", "dare l'annuncio"): "Ne ha parlato
/// il sindaco" tells that he talked about it, not what he said.
extension AttributionContext {
    /// Multiword cues (by their phrase) that "ne" may open as the news they give.
    static let newsGivingCues: Set<String> = ["dare notizia", "dare l'annuncio"]

    /// Whether the clitic that opens the sentence (`range`'s first token) points `cue`, the word
    /// right after it, back to the sentence before.
    func opensWithAnaphoricClitic(_ cue: CueGroup, in range: Range<Int>) -> Bool {
        guard cue.tokens.lowerBound == range.lowerBound + 1 else { return false }
        let clitic = document.form(range.lowerBound)
        return clitic == "lo" || (clitic == "ne" && Self.newsGivingCues.contains(cue.lemma))
    }
}
