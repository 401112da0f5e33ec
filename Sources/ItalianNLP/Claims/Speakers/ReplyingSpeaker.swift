/// The reply rule: a verb of answering whose subject is dropped ("«…», ha replicato.", "ha
/// ribattuto che …") right after an exchange of quotations names the speaker before the last one.
/// When two speakers take turns, "«…», ha detto Rossi. «…», ha replicato Bianchi. «…», ha
/// ribattuto." is Rossi's; recency alone gave it to Bianchi.
extension AttributionContext {
    /// The cue category of the verbs of answering (rispondere, replicare, ribattere, controbattere).
    static let answerCategory = "answer"

    /// The entity that answers with `cue`, whose subject is dropped, in `sentence`, or nil. The
    /// last two claims must be an exchange: the last one a quotation, the one before it someone
    /// else's, both within `distance` sentences. Nil as well when someone was named as a subject
    /// after the last speaker ("Il sindaco ha ascoltato in silenzio. «…», ha replicato." is the
    /// mayor's, and recency finds him), when the last speaker spoke twice in a row (an answer to
    /// a question nobody quoted: "Alla domanda del pm, ha risposto di …"), when the last claim is
    /// reported speech ("Ferri si è detta pronta a discuterne. «…», ha risposto." is Ferri's), or
    /// when a quotation nobody claimed (a question) stands between the last claim and the cue.
    func replyingSpeaker(for cue: CueGroup, before sentence: Int, within distance: Int = 4) -> Int? {
        guard cue.category == Self.answerCategory, claims.count >= 2 else { return nil }
        let last = claims[claims.count - 1]
        let previous = claims[claims.count - 2]
        guard last.quotation != nil, let lastEntity = last.entity, sentence - last.sentence <= 2, recent.last?.entity == lastEntity,
            let entity = previous.entity, entity != lastEntity, sentence - previous.sentence <= distance
        else { return nil }
        let candidate = registry.entities[entity]
        if candidate.kind == .pronoun { return nil }
        if let plural = cue.plural, plural != candidate.plural { return nil }
        if let gender = cue.gender, let known = candidate.gender, gender != known { return nil }
        let cueStart = document.tokens[cue.tokens.lowerBound].span.utf8.lowerBound
        for between in last.sentence...sentence {
            for quotation in outermostBySentence[between] where !claimedQuotations.contains(quotation) {
                // (The reply's own quotation closes right before its cue: «…», ha replicato.)
                guard let close = pairs[quotation].close, close < cue.tokens.lowerBound - 3 else { continue }
                let mark = document.tokens[pairs[quotation].open].span.utf8.lowerBound
                if mark >= last.claim.content.utf8.upperBound, mark < cueStart { return nil }
            }
        }
        return entity
    }
}
