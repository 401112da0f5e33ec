/// Frame rule: staying with people who need you evokes the mission frame where no mission word
/// is written (+1) — "ha dormito in reparto per non lasciare soli i pazienti", "non li ha mai
/// lasciati soli", "è rimasta accanto ai malati fino alla fine". The frame fixture's guideline:
/// mission covers serving others, named or only evoked; refusing to leave people alone is
/// service shown by what someone does.
///
/// Two shapes, in a sentence that names no mission term: a negated "lasciare … soli" (a form of
/// *lasciare* right before "solo/sola/soli/sole" or before an enclitic and it, a negator — non,
/// mai, senza — within four units before it, and people after it or an object pronoun: not "non
/// lasciare solo il cane"); and "accanto a" or "al fianco di" after a form of *restare*, *rimanere* or
/// *stare* within three units, followed in its clause by people (`DevotedService.beneficiaries`
/// or the sick and dying: `companions`). "Lasciare soli" without a negation ("li ha lasciati
/// soli") is abandonment, and "rimanere accanto alla finestra" is a place: neither evokes.
struct StayingBeside: Sendable {
    static let name = "StayingBeside"
    /// It starts from "solo" or "accanto" (`evokedFrameCue`; see `SentenceClassSummary`).
    static let gate = SentenceRuleGate(anyWordClass: .evokedFrameCue)
    static let salience = 0.6
    static let alone: FormSet = ["solo", "sola", "soli", "sole"]
    static let beside: FormSet = ["accanto", "fianco"]
    static let leaving = LemmaBridge(lemmas: ["lasciare"])
    static let staying = LemmaBridge(lemmas: ["restare", "rimanere", "stare"])
    static let negators: FormSet = ["non", "mai", "senza"]
    /// People one stays beside, besides `DevotedService.beneficiaries`.
    static let companions: FormSet = ["moribondi", "morenti", "feriti", "degenti", "ricoverati", "ospiti", "residenti", "vittime", "persone"]

    /// Object pronouns of the people not left alone.
    static let clitics: FormSet = ["li", "le", "la", "lo", "ci", "vi", "mi", "ti"]

    static func isPeople(_ form: String) -> Bool {
        DevotedService.beneficiaries.contains(form) || companions.contains(form)
    }

    /// The mission evoked by staying beside people, in a sentence that names no mission term.
    func evoked(in state: SentenceSentimentState, occurrences: [FrameOccurrence]) -> FrameOccurrence? {
        guard !occurrences.contains(where: { $0.term.frame == "mission" }) else { return nil }
        let units = state.units
        // `evokedFrameCue`: one bit test passes over every word that is no "soli" or "accanto".
        for index in units.indices where index > 0 && units[index].kind == .word && units[index].isIn(.evokedFrameCue) {
            let form = units[index].form
            if Self.alone.contains(form) {
                // "lasciarli soli" is split "lasciar" + "li": the verb may stand before an enclitic.
                let verb = index >= 2 && Self.clitics.contains(units[index - 1].form) ? index - 2 : index - 1
                guard let entry = Self.leaving.entry(for: units[verb].form), entry.derivation != .nominal else { continue }
                let before = max(0, verb - 4)..<verb
                guard before.contains(where: { Self.negators.contains(units[$0].form) }) else { continue }
                // Whom: people after ("i pazienti") or a pronoun ("non li ha mai lasciati soli"),
                // not a thing or a pet ("non lasciare solo il cane").
                let end = min(state.clauseEnd(from: index), index + 6)
                let people = ((index + 1)..<end).contains { Self.isPeople(units[$0].form) }
                let pronoun = verb < index - 1 || before.contains { Self.clitics.contains(units[$0].form) }
                guard people || pronoun else { continue }
                return occurrence(units: verb..<(index + 1))
            }
            if Self.beside.contains(form) {
                let before = max(0, index - 3)..<index
                guard before.contains(where: { Self.staying.entry(for: units[$0].form).map { $0.derivation != .nominal } ?? false })
                else { continue }
                let end = min(state.clauseEnd(from: index), index + 6)
                guard ((index + 1)..<end).contains(where: { Self.isPeople(units[$0].form) }) else { continue }
                return occurrence(units: before.lowerBound..<end)
            }
        }
        return nil
    }

    private func occurrence(units: Range<Int>) -> FrameOccurrence {
        return FrameOccurrence(evoking: "mission", by: Self.name, weight: Self.salience, units: units)
    }
}
