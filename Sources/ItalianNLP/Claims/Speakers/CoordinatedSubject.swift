/// A reporting verb coordinated with the claim before it in the same sentence shares that claim's
/// speaker: "il gruppo sostiene di … e si dice disponibile a …", "«…», ha assicurato, spiegando
/// che …", "l'azienda spiega che … e garantisce che …". The recency of other entities (a person
/// named inside the first claim, one from the sentence before) does not matter then.
extension AttributionContext {
    /// Words that may stand between the previous claim and the coordinated cue.
    static let coordinators: Set<String> = ["e", "ed", "ma", "poi", "quindi", "anzi", "oppure", "o"]

    /// The entity of the claim in `sentence` that `cue` is coordinated with, or nil: the last claim
    /// of the sentence with a cue and a source, ending before the cue, with only a coordinator,
    /// commas, closing marks, adverbs or clitics between its content and the cue.
    func coordinatedClaimEntity(before cue: CueGroup, in sentence: Int) -> Int? {
        let cueStart = document.tokens[cue.tokens.lowerBound].span.utf8.lowerBound
        guard let previous = claims.reversed().prefix(while: { $0.sentence >= sentence - 1 }).first(where: {
            $0.sentence == sentence && $0.claim.cue != nil && $0.claim.content.utf8.upperBound <= cueStart
        }), let entity = previous.entity, let previousCue = previous.claim.cue, previousCue.utf8.upperBound <= cueStart
        else { return nil }
        let gapStart = max(previous.claim.content.utf8.upperBound, previousCue.utf8.upperBound)
        let sentenceStart = document.sentences[sentence].lowerBound
        var index = cue.tokens.lowerBound - 1
        var sawLink = false
        while index >= sentenceStart, document.tokens[index].span.utf8.lowerBound >= gapStart {
            let form = document.form(index)
            if form == "," || Self.coordinators.contains(form) {
                sawLink = true
            } else if !(document.has(.clitic, index) || document.has(.interveningAdverb, index) || form == "non"
                || ["»", "”", "\"", "’"].contains(form))
            {
                return nil
            }
            index -= 1
        }
        return sawLink ? entity : nil
    }
}
