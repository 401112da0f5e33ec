/// Frame rule: the purpose of an act, when what it serves is other people, a community or a craft,
/// evokes the mission frame where no mission word is written (+1) — "per non far morire un
/// mestiere", "per pulire i sentieri della valle", "perché nessun bambino resti senza", "ha aperto
/// una biblioteca per i ragazzi del rione". The frame fixture's guideline: mission covers purpose
/// and serving others, named or only evoked; a purpose is what drives the act, so it is asserted.
///
/// In a sentence that names no mission term, a noun of `FrameEvokingClasses` (people served, a
/// community or a heritage: the `servedNoun` class), opened as the object or the possessor of the
/// act — an article, "nessun", a preposition of "of" (dei, della…), or for people a preposition of
/// "to" (ai, alle…), with a possessive between ("ai suoi anziani") —, within eight units after a
/// mark of purpose in its clause:
/// - "per" and an infinitive ("per curare", "per non far morire", "per aiutarli") that is not a
///   verb whose purpose serves nobody (`notServing`: andare, vedere, comprare…), unless "non"
///   turns a verb of leaving into keeping ("per non lasciare il borgo senza medicine");
/// - "perché" / "affinché" with a negation or "nessun" after it ("perché i ragazzi non restino
///   indietro"): a purpose that keeps harm away from others (a bare "perché" is mostly causal,
///   and so is one whose negated verb is indicative: "perché i vicini non hanno…");
/// - "a" and an infinitive after a verb of spending time (`timeGiving`: "passa le domeniche a
///   leggere ai bambini ricoverati");
/// - "per" and the people served after a verb of founding in the clause ("ha fondato una scuola
///   per i ragazzi").
/// A noun after a preposition of place or of company ("nel paese", "con i vicini") is where or with
/// whom, not whom the act serves. A public body or a report (`DevotedService.institutions`, a
/// `NeutralMention` cue) acts by office, and a purpose about pay (a money term in the clause) is money's: neither evokes it.
struct PurposeForOthers: Sendable {
    static let name = "PurposeForOthers"
    /// It starts from a noun of people served, a community or a heritage (`servedNoun`).
    static let gate = SentenceRuleGate(anyWordClass: .servedNoun)
    static let salience = 0.6
    /// How far before the noun the mark of purpose may be.
    static let reach = 8
    /// What opens the object or the possessor of the act.
    static let objectOpeners: FormSet = [
        "il", "lo", "la", "i", "gli", "le", "l'", "un", "uno", "una", "un'", "del", "dello", "della", "dei", "degli", "delle",
        "dell'", "di", "nessun", "nessuna", "nessuno", "quel", "quella", "quei", "quelle", "questo", "questa", "questi", "queste",
    ]
    /// What opens the people an act is done to or for ("ai ragazzi", "alle donne").
    static let dativeOpeners: FormSet = ["a", "ai", "agli", "alle", "al", "alla", "all'"]
    static let possessives: FormSet = ["mio", "mia", "miei", "mie", "suo", "sua", "suoi", "sue", "nostro", "nostra", "nostri", "nostre", "loro"]
    static let purpose = GoalForOthers.purpose
    /// Unstressed pronouns between a negation and its verb.
    static let clitics: FormSet = ["mi", "ti", "ci", "vi", "si", "gli", "le", "lo", "la", "li", "ne", "l'", "c'"]
    /// Indicative forms that make a "perché … non" clause a cause, not a purpose ("perché non hanno").
    static let indicatives: FormSet = [
        "ha", "hanno", "ho", "hai", "abbiamo", "è", "sono", "era", "erano", "aveva", "avevano", "fa", "fanno", "può", "possono",
        "vuole", "vogliono", "deve", "devono", "sa", "sanno", "riesce", "riescono", "c'è", "va", "vanno",
    ]
    /// Prepositions of place, before an article.
    static let locatives: FormSet = ["in", "su", "da"]
    /// Prepositions of company, before an article: "con i vicini" (and "insieme ai vicini") is
    /// whom one is with.
    static let companions: FormSet = ["con", "tra", "fra"]
    static let negations: FormSet = ["non", "nessun", "nessuna", "nessuno", "mai"]
    /// Infinitives of leaving whose negation ("per non lasciare", "per non abbandonare") is a
    /// purpose that serves what is not left.
    static let keptFrom: FormSet = ["lasciare", "abbandonare"]

    /// The mission evoked by a purpose that serves others, in a sentence that names no mission term.
    func evoked(in state: SentenceSentimentState, occurrences: [FrameOccurrence]) -> FrameOccurrence? {
        guard !occurrences.contains(where: { $0.term.frame == "mission" }) else { return nil }
        let classes = FrameEvokingClasses.shared
        let units = state.units
        for index in units.indices where index >= 2 && units[index].kind == .word && units[index].isIn(.servedNoun) {
            let isPeople = classes.served.contains(units[index].form)
            // "ai suoi anziani": a possessive between the opener and the noun.
            var openerIndex = index - 1
            if Self.possessives.contains(units[openerIndex].form) { openerIndex -= 1 }
            guard openerIndex >= 1 else { continue }
            let opener = units[openerIndex].form
            // "nel paese", "sulle spiagge" (the tokenizer writes "in il", "su le"): a place where
            // something happens, not what the act serves.
            if Self.locatives.contains(units[openerIndex - 1].form) { continue }
            // "gioca a carte con i vicini": company, not the people an act serves.
            if Self.companions.contains(units[openerIndex - 1].form)
                || openerIndex >= 2 && units[openerIndex - 1].form == "a" && units[openerIndex - 2].form == "insieme"
            {
                continue
            }
            let asDative = Self.dativeOpeners.contains(opener)
            guard Self.objectOpeners.contains(opener) || (isPeople && asDative) else { continue }
            let start = max(state.clauseStart(before: index), index - Self.reach)
            guard let mark = purposeMark(before: openerIndex, from: start, isPeople: isPeople, in: state) else { continue }
            let end = state.clauseEnd(from: index)
            // A purpose about pay ("per pagare gli operai") is money's.
            if occurrences.contains(where: { $0.term.frame == "money" && $0.head >= start && $0.head < end }) { continue }
            guard !units.contains(where: { $0.kind == .word && ($0.isIn(.neutralMentionCue) || DevotedService.institutions.contains($0.form)) })
            else { return nil }
            return FrameOccurrence(evoking: "mission", by: Self.name, weight: Self.salience, units: mark..<(index + 1))
        }
        return nil
    }

    /// The mark of purpose that governs the noun whose opener is at `opener`, searched back to
    /// `start`: its position, or nil.
    private func purposeMark(before opener: Int, from start: Int, isPeople: Bool, in state: SentenceSentimentState) -> Int? {
        let units = state.units
        guard start < opener else { return nil }
        for position in stride(from: opener - 1, through: start, by: -1) where units[position].kind == .word {
            let form = units[position].form
            if form == "per" {
                // "per non far morire", "per aiutarli": the infinitive right after "per" (or "per non").
                var verb = position + 1
                if verb < opener && units[verb].form == "non" { verb += 1 }
                if verb < opener, let infinitive = Self.infinitive(units[verb].form) {
                    // "per non lasciare il borgo senza medicine": not leaving a place or people
                    // (`keptFrom`) serves them.
                    if verb > position + 1 && Self.keptFrom.contains(infinitive) { return position }
                    return FrameEvokingClasses.shared.notServing.contains(infinitive) ? nil : position
                }
                // "ha fondato una scuola per i ragazzi": people served right after "per", after a verb of founding.
                if isPeople && verb == opener && (state.clauseStart(before: position)..<position).contains(where: {
                    units[$0].kind == .word && FrameEvokingClasses.shared.founding.entry(for: units[$0].form).map { $0.derivation != .nominal } ?? false
                }) {
                    return position
                }
                return nil
            }
            if Self.purpose.contains(form) {
                // "perché nessun bambino resti senza", "perché i ragazzi non restino indietro";
                // not "perché i vicini non hanno…", a cause.
                let clauseEnd = min(state.clauseEnd(from: position + 1), opener + Self.reach)
                guard let negation = ((position + 1)..<clauseEnd).first(where: { Self.negations.contains(units[$0].form) }) else { return nil }
                var verb = negation + 1
                while verb < clauseEnd && Self.clitics.contains(units[verb].form) { verb += 1 }
                return verb < clauseEnd && Self.indicatives.contains(units[verb].form) ? nil : position
            }
            // "passa le domeniche a leggere ai bambini": time spent on an act (a verb of
            // spending time within four units before "a" and the infinitive).
            if form == "a", position + 1 < opener, Self.infinitive(units[position + 1].form) != nil {
                let timeGiving = FrameEvokingClasses.shared.timeGiving
                if (max(state.clauseStart(before: position), position - 4)..<position).contains(where: { timeGiving.entry(for: units[$0].form).map { $0.derivation != .nominal } ?? false }),
                    let infinitive = Self.infinitive(units[position + 1].form), !FrameEvokingClasses.shared.notServing.contains(infinitive)
                {
                    return position
                }
            }
        }
        return nil
    }

    /// The infinitive a form writes, whole ("curare") or truncated before a clitic or a verb
    /// ("far", "aiutar"), or nil.
    static func infinitive(_ form: String) -> String? {
        if MultiwordExpansion.infinitives.contains(form) { return form }
        if form.hasSuffix("r"), MultiwordExpansion.infinitives.contains(form + "e") { return form + "e" }
        return nil
    }

    /// The stance of a purpose for others: asserted, unless a contrast demotes it.
    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict {
        if let contrasted = ContrastedFrame().verdict(for: occurrence, in: context), contrasted.stance < 0 {
            return FrameStanceVerdict(stance: -1, rule: Self.name)
        }
        return FrameStanceVerdict(stance: 1, rule: Self.name)
    }
}
