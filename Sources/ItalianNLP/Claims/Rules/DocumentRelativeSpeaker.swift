/// The document-relative rule: "Il comitato ha inviato una lettera al prefetto in cui chiede più
/// controlli", "La Cgil ha diffuso una nota nella quale denuncia ritardi", "Il sindaco ha pubblicato
/// un video in cui spiega che …". A reporting verb in a relative clause opened by "in cui" or "nel
/// quale" after a written or recorded piece speaks with the voice of the piece's author — the
/// subject of the sentence. Without the rule the piece ("video in cui") was taken for the speaker,
/// or its noun made the verb's subject look inanimate and the noun object was dropped.
extension AttributionContext {
    /// The relative pronouns of place that open such a clause, after their preposition.
    static let placeRelatives: [String: Set<String>] = [
        "cui": ["in"], "quale": ["nel", "nella", "nello"], "quali": ["nei", "negli", "nelle"],
    ]

    /// The subject of the sentence when `cue` opens a relative clause of place ("in cui chiede");
    /// else nil.
    func documentRelativeSpeaker(before cue: CueGroup, in sentence: Int) -> SpeakerMention? {
        let range = document.sentences[sentence]
        var back = cue.tokens.lowerBound - 1
        while back > range.lowerBound, document.has(.clitic, back) || document.form(back) == "non" || document.has(.interveningAdverb, back) {
            back -= 1
        }
        guard back - 2 >= range.lowerBound, let prepositions = Self.placeRelatives[document.form(back)],
            prepositions.contains(document.form(back - 1)), document.isWord(back - 2)
        else { return nil }
        // The sentence's subject opens it: "Il comitato dei residenti ha inviato …".
        guard let subject = mentions[sentence].first(where: { $0.kind != .pronoun }), subject.tokens.lowerBound - range.lowerBound <= 1,
            subject.tokens.upperBound < back - 2, !insideQuotation[subject.tokens.lowerBound], !isAfterPreposition(subject),
            isClauseInitial(subject, in: sentence)
        else { return nil }
        return subject
    }
}
