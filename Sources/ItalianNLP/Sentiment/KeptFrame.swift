/// Frame stance rule: a negated verb of losing or leaving keeps the frame (+1). Negation and loss
/// cancel out, so the frame is what lasts, not what is rejected: "quella curiosità non mi ha mai
/// lasciata", "non ha mai perso la passione", "non ho mai smesso di credere nella missione",
/// "non ha mai rinunciato ai suoi ideali", "la vocazione non si è spenta". A refusal denied is
/// an acceptance in the same way: "un contratto così non lo rifiuti", "un'offerta che non si può
/// rifiutare", "non ha mai snobbato i soldi" (+1).
///
/// Two shapes, both inside one clause:
///
/// - the term as the object: a frame negator, a loss verb at most four units after it, then the
///   term after nothing but articles, possessives, "a"/"di" and their articled forms, "mai",
///   "più" and at most one infinitive ("smesso di credere nella missione");
/// - the term as the subject: a frame negator at most two units after the term, then a loss verb
///   at most four units after the negator ("la passione non l'ha mai abbandonato").
///
/// A motive ("non ha lasciato l'ospedale per il denaro") is not an object: "per" stops the
/// first shape, and `NegatedFrame` rejects it as before. Without this rule `NegatedFrame` read
/// the negation alone and rejected the frame that the sentence says was never lost.
struct KeptFrame: Sendable {
    static let name = "KeptFrame"
    /// Verbs of losing, leaving or giving up a thing (their negation keeps it).
    static let lossVerbs = LemmaBridge(lemmas: [
        "lasciare", "abbandonare", "perdere", "smettere", "tradire", "mollare", "spegnere", "svanire", "rinnegare",
        "dimenticare", "rinunciare", "tramontare",
        // Refusing: a refusal denied is an acceptance ("un'offerta così non si rifiuta").
        "rifiutare", "respingere", "declinare", "snobbare", "disdegnare", "disprezzare",
    ])
    /// Irregular participles of the loss verbs, which a regular conjugator does not give.
    static let irregularForms: FormSet = [
        "perso", "persa", "persi", "perse", "smesso", "smessa", "smessi", "smesse", "spento", "spenta", "spenti", "spente",
    ]
    /// Words that may stand between the loss verb and its object term.
    static let objectFillers: FormSet = [
        "a", "ad", "di", "d'", "al", "allo", "alla", "all'", "ai", "agli", "alle", "del", "dello", "della", "dell'", "dei", "degli",
        "delle", "mai", "più", "suoi", "sue", "sua", "suo", "miei", "mie", "mia", "mio", "propri", "proprie", "propria", "proprio",
        "nostri", "nostre", "nostra", "nostro", "loro", "quella", "quel", "quello", "quei", "quelle", "questo", "questa", "questi",
        "queste", "nella", "nel", "nei", "nelle",
        "in",
    ]
    /// Infinitive endings of the one verb that may come between ("smesso di credere nella …").
    static let infinitiveEndings = ["are", "ere", "ire", "arci", "erci", "irci"]

    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        guard occurrence.evokedBy == nil else { return nil }
        let state = context.state
        let units = state.units
        let head = occurrence.head
        // Object shape: walk back from the term over fillers (and one infinitive) to a loss verb,
        // then look for a frame negator at most four units before that verb.
        var position = occurrence.units.lowerBound - 1
        var infinitives = 0
        while position >= 0 && occurrence.units.lowerBound - position <= 6 && !units[position].isClauseBoundary {
            let form = units[position].form
            if isLossVerb(position, in: state) {
                if hasNegator(in: max(0, position - 4)..<position, state: state) {
                    return FrameStanceVerdict(stance: 1, rule: Self.name)
                }
                return nil
            }
            if FrameTermMatcher.articles.contains(form) || Self.objectFillers.contains(form) {
                position -= 1
                continue
            }
            if infinitives == 0 && form.count > 4 && Self.infinitiveEndings.contains(where: { form.hasSuffix($0) }) {
                infinitives += 1
                position -= 1
                continue
            }
            break
        }
        // Subject shape: the term, a negator within two units, a loss verb within four more.
        let after = occurrence.units.upperBound
        guard head >= 0, after < units.count else { return nil }
        for negator in after..<min(units.count, after + 2) {
            if units[negator].isClauseBoundary { return nil }
            guard NegatedFrame.isFrameNegator(negator, in: state) else { continue }
            for verb in (negator + 1)..<min(units.count, negator + 5) {
                if units[verb].isClauseBoundary { return nil }
                if isLossVerb(verb, in: state) { return FrameStanceVerdict(stance: 1, rule: Self.name) }
            }
            return nil
        }
        return nil
    }

    private func isLossVerb(_ index: Int, in state: SentenceSentimentState) -> Bool {
        let unit = state.units[index]
        guard unit.kind == .word else { return false }
        if Self.irregularForms.contains(unit.form) { return true }
        guard let entry = Self.lossVerbs.entry(for: unit.form) else { return false }
        return entry.derivation != .nominal
    }

    private func hasNegator(in range: Range<Int>, state: SentenceSentimentState) -> Bool {
        range.contains { NegatedFrame.isFrameNegator($0, in: state) }
    }
}
