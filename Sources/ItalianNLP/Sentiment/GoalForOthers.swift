/// Frame rule: a goal whose good goes to other people evokes the mission frame where no mission
/// word is written (+1) — "vuole aprire la palestra anche ai ragazzi disabili", "sogna di portare
/// la musica agli anziani delle case di riposo", "abbiamo aperto lo sportello perché i migranti
/// avessero qualcuno a cui chiedere". The frame fixture's guideline: mission covers purpose and
/// serving others, named or only evoked; a purpose stated as what someone wants is asserted.
///
/// In a sentence that names no mission term: a mark of wanting or aiming (`aiming`: vuole,
/// vorrebbe, sogna, punta…), or "perché" / "affinché" of purpose, and after it in its clause
/// (within `reach` units) a beneficiary (`DevotedService.beneficiaries` and `others`) that a
/// preposition or an article opens ("ai ragazzi", "per gli anziani", "perché i bambini"). A
/// "perché" whose verb is indicative is a cause, not a purpose (`ClauseMood`: "perché i pazienti
/// sono aumentati", "perché i ragazzi vanno al centro commerciale"). A
/// public body or a report (`DevotedService.institutions`, a `NeutralMention` cue), a negated
/// wish ("non vuole…") and a goal about pay (a money term in the clause) evoke nothing.
struct GoalForOthers: Sendable {
    static let name = "GoalForOthers"
    static let gate = SentenceRuleGate(anyWordClass: .goalCue)
    static let salience = 0.6
    static let reach = 14
    static let aiming: FormSet = [
        "vuole", "vogliono", "voglio", "vogliamo", "volete", "vorrebbe", "vorrei", "vorremmo", "vorrebbero", "voleva",
        "volevano", "sogna", "sogno", "sognano", "sogniamo", "sognava", "punta", "puntano", "puntiamo", "spera", "spero",
        "speriamo", "sperano",
    ]
    /// Conjunctions of purpose.
    static let purpose: FormSet = ["perché", "affinché"]
    /// People served that `DevotedService.beneficiaries` does not hold (class `goalBeneficiary` of
    /// Lexicons/frames/evoking-classes.tsv).
    static let others: Set<String> = FrameEvokingClasses.shared.goalBeneficiary
    /// What may open a beneficiary: prepositions (simple and with an article) and articles.
    static let openers: FormSet = [
        "a", "ai", "agli", "alle", "al", "per", "i", "gli", "le", "dei", "degli", "delle", "tra", "fra", "con", "coi",
    ]

    static func isBeneficiary(_ form: String) -> Bool {
        DevotedService.beneficiaries.contains(form) || others.contains(form)
    }

    /// The mission evoked by a goal for other people, in a sentence that names no mission term.
    func evoked(in state: SentenceSentimentState, occurrences: [FrameOccurrence]) -> FrameOccurrence? {
        guard !occurrences.contains(where: { $0.term.frame == "mission" }) else { return nil }
        let units = state.units
        for index in units.indices where units[index].kind == .word && (Self.aiming.contains(units[index].form) || Self.purpose.contains(units[index].form)) {
            // "non vuole", "non punta": a wish denied is none.
            if (max(0, index - 2)..<index).contains(where: { state.modifierKind($0) == .negator }) { continue }
            let end = min(state.clauseEnd(from: index + 1), index + 1 + Self.reach)
            // "perché" of purpose: the beneficiary right after it ("perché i ragazzi avessero").
            let last = Self.purpose.contains(units[index].form) ? min(end, index + 4) : end
            guard index + 2 <= last else { continue }
            guard let served = ((index + 2)..<last).first(where: {
                units[$0].kind == .word && Self.isBeneficiary(units[$0].form) && Self.openers.contains(units[$0 - 1].form)
            }) else { continue }
            // "perché i pazienti sono aumentati", "perché gli studenti non hanno letto": a "perché"
            // whose verb is indicative gives a cause, not a purpose (that takes the subjunctive).
            if Self.purpose.contains(units[index].form), ClauseMood.firstMood(after: served, in: state) == .indicative { continue }
            // A goal about pay ("vuole aumentare lo stipendio ai ragazzi") is money's.
            if occurrences.contains(where: { $0.term.frame == "money" && $0.head >= state.clauseStart(before: index) && $0.head < end }) { continue }
            guard !units.contains(where: { $0.kind == .word && ($0.isIn(.neutralMentionCue) || DevotedService.institutions.contains($0.form)) })
            else { continue }
            return FrameOccurrence(evoking: "mission", by: Self.name, weight: Self.salience, units: index..<(served + 1))
        }
        return nil
    }

    /// The stance of a goal for others: asserted, unless a contrast demotes it.
    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict {
        if let contrasted = ContrastedFrame().verdict(for: occurrence, in: context), contrasted.stance < 0 {
            return FrameStanceVerdict(stance: -1, rule: Self.name)
        }
        return FrameStanceVerdict(stance: 1, rule: Self.name)
    }
}
