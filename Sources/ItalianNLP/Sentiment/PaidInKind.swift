/// Frame stance rule: pay given in kind instead of money is poor pay (−1) — "pagati con un panino
/// e una maglietta", "ti pagano in visibilità", "ci ricompensano con i complimenti". Paying with
/// things that are not money says the work is not paid, which the frame fixture's guideline counts
/// as pay evaluated negatively ("Ti pagano in «visibilità»? Allora non ti pagano").
///
/// A form of a verb of paying (`paying`, not a noun: "la paga con gli arretrati" is no payment in
/// kind; "paga" only after a clitic) followed by "con" or "in" and, within two more units (an article, a quotation mark), a
/// noun that is no money and no way of paying (`modes`: contanti, bonifico, nero, ritardo…), no
/// figure, no proper name and no money term — unless it is a thing given in kind (class `inKind`
/// of `Lexicons/frames/evoking-classes.tsv`: "pagato con i buoni pasto"); "come" before them makes a comparison ("pagati
/// come in Germania").
struct PaidInKind: Sendable {
    static let name = "PaidInKind"
    static let paying = LemmaBridge(lemmas: ["pagare", "retribuire", "ricompensare", "compensare", "remunerare"])
    /// Ways and times of paying, and money itself: "pagati in contanti", "in nero", "in ritardo".
    static let modes: FormSet = [
        "contanti", "contante", "bonifico", "bonifici", "assegno", "assegni", "nero", "ritardo", "anticipo", "tempo", "rate",
        "rata", "carta", "busta", "criptovalute", "bitcoin", "valuta", "banconote", "moneta", "monete", "denaro", "soldi",
        "modo", "maniera", "base", "media", "percentuale", "proporzione", "tutto", "parte", "misura", "proprio", "regola",
        "fretta", "orario", "giornata", "giorno", "mese", "anno", "ora", "nessun", "nessuna", "quello", "quella", "quanto",
        // Who pays, not with what: "pagati con fondi europei", "con le nostre tasse".
        "fondi", "fondo", "risorse", "finanziamenti", "finanziamento", "contributi", "tasse", "imposte", "bilancio", "cassa",
    ]

    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        // The term is a verb of paying ("pagare", matched by "pagati"), not a noun that a verb
        // form happens to spell ("compensi").
        guard occurrence.term.frame == "money", occurrence.evokedBy == nil, occurrence.term.words.count == 1,
            Self.paying.entry(for: occurrence.term.words[0])?.derivation == .lemma
        else { return nil }
        let state = context.state
        let units = state.units
        for index in occurrence.units where Self.isPayingVerb(units[index].form) || units[index].form == "paga" && index > 0 && Self.clitics.contains(units[index - 1].form) {
            var position = occurrence.units.upperBound
            // The object may come between: "pagano i programmatori con i complimenti".
            while position < min(units.count, occurrence.units.upperBound + 4) && !units[position].isClauseBoundary {
                if units[position].form == "con" || units[position].form == "in" { break }
                // "pagati come in Germania": a comparison, not a means.
                if units[position].form == "come" { return nil }
                position += 1
            }
            guard position < units.count, units[position].form == "con" || units[position].form == "in" else { return nil }
            var noun = position + 1
            while noun < min(units.count, position + 4) && (units[noun].isIn(.article) || units[noun].kind == .punctuation && !units[noun].isClauseBoundary) {
                noun += 1
            }
            // A thing given in kind that is also a money term ("pagato con i buoni pasto") pays in kind.
            if noun < units.count, FrameEvokingClasses.phrase(of: FrameEvokingClasses.shared.inKind, at: noun, in: units) != nil {
                return FrameStanceVerdict(stance: -1, rule: Self.name)
            }
            // A proper name is a place or a payer ("pagati in Svizzera"), not a thing paid with.
            guard noun < units.count, units[noun].kind == .word, !units[noun].isIn(.functionWord), !context.isFrameUnit(noun),
                units[noun].text.first?.isUppercase != true
            else { return nil }
            let form = units[noun].form
            if Self.modes.contains(form) || FrameSenseRules.currencyWords.contains(form) || PlainMoneyMention.isNumber(form) { return nil }
            return FrameStanceVerdict(stance: -1, rule: Self.name)
        }
        return nil
    }

    /// Whether a form is a verb form of paying (not the noun *paga*).
    static func isPayingVerb(_ form: String) -> Bool {
        guard let entry = paying.entry(for: form) else { return false }
        return entry.derivation == .verbal || entry.derivation == .lemma || entry.derivation == .singularPresent && form != "paga"
    }

    /// Clitics before "paga" that make it the verb ("ti paga in visibilità"), not the noun.
    static let clitics: FormSet = ["mi", "ti", "ci", "vi", "si", "lo", "la", "li", "le", "gli"]
}
