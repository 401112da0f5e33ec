/// Frame rule: things given in kind, or what is no pay at all, given as the reward for work are poor
/// pay (money −1) — "il merito si premia con una pacca sulla spalla e una pizza", "il concorso
/// offre ai violinisti «esperienza e visibilità»", "l'unica paga che vuole è un sorriso", "un
/// rimborso spese di duecento euro e tanta visibilità", "in cambio un attestato di partecipazione".
/// The frame fixture's guideline: money covers pay and compensation, named or only evoked, and pay
/// that is none is pay evaluated negatively ("Ti pagano in «visibilità»? Allora non ti pagano").
/// Things in kind that are all there is ("offre solo vitto e alloggio") are such pay too; given
/// beside pay and unmarked ("oltre allo stipendio, buoni pasto da otto euro") they are left to the
/// other rules.
///
/// The phrases are data (`FrameEvokingClasses.inKind`, `.pseudoPay`). In a sentence that names
/// no money term, a phrase of pay that is none (`pseudoPay`: visibilità, applausi, una pacca sulla
/// spalla, un sorriso) within six units after a verb of rewarding or giving (`rewarding`,
/// `givingForms`: pagare, premiare, ricompensare, offrire, dare, regalare…) in its clause, or a phrase of
/// things in kind (`inKind`) after such a verb with "solo" / "soltanto" / "appena" between, or beside
/// "in cambio" (before it or after it), evokes money (−1). A money term followed, before the end of
/// its sentence or a colon, by a phrase of pay that is none (not "la visibilità del marchio", the
/// possessed; not "non pacche sulle spalle", denied; not "ha sorriso", a verb), is judged −1.
/// Such phrases are no alternative motive either: `AlternativeMotive` does not evoke the mission
/// from them ("non paga gli artisti: offre solo visibilità e un pasto caldo").
struct RewardInKind: Sendable {
    static let name = "RewardInKind"
    static let gate = SentenceRuleGate(anyWordClass: .rewardStart)
    static let salience = 0.6
    static let reach = 6
    /// Verbs of rewarding and giving, regular enough for the lemma bridge.
    static let rewarding = LemmaBridge(lemmas: [
        "pagare", "premiare", "ricompensare", "retribuire", "compensare", "gratificare", "ripagare", "ringraziare", "offrire", "regalare",
        "concedere", "garantire", "promettere",
    ])
    /// Irregular forms of giving and offering that the bridge does not give.
    static let givingForms: FormSet = [
        "dà", "danno", "dava", "davano", "dato", "dati", "data", "date", "darà", "daranno", "offerto", "offerti", "offerte",
        "concesso", "concessi", "promesso", "promessi",
    ]
    /// Marks that things in kind are all there is.
    static let onlyWords: FormSet = ["solo", "soltanto", "appena", "solamente", "unicamente"]
    /// What opens a possessor after a phrase: "la visibilità del marchio" is the brand's.
    static let possessors: FormSet = ["di", "del", "della", "dei", "degli", "delle", "dello", "dell'"]

    /// Whether the unit is a verb of rewarding or giving.
    static func isRewarding(_ index: Int, in units: [SentimentUnit]) -> Bool {
        let form = units[index].form
        if givingForms.contains(form) { return true }
        return rewarding.entry(for: form).map { $0.derivation != .nominal } ?? false
    }

    /// Whether "in cambio" or "in compenso" stands within four units before `start` or right
    /// after `end` ("vitto e alloggio in cambio di sei ore").
    static func inExchange(before start: Int, after end: Int, in units: [SentimentUnit]) -> Bool {
        func exchange(at index: Int) -> Bool {
            index >= 0 && index + 1 < units.count && units[index].form == "in" && (units[index + 1].form == "cambio" || units[index + 1].form == "compenso")
        }
        return (max(0, start - 4)..<start).contains(where: exchange) || exchange(at: end)
    }

    /// The money evoked by pay in kind or pay that is none, in a sentence that names no money term.
    func evoked(in state: SentenceSentimentState, occurrences: [FrameOccurrence]) -> FrameOccurrence? {
        guard !occurrences.contains(where: { $0.term.frame == "money" }) else { return nil }
        let classes = FrameEvokingClasses.shared
        let units = state.units
        for index in units.indices where units[index].kind == .word && units[index].isIn(.rewardStart) {
            let pseudo = FrameEvokingClasses.phrase(of: classes.pseudoPay, at: index, in: units)
            guard let phrase = pseudo ?? FrameEvokingClasses.phrase(of: classes.inKind, at: index, in: units) else { continue }
            let end = index + phrase.words.count
            let start = max(state.clauseStart(before: index), index - Self.reach)
            let verb = (start..<index).last { Self.isRewarding($0, in: units) }
            if pseudo != nil, let verb {
                return FrameOccurrence(evoking: "money", by: Self.name, weight: Self.salience, units: verb..<end)
            }
            if pseudo == nil, let verb, ((verb + 1)..<index).contains(where: { Self.onlyWords.contains(units[$0].form) }) {
                return FrameOccurrence(evoking: "money", by: Self.name, weight: Self.salience, units: verb..<end)
            }
            if Self.inExchange(before: index, after: end, in: units) {
                return FrameOccurrence(evoking: "money", by: Self.name, weight: Self.salience, units: max(0, index - 2)..<end)
            }
        }
        return nil
    }

    /// A money term followed in its sentence by pay that is none: −1.
    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        guard occurrence.term.frame == "money", occurrence.evokedBy == nil, context.state.summary.admits(Self.gate) else { return nil }
        let units = context.state.units
        let pseudoPay = FrameEvokingClasses.shared.pseudoPay
        var index = occurrence.units.upperBound
        while index < min(units.count, occurrence.units.upperBound + 12) {
            let unit = units[index]
            // A colon, a full stop or a question ends what the term's clause can say of it.
            if unit.kind == .punctuation && unit.isClauseBoundary && unit.form != "," { return nil }
            if unit.kind == .word && unit.isIn(.rewardStart), let phrase = FrameEvokingClasses.phrase(of: pseudoPay, at: index, in: units) {
                let after = index + phrase.words.count
                if after < units.count && Self.possessors.contains(units[after].form) { return nil }
                if (max(0, index - 2)..<index).contains(where: { Self.notGiven.contains(units[$0].form) }) { return nil }
                return FrameStanceVerdict(stance: -1, rule: Self.name)
            }
            index += 1
        }
        return nil
    }

    /// Whether a region holds a phrase of things in kind or of pay that is none, given as a
    /// reward: after a verb of rewarding or giving in its clause, after "solo", or beside "in
    /// cambio" ("offre solo visibilità", "vitto e alloggio in cambio di…"; not "la sua risposta è
    /// stata un sorriso"). What `AlternativeMotive` does not take for a mission.
    static func holdsReward(_ region: Range<Int>, in state: SentenceSentimentState) -> Bool {
        guard state.summary.admits(gate) else { return false }
        let classes = FrameEvokingClasses.shared
        let units = state.units
        return region.clamped(to: units.indices).contains { index in
            guard units[index].kind == .word && units[index].isIn(.rewardStart),
                let phrase = FrameEvokingClasses.phrase(of: classes.pseudoPay, at: index, in: units)
                    ?? FrameEvokingClasses.phrase(of: classes.inKind, at: index, in: units)
            else { return false }
            let start = max(state.clauseStart(before: index), index - reach)
            return (start..<index).contains { isRewarding($0, in: units) || onlyWords.contains(units[$0].form) }
                || inExchange(before: index, after: index + phrase.words.count, in: units)
        }
    }

    /// Words before a phrase that make it no reward: a negation ("stipendi europei, non pacche
    /// sulle spalle") or an auxiliary ("ha sorriso", a verb).
    static let notGiven: FormSet = ["non", "né", "mica", "niente", "ha", "hanno", "ho", "abbiamo", "aveva", "avevano", "avevo", "avrebbe"]
}
