/// Frame rule: doing one's work "for" the people it serves evokes the mission frame where no
/// mission word is written (+1) — "lo fa per i bambini", "resto per i miei pazienti", "lavoriamo
/// per gli altri". The frame fixture's guideline: mission covers serving others, named or only
/// evoked; what drives a choice is asserted. Set against money after "ma" it is demoted like any
/// term (`ContrastedFrame`: "Dice che lo fa per i bambini, ma la fondazione gli paga…").
///
/// In a sentence that names no mission term: "per", an article or a possessive, and a
/// beneficiary (`DevotedService.beneficiaries`, or "gli altri"), after a verb of doing, working,
/// staying or fighting (`doing`, within five units before "per" in its clause). A public body
/// or a report (`DevotedService.institutions`, a `NeutralMention` cue) serves by office: never
/// evoked.
struct ForTheirSake: Sendable {
    static let name = "ForTheirSake"
    /// It starts from a word of `evokedFrameCue` (see `SentenceClassSummary`).
    static let gate = SentenceRuleGate(anyWordClass: .evokedFrameCue)
    static let salience = 0.6
    static let doing: FormSet = [
        "fa", "faccio", "fanno", "facciamo", "fate", "fai", "facevo", "faceva", "facevano", "fatto", "lavora", "lavoro",
        "lavorano", "lavoriamo", "lavorava", "resta", "resto", "restano", "restiamo", "rimane", "rimango", "rimangono",
        "restare", "rimanere", "vive", "vivo", "vivono", "lotta", "lotto", "lottano", "lottiamo",
    ]
    /// The people a sentence may do it for: the beneficiaries of service, and "(gli) altri".
    static let beneficiaries: FormSet = FormSet(DevotedService.beneficiaries.union(["altri"]))
    static let possessives: FormSet = ["miei", "mie", "suoi", "sue", "nostri", "nostre", "loro", "tuoi", "tue"]

    /// The mission evoked by work done for people, in a sentence that names no mission term.
    func evoked(in state: SentenceSentimentState, occurrences: [FrameOccurrence]) -> FrameOccurrence? {
        guard !occurrences.contains(where: { $0.term.frame == "mission" }) else { return nil }
        let units = state.units
        for index in units.indices where index >= 2 && units[index].kind == .word && units[index].isIn(.evokedFrameCue) {
            guard Self.beneficiaries.contains(units[index].form) else { continue }
            // "per i bambini", "per i miei pazienti": an article and a possessive may come between.
            var position = index - 1
            while position > index - 3 && position > 0
                && (FrameTermMatcher.articles.contains(units[position].form) || Self.possessives.contains(units[position].form))
            {
                position -= 1
            }
            guard position >= 1, units[position].form == "per" else { continue }
            if units[index].form == "altri" && units[index - 1].form != "gli" { continue }
            let clause = max(state.clauseStart(before: position), position - 5)
            guard (clause..<position).contains(where: { Self.doing.contains(units[$0].form) }) else { continue }
            guard !units.contains(where: { $0.kind == .word && ($0.isIn(.neutralMentionCue) || DevotedService.institutions.contains($0.form)) })
            else { continue }
            return FrameOccurrence(evoking: "mission", by: Self.name, weight: Self.salience, units: position..<(index + 1))
        }
        return nil
    }

    /// The stance of work done for people: asserted, unless a contrast demotes it.
    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict {
        if let contrasted = ContrastedFrame().verdict(for: occurrence, in: context), contrasted.stance < 0 {
            return FrameStanceVerdict(stance: -1, rule: Self.name)
        }
        return FrameStanceVerdict(stance: 1, rule: Self.name)
    }
}
