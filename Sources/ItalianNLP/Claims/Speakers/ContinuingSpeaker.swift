/// The continuing-speaker rule: a reporting verb whose subject is dropped ("«…», ha aggiunto.",
/// "Ha poi spiegato che …") right after a sentence that reported someone's words goes on with that
/// speaker — not with a person the reported words named ("La Cgil ha detto che il ministro Marco
/// Rossi ha mentito. Ha poi annunciato uno sciopero." is the Cgil's), nor with a person named a
/// few sentences back whom recency scores above an organisation ("La Fiom ha scritto: «…». Ha poi
/// chiesto un incontro." is the Fiom's).
///
/// The claim must be the last one found, in the cue's own sentence or the one before (or before
/// the sentences of a quotation that the cue closes: "«…», ha detto la Fiom. «Uno. Due», ha
/// aggiunto."), made with a verb whose subject is its speaker (an "according" claim names a
/// source, not the subject of the sentence that follows: "Secondo gli inquirenti, l'uomo ha
/// confessato. Ha poi chiesto …"), and its speaker must agree with the cue's number and gender. Someone named as a subject after that
/// claim ("«…», ha detto Rossi. Bianchi annuisce. Ha poi aggiunto …") is a newer topic, and the
/// rule stands aside: that sentence holds no claim, so the last claim is two sentences back.
extension AttributionContext {
    /// How many sentences back the claim may be when the sentences between belong to the cue's
    /// own quotation.
    static let continuingSpeakerReach = 4

    /// The speaker of the claim just before `cue` (in `sentence`), when that speaker goes on.
    func continuingSpeaker(for cue: CueGroup, before sentence: Int) -> Int? {
        guard let last = claims.last, last.claim.kind != .according, let entity = last.entity, last.sentence <= sentence,
            sentence - last.sentence <= Self.continuingSpeakerReach
        else { return nil }
        // Only the cue's own quotation may stand between: "«…», ha detto la Fiom. «Abbiamo parlato
        // con il ministro. Ci ha promesso …», ha aggiunto." (its sentences open inside it).
        if last.sentence + 1 < sentence {
            for between in (last.sentence + 1)..<sentence {
                let first = document.sentences[between].lowerBound
                guard insideQuotation[first] || (first + 1 < document.tokens.count && insideQuotation[first + 1]) else { return nil }
            }
        }
        // The claim must come before the cue (a rule may have found a later clause of the sentence).
        let cueStart = document.tokens[cue.tokens.lowerBound].span.utf8.lowerBound
        guard last.claim.content.utf8.lowerBound < cueStart else { return nil }
        let known = registry.entities[entity]
        if known.kind == .pronoun { return nil }
        if let plural = cue.plural, plural != known.plural { return nil }
        if let gender = cue.gender, let knownGender = known.gender, gender != knownGender { return nil }
        // A subject opening the cue's own sentence before the verb is the cue's subject, not a
        // dropped one: those rules ask elsewhere; here a name standing between the claim and the
        // cue outside any claim ("«…», ha detto Rossi, mentre Bianchi ha aggiunto …") says the
        // subject changed.
        if last.sentence == sentence, hasSubjectOutsideClaims(between: last.claim.content.utf8.upperBound, and: cue, in: sentence) {
            return nil
        }
        return entity
    }

    /// Whether a name or role mention stands as a clause subject after UTF-8 offset `start` and
    /// before `cue`, in `sentence`, outside quotations.
    private func hasSubjectOutsideClaims(between start: Int, and cue: CueGroup, in sentence: Int) -> Bool {
        mentions[sentence].contains {
            let offset = document.tokens[$0.tokens.lowerBound].span.utf8.lowerBound
            return offset >= start && $0.tokens.upperBound < cue.tokens.lowerBound && !insideQuotation[$0.tokens.lowerBound]
                && $0.kind != .pronoun && isClauseInitial($0, in: sentence) && !isAfterPreposition($0)
        }
    }
}
