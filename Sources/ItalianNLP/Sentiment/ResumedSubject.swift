/// Frame stance rule: a frame term that is the subject of a clause stays the subject of the clause
/// a "ma" opens with a verb and no subject of its own, and that clause — the one the contrast
/// promotes — says what the sentence holds of it: "i soldi non fanno la felicità, ma aiutano"
/// (money +1), "lo stipendio non è tutto, ma conta" (+1), "la passione è bella, ma non paga
/// l'affitto" (mission −1). Without it the first clause alone was read: its negation rejected the
/// frame (`NegatedFrame`), or its demoted side did (`ContrastedFrame`).
///
/// The term opens its clause (only determiners before it: `NegatedFrame.opensClause`); the next
/// contrast marker of the sentence is a plain "ma" (or "però") on the frame sides; right after it,
/// clitics passed over, comes a word whose form shows a verb (`ClauseMood`, or a common irregular
/// form) that agrees with the subject in number, that is no verb of needing or lacking
/// ("ma bisogna anche mangiare", "ma manca la prospettiva": impersonal, or with a subject after
/// them), and that is not the verb of the term's clause said again ("il bonus conta, ma conta di più
/// sapere perché…" has a subject of its own after it), and no frame term stands in that clause.
/// The promoted clause gives −1 when a negator is
/// in it or its words are negative on balance, else +1.
struct ResumedSubject: Sendable {
    static let name = "ResumedSubject"
    /// It needs a contrast marker (`SentenceClassSummary`).
    static let gate = SentenceRuleGate(anyFinding: .contrastAfter)
    /// The markers whose clause may go on with the subject before them.
    static let markers: FormSet = ["ma", "però"]
    /// Frequent verb forms that `ClauseMood` reads as no mood (presents of -ere verbs, conditionals).
    static let verbForms: FormSet = [
        "conta", "contano", "aiuta", "aiutano", "basta", "bastano", "vale", "valgono", "pesa", "pesano", "paga", "pagano",
        "arriva", "arrivano", "dura", "durano", "fa", "fanno", "può", "possono", "deve", "devono", "è", "sono", "ha", "hanno",
    ]
    /// Verbs of needing, lacking and remaining, impersonal or with a subject after them: "ma
    /// bisogna anche mangiare", "ma manca la prospettiva di crescita", "ma servono più fondi".
    static let impersonal = LemmaBridge(lemmas: ["bisognare", "occorrere", "servire", "mancare", "restare", "rimanere", "toccare", "convenire", "volerci"])
    static let irregularImpersonal: FormSet = ["rimane", "rimangono", "tocca", "toccano", "vuole", "vogliono"]
    /// Articles and determiners that show the subject's number.
    static let singularDeterminers: FormSet = ["il", "lo", "la", "l'", "un", "uno", "una", "un'", "questo", "questa", "quel", "quello", "quella", "mio", "mia", "tuo", "tua", "suo", "sua", "nostro", "nostra", "vostro", "vostra"]
    static let pluralDeterminers: FormSet = ["i", "gli", "le", "questi", "queste", "quei", "quegli", "quelle", "miei", "mie", "tuoi", "tue", "suoi", "sue", "nostri", "nostre", "vostri", "vostre"]
    /// Third-person plural verb forms end so (a singular form never does).
    static let pluralEndings = ["ano", "ono", "ino", "ranno", "vano", "rono", "ssero"]

    /// Whether the subject's number, shown by the determiner right before the term, and the
    /// verb's agree: a verb of the other number has a subject of its own.
    static func agrees(subject head: Int, verb form: String, in state: SentenceSentimentState) -> Bool {
        guard head > 0 else { return true }
        let determiner = state.units[head - 1].form
        let pluralVerb = form == "sono" || form == "hanno" || pluralEndings.contains { form.hasSuffix($0) }
        if singularDeterminers.contains(determiner) { return !pluralVerb }
        if pluralDeterminers.contains(determiner) { return pluralVerb }
        return true
    }
    /// How negative the promoted clause's words must be, on balance, to judge the term badly.
    static let negativeBalance = -0.3

    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        let state = context.state
        let units = state.units
        guard occurrence.evokedBy == nil, NegatedFrame.opensClause(occurrence.head, in: state) else { return nil }
        // The first contrast marker after the term; nothing but commas between the term's clause
        // and it ("…, ma").
        guard let marker = (occurrence.units.upperBound..<units.count).first(where: { state.modifierKind($0) == .contrastAfter }),
            Self.markers.contains(units[marker].form), !state.consumedContrasts.contains(marker),
            !(occurrence.units.upperBound..<marker).contains(where: { units[$0].isClauseBoundary && units[$0].form != "," })
        else { return nil }
        var first = state.afterModifier(marker)
        while first < units.count && ClauseMood.passedOver.contains(units[first].form) { first += 1 }
        guard first < units.count, units[first].kind == .word, !context.isFrameUnit(first) else { return nil }
        // "ma anche", "ma pure" add: `ContrastedFrame` takes them.
        guard !["anche", "pure"].contains(units[first].form) else { return nil }
        let form = units[first].form
        guard Self.verbForms.contains(form) || ClauseMood.mood(of: form) != nil else { return nil }
        guard !Self.irregularImpersonal.contains(form), Self.impersonal.entry(for: form).map({ $0.derivation == .nominal }) ?? true,
            Self.agrees(subject: occurrence.head, verb: form, in: state)
        else { return nil }
        // "Il bonus conta, ma conta di più sapere perché…": the verb said again is a parallel
        // clause with a subject of its own after it.
        let termClause = state.clauseStart(before: occurrence.head)..<marker
        guard !termClause.contains(where: { StringIdentity.equals(units[$0].form, form) }) else { return nil }
        let clause = state.afterModifier(marker)..<state.clauseEnd(from: state.afterModifier(marker))
        guard !clause.contains(where: { context.isFrameUnit($0) }) else { return nil }
        let negated = clause.contains { NegatedFrame.isFrameNegator($0, in: state) }
        let balance = clause.reduce(0.0) { $0 + state.valence[$1] }
        return FrameStanceVerdict(stance: negated || balance <= Self.negativeBalance ? -1 : 1, rule: Self.name)
    }
}
