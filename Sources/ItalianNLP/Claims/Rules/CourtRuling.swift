/// The court-ruling rule: "La Corte ha stabilito che le parti civili potranno depositare memorie",
/// "il tribunale ha disposto che …", "la giunta ha deliberato che …", "il decreto stabilisce che
/// …" tell what a court or a body decided, or what a text lays down — an act, like "ha firmato
/// un'ordinanza", not reported speech (Fixtures/README.md, "What is not a claim"). The judges'
/// reasoning, told by a verb of saying or judging ("il gip ha ritenuto che …"), stays a claim.
/// Without the rule a ruling was read as the court's claim.
extension AttributionContext {
    /// Verbs of ruling and laying down.
    static let rulingLemmas: Set<String> = [
        "stabilire", "sancire", "decretare", "sentenziare", "deliberare", "disporre", "ordinare",
    ]

    /// Courts, deciding bodies and texts that lay something down (the head word of the subject).
    static let rulingBodies: Set<String> = [
        "corte", "tribunale", "giudice", "giudici", "gip", "gup", "tar", "cassazione", "consulta", "collegio", "sentenza",
        "ordinanza", "decreto", "legge", "delibera", "regolamento", "norma", "giunta", "consiglio", "commissione", "riesame",
    ]

    /// Whether `cue`, with the subject `subject` (nil when dropped), tells a ruling rather than a
    /// claim. A dropped subject is the sentence's own when the verb is coordinated with an earlier
    /// one: "La Corte ha respinto la richiesta e ha stabilito che …".
    func isRuling(_ cue: CueGroup, subject: SpeakerMention?, in sentence: Int) -> Bool {
        guard Self.rulingLemmas.contains(cue.lemma) else { return false }
        let range = document.sentences[sentence]
        guard let subject = subject ?? mentions[sentence].first(where: {
            $0.kind != .pronoun && $0.tokens.lowerBound - range.lowerBound <= 2 && $0.tokens.upperBound < cue.tokens.lowerBound
                && !isInsideQuotation($0.tokens.lowerBound) && !isAfterPreposition($0)
        }) else { return false }
        return Self.rulingBodies.contains(document.form(subject.core.lowerBound))
    }
}
