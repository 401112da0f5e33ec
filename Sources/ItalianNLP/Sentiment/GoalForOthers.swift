/// Frame rule: a goal whose good goes to other people evokes the mission frame where no mission
/// word is written (+1) — "vuole aprire la palestra anche ai ragazzi disabili", "sogna di portare
/// la musica agli anziani delle case di riposo", "abbiamo aperto lo sportello perché i migranti
/// avessero qualcuno a cui chiedere". The frame fixture's guideline: mission covers purpose and
/// serving others, named or only evoked; a purpose stated as what someone wants is asserted.
///
/// In a sentence that names no mission term: a mark of wanting or aiming (`aiming`: vuole,
/// vorrebbe, sogna, punta…), or "perché" / "affinché" of purpose, and after it in its clause
/// (within `reach` units) a beneficiary (`DevotedService.beneficiaries`: the people served) that a
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
    /// What may open a beneficiary: prepositions (simple and with an article) and articles.
    static let openers: FormSet = [
        "a", "ai", "agli", "alle", "al", "per", "i", "gli", "le", "dei", "degli", "delle", "tra", "fra", "con", "coi",
    ]

    /// Verbs of having, getting and being able: what a wish for people gives them ("speriamo che i
    /// bambini abbiano una scuola", "vorrei che i ragazzi trovassero un posto").
    static let benefits = LemmaBridge(lemmas: ["avere", "trovare", "ricevere", "ottenere", "potere", "vivere", "stare", "crescere", "imparare", "guarire"])
    /// Their irregular forms, which a regular conjugator does not give.
    static let irregularBenefits: FormSet = [
        "abbia", "abbiano", "avesse", "avessero", "possa", "possano", "potesse", "potessero", "stia", "stiano", "stesse", "stessero",
    ]

    /// Whether the wish at `wish` is "che" and a clause whose subject is the people at `served`
    /// and whose verb is no verb of having, getting or being able ("spero che i vicini la smettano
    /// con i lavori"): the wish is about their conduct. The people open the clause (articles and
    /// possessives before them), a "di" complement may follow them ("i ragazzi della curva"), then
    /// the verb, the first word whose form shows a mood (`ClauseMood`).
    static func wishesConduct(of served: Int, after wish: Int, in state: SentenceSentimentState) -> Bool {
        let units = state.units
        guard wish + 1 < units.count, StringIdentity.equals(units[wish + 1].form, "che") else { return false }
        // The people are the clause's subject: only articles and possessives before them.
        guard ((wish + 2)..<served).allSatisfy({ NegatedFrame.determiners.contains(units[$0].form) }) else { return false }
        let end = state.clauseEnd(from: served + 1)
        var position = served + 1
        // "i ragazzi della curva": a "di" complement (an article and a noun) is passed over.
        if position < end, StringIdentity.equals(units[position].form, "di") {
            position += 1
            if position < end, FrameTermMatcher.articles.contains(units[position].form) { position += 1 }
            position += 1
        }
        while position < end {
            let form = units[position].form
            position += 1
            if units[position - 1].kind != .word || ClauseMood.passedOver.contains(form) { continue }
            if irregularBenefits.contains(form) || benefits.entry(for: form).map({ $0.derivation != .nominal }) ?? false { return false }
            if ClauseMood.mood(of: form) != nil { return true }
        }
        return false
    }

    static func isBeneficiary(_ form: String) -> Bool {
        DevotedService.beneficiaries.contains(form)
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
            // "Speriamo che i ragazzi della curva la smettano": a wish about what the people
            // themselves do is no good done to them.
            if Self.aiming.contains(units[index].form), Self.wishesConduct(of: served, after: index, in: state) { continue }
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
