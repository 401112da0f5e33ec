/// Frame stance rule: a frame under negation is rejected (−1). Three shapes:
///
/// - the term in a negator's scope, or later in the same clause as the negator: "non lo faccio
///   per la paga", "nessuna cifra vale…", "non ha lasciato l'ospedale per il denaro", "né i soldi
///   né le grandi cause";
/// - the term in the noun phrase that opens its clause, as the subject of a negated predicate (a
///   clause that opens with a preposition has no such subject: "con un'offerta a sei zeri non
///   c'è ideale che tenga"): "la remunerazione non è mai stata il punto",
///   "gli ideali non riempiono il frigorifero", "il denaro non gli è mai importato";
/// - the "di" object put before a negated verb of caring: "dei soldi non mi importa nulla".
///
/// A subject whose negated predicate comes after a parenthetical is `ParentheticalNegation`'s.
///
/// "Non retribuito", "non pagati" right before a pay participle are unpaid work (`UnpaidWork`'s
/// −1). Conditions are not negations of the frame ("se non mi alzano la paga me ne vado" demands pay),
/// nor is "senza" (unpaid work is about pay: "senza un contratto pagato").
struct NegatedFrame: Sendable {
    static let name = "NegatedFrame"
    /// Every verdict needs a negator, or the "no" of "i soldi no" (a `refusalCue`; see
    /// `SentenceClassSummary`).
    static let gate = SentenceRuleGate(anyWordClass: .refusalCue, anyFinding: .negator)
    static let prepositions: FormSet = ["di", "a", "da", "in", "con", "su", "per", "tra", "fra"]
    static let nonFrameNegators: FormSet = ["senza", "privo di", "priva di", "privi di", "prive di", "no"]

    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        guard let verdict = rejection(of: occurrence, in: context) else { return nil }
        // "a fine mese non si arriva più a mille euro": a figure not reached is pay too low, not a
        // motive rejected (no alternative motive follows from it: `AlternativeMotive` reads only
        // rejections).
        if verdict.rule == Self.name, Self.isFigureNotAMotive(occurrence, in: context.state) {
            return FrameStanceVerdict(stance: -1, rule: InsufficientPay.name)
        }
        return verdict
    }

    /// Whether the money term is a figure ("mille euro", "800 euro netti") that no motive marker
    /// opens ("non lo farei per mille euro" rejects a motive).
    static func isFigureNotAMotive(_ occurrence: FrameOccurrence, in state: SentenceSentimentState) -> Bool {
        guard occurrence.term.frame == "money", occurrence.head >= 1, PlainMoneyMention.isNumber(state.units[occurrence.head - 1].form) else { return false }
        let before = occurrence.head - 2
        return before < 0 || !state.units[before].isIn(.motiveMarker)
    }

    private func rejection(of occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        // "una sanità che non lasci indietro nessuno": a term that holds "nessuno" needs the "non"
        // before it by negative concord (the lexicon leaves the "non" out of the term); the
        // negation is the term's own, not a rejection of it.
        if occurrence.term.words.contains("nessuno") { return nil }
        let state = context.state
        let head = occurrence.head
        // "La vocazione c'è, i soldi no": an elliptical "no" after the term.
        if StringIdentity.equals(context.form(occurrence.units.upperBound), "no") && (occurrence.units.upperBound + 1 >= state.units.count || state.units[occurrence.units.upperBound + 1].isClauseBoundary) {
            return FrameStanceVerdict(stance: -1, rule: Self.name)
        }
        // "stage non retribuito", "straordinari non pagati": unpaid work, pay evaluated, not a motive
        // rejected (no alternative motive follows from it).
        if occurrence.term.frame == "money", head > 0, state.modifier[head - 1]?.phrase == "non",
            NegatedFrame.participleEndings.contains(where: { state.units[head].form.hasSuffix($0) })
        {
            return FrameStanceVerdict(stance: -1, rule: UnpaidWork.name)
        }
        // A negator earlier in the same clause.
        var position = head - 1
        while position >= 0 && !state.units[position].isClauseBoundary && head - position <= 14 {
            if Self.isFrameNegator(position, in: state) { return FrameStanceVerdict(stance: -1, rule: Self.name) }
            // A subordinate clause begins: "non me ne faccio niente dei soldi se non posso fare
            // quello che amo" negates nothing of what follows "se".
            if StringIdentity.equals(state.units[position].form, "che"), Self.isRaisedNegation(before: position, in: state) {
                return FrameStanceVerdict(stance: -1, rule: Self.name)
            }
            if state.modifierKind(position) == .contrastAfter || ["che", "perché", "se"].contains(state.units[position].form) { break }
            position -= 1
        }
        // The term as subject: a negator right after its noun phrase ("il compenso simbolico di un
        // euro all'anno non è…"), before any relative clause or contrast. A term after a
        // preposition is not the subject ("con un'offerta a sei zeri non c'è ideale che tenga").
        let clauseStart = state.clauseStart(before: head)
        // A leading conjunction does not count: "e con quello che guadagno non torno indietro".
        let words = (clauseStart..<head).filter { state.units[$0].kind == .word && !Self.conjunctions.contains(state.units[$0].form) }
        // "Dei soldi non mi importa nulla": the "di" object of a negated verb of caring.
        if StringIdentity.equals(context.form(occurrence.head - 1), "di") || (FrameTermMatcher.articles.contains(context.form(occurrence.head - 1)) && StringIdentity.equals(context.form(occurrence.head - 2), "di")),
            isNotCaredFor(after: occurrence.units.upperBound, in: state)
        {
            return FrameStanceVerdict(stance: -1, rule: Self.name)
        }
        // A clause opened by a preposition or by "se" has no subject for the negation after it:
        // "se mi pagassero il giusto non mi lamenterei".
        if let first = words.first, Self.prepositions.contains(state.units[first].form) || StringIdentity.equals(state.units[first].form, "se") {
            return nil
        }
        // Nor has a clause opened by "chi": "chi fa il volontario non lo fa per il rimborso" negates
        // the motive of whoever does it, not what they do.
        if let first = words.first, StringIdentity.equals(state.units[first].form, "chi") { return nil }
        // Nor is a term right after a preposition ("perché con 900 euro al mese non si vive").
        var before = head - 1
        while before >= clauseStart && (FrameTermMatcher.articles.contains(state.units[before].form) || PlainMoneyMention.isNumber(state.units[before].form)) {
            before -= 1
        }
        if before >= clauseStart && Self.prepositions.contains(state.units[before].form) {
            // "con seicento euro al mese non si prende in affitto una stanza": a figure that a
            // negated clause says is not enough is pay too low (`verdict(for:in:)` names it so).
            if StringIdentity.equals(state.units[before].form, "con"), Self.isFigureNotAMotive(occurrence, in: state),
                (occurrence.units.upperBound..<state.clauseEnd(from: occurrence.units.upperBound)).contains(where: { Self.isFrameNegator($0, in: state) })
            {
                return FrameStanceVerdict(stance: -1, rule: Self.name)
            }
            return nil
        }
        var after = occurrence.units.upperBound
        var steps = 0
        while after < state.units.count && steps < 8 && !state.units[after].isClauseBoundary {
            if Self.isFrameNegator(after, in: state) {
                // "la RAL non è indicata nell'annuncio": a neutral passive says what was not done
                // with the term, it does not reject it.
                if isNeutralPassive(after: after, in: state, context: context) { return nil }
                return FrameStanceVerdict(stance: -1, rule: Self.name)
            }
            let form = state.units[after].form
            // A relative or adverbial clause begins: its negation is not the term's predicate
            // ("garantire cure a chi non può pagarle").
            if Self.clauseOpeners.contains(form) || state.modifierKind(after) == .contrastAfter { break }
            after += 1
            steps += 1
        }
        return nil
    }

    /// Verbs of believing and expecting, whose negation Italian reads in the clause they govern:
    /// "non penso che lo faccia per i soldi" is "penso che non lo faccia per i soldi".
    static let believing = LemmaBridge(lemmas: ["pensare", "credere", "ritenere", "immaginare", "aspettare", "sembrare", "parere", "sognare"])
    /// The conditional of *dire*, a hedged belief ("non direi che lo fanno per i soldi"), which a
    /// regular conjugator does not give.
    static let hedgedSaying: FormSet = ["direi", "diresti", "direbbe", "diremmo", "direste", "direbbero"]

    /// Whether the "che" at `che` follows a negated verb of believing or expecting ("non ho mai
    /// pensato che…", "non credo proprio che…", "non mi aspettavo che…"): the negator within four
    /// units before the verb, in its clause. A negation raised so reaches the "che" clause.
    static func isRaisedNegation(before che: Int, in state: SentenceSentimentState) -> Bool {
        var verb = che - 1
        // An adverb of degree between the verb and "che": "non credo proprio che".
        if verb >= 0, CorrectiveConstruction.certainty.contains(state.units[verb].form) { verb -= 1 }
        guard verb >= 1, state.units[verb].kind == .word,
            hedgedSaying.contains(state.units[verb].form) || believing.entry(for: state.units[verb].form).map({ $0.derivation != .nominal }) ?? false
        else { return false }
        var position = verb - 1
        while position >= 0 && verb - position <= 4 && !state.units[position].isClauseBoundary {
            if isFrameNegator(position, in: state) { return true }
            position -= 1
        }
        return false
    }

    /// Articles, demonstratives and possessives: the words a subject may open with.
    static let determiners: FormSet = FrameTermMatcher.articles.union(RenouncedFrame.possessives).union([
        "questo", "questa", "questi", "queste", "quel", "quello", "quella", "quei", "quegli", "quelle", "tuoi", "tue", "vostro",
        "vostra", "vostri", "vostre", "nostri", "nostre",
    ])

    /// Verbs of caring whose "di" object a negation dismisses ("non me ne importa", "non mi frega").
    static let caring: FormSet = ["importa", "importano", "importava", "interessa", "interessano", "interessava", "frega", "fregano", "fregava"]

    /// A frame negator within three units after the term, then a verb of caring within three more.
    private func isNotCaredFor(after start: Int, in state: SentenceSentimentState) -> Bool {
        let units = state.units
        guard let negator = (start..<min(units.count, start + 3)).first(where: { Self.isFrameNegator($0, in: state) }) else { return false }
        return ((negator + 1)..<min(units.count, negator + 4)).contains { Self.caring.contains(units[$0].form) }
    }

    static let passiveAuxiliaries: FormSet = ["è", "sono", "era", "erano", "viene", "vengono", "veniva", "venivano", "sarà", "stato", "stata", "stati", "state"]
    static let participleEndings = ["ato", "ata", "ati", "ate", "uto", "uta", "uti", "ute", "ito", "ita", "iti", "ite"]

    /// "non è indicata", "non viene pubblicato": a negated auxiliary, then a past participle with
    /// no polarity that is no frame term.
    private func isNeutralPassive(after negator: Int, in state: SentenceSentimentState, context: FrameStanceContext) -> Bool {
        var index = negator + 1
        guard index < state.units.count, Self.passiveAuxiliaries.contains(state.units[index].form) else { return false }
        index += 1
        while index < state.units.count && Self.passiveAuxiliaries.contains(state.units[index].form) { index += 1 }
        guard index < state.units.count, !context.isFrameUnit(index), state.valence[index] == 0 else { return false }
        let form = state.units[index].form
        return form.count > 4 && Self.participleEndings.contains { form.hasSuffix($0) }
    }

    /// Words that open a relative or adverbial clause after the subject.
    /// Words that join a clause to what comes before (skipped when looking for its first word).
    static let conjunctions = ["e", "ma", "o", "poi"]

    static let clauseOpeners: FormSet = ["che", "cui", "e", "chi", "dove", "quando", "se", "come", "perché"]

    /// Whether the unit is a negator that negates a frame: not "senza" or "privo di", not one a
    /// corrective construction took, not the "non" of a condition ("se non") or of "finché non".
    /// Whether the frame term at `head` opens its clause: only determiners, conjunctions and
    /// punctuation stand between the clause's start and it (the frame is the clause's subject).
    static func opensClause(_ head: Int, in state: SentenceSentimentState) -> Bool {
        let units = state.units
        return (state.clauseStart(before: head)..<head).allSatisfy {
            units[$0].kind != .word || determiners.contains(units[$0].form) || conjunctions.contains(units[$0].form)
        }
    }

    static func isFrameNegator(_ index: Int, in state: SentenceSentimentState) -> Bool {
        guard let entry = state.modifier[index], entry.kind == .negator else { return false }
        if Self.nonFrameNegators.contains(entry.phrase) { return false }
        if state.consumedNegators.contains(index) { return false }
        if index > 0 && StringIdentity.equals(state.units[index - 1].form, "se") { return false }
        // "finché non arriva l'offerta giusta": until, not a negation.
        if index > 0 && ["finché", "finchè", "fintanto"].contains(state.units[index - 1].form) { return false }
        // "senza mai chiedere niente in cambio": a negative word after "senza" agrees with it
        // (negative concord); "senza" rejects no frame, and neither does its concord. "Non" is
        // never concord ("senza fatturato non si paga nessuno" negates the main clause).
        if !StringIdentity.equals(entry.phrase, "non"), (max(0, index - 3)..<index).contains(where: { StringIdentity.equals(state.units[$0].form, "senza") && !(($0 + 1)..<index).contains { state.units[$0].isClauseBoundary } }) {
            return false
        }
        return true
    }
}
