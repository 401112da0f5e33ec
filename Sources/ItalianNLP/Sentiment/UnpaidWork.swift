/// Frame stance rule: unpaid work is pay evaluated negatively (−1) — "gli stagisti lavorano
/// gratis da mesi", "il lavoro gratuito degli specializzandi", "turno in ambulanza, zero euro".
/// It covers the money terms that say "for free" (gratis, lavoro gratuito, lavorare gratis) and
/// a money term counted as zero ("zero euro", "zero stipendio") or not taken ("senza prendere un
/// euro", "senza chiedere mai una lira"). Unpaid work refused, or named
/// beside a demand for pay, is pay demanded (+1): "siamo stanchi di lavorare gratis: chiediamo di
/// essere pagati". A choice about unpaid work is decided earlier by the corrective, negation and
/// renouncing rules.
struct UnpaidWork: Sendable {
    static let name = "UnpaidWork"
    static let unpaidWords: FormSet = ["gratis", "gratuito", "gratuita", "gratuitamente"]
    /// Words that refuse what follows or demand pay.
    static let refusals: FormSet = ["basta", "stanchi", "stanco", "stanca", "stanche", "stufi", "stufo", "stufa", "mai"]
    static let demands = LemmaBridge(lemmas: ["chiedere", "pretendere", "rivendicare", "esigere", "reclamare", "rifiutare"])

    /// Whether the sentence refuses unpaid work or demands pay ("basta lavorare gratis", "siamo
    /// stanchi di…", "chiediamo di essere pagati", "rifiuto di lavorare gratis").
    /// A word after "senza" (at most two units after it) neither refuses nor demands: "ha visitato
    /// gratis i malati, senza mai chiedere nulla" is work given for nothing.
    private func refuses(_ context: FrameStanceContext) -> Bool {
        let units = context.state.units
        return units.indices.contains { index in
            let unit = units[index]
            guard unit.kind == .word, Self.refusals.contains(unit.form) || Self.demands.entry(for: unit.form).map({ $0.derivation != .nominal }) ?? false else {
                return false
            }
            return !(max(0, index - 2)..<index).contains { units[$0].form == "senza" }
        }
    }

    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        guard occurrence.term.frame == "money" else { return nil }
        if occurrence.term.words.contains(where: { Self.unpaidWords.contains($0) }) {
            // "Siamo stanchi di lavorare gratis: chiediamo di essere pagati": unpaid work refused is
            // pay demanded.
            return FrameStanceVerdict(stance: refuses(context) ? 1 : -1, rule: Self.name)
        }
        if context.form(occurrence.head - 1) == "zero" {
            return FrameStanceVerdict(stance: -1, rule: Self.name)
        }
        // "senza prendere un euro", "senza chiedere una lira", "senza vedere un centesimo": for nothing.
        if ["un", "una", "mai"].contains(context.form(occurrence.head - 1)), isForNothing(before: occurrence.head - 1, in: context) {
            return FrameStanceVerdict(stance: -1, rule: Self.name)
        }
        return nil
    }

    /// Verbs of getting paid after "senza": "senza prendere un euro".
    static let getting: Set<String> = ["prendere", "chiedere", "ricevere", "vedere", "guadagnare", "volere", "pretendere", "intascare"]

    /// Whether "senza" and a verb of getting paid come right before `index` (a "mai" may come between).
    private func isForNothing(before index: Int, in context: FrameStanceContext) -> Bool {
        var position = index - 1
        if context.form(position) == "mai" { position -= 1 }
        return Self.getting.contains(context.form(position)) && context.form(position - 1) == "senza"
    }
}
