/// Frame stance rule: the reason for leaving is a motive, asserted (+1), even when the reason is
/// that there is too little of it — "i giovani chef vanno all'estero perché qui lo stipendio non
/// basta", "se ne vanno perché con 900 euro al mese non si vive", "si è dimessa per la paga". The
/// guidelines count leaving over low pay as money chosen: the term follows a verb of leaving
/// (andarsene, andare via, lasciare, licenziarsi, dimettersi, emigrare, scappare, fuggire) that
/// no negator precedes, inside the reason it gives ("perché", "poiché", "visto che", "dato che")
/// or right after "per".
struct ReasonToLeave: Sendable {
    static let name = "ReasonToLeave"
    static let leaving = LemmaBridge(lemmas: ["andare", "andarsene", "lasciare", "licenziare", "licenziarsi", "dimettere", "dimettersi", "emigrare", "scappare", "fuggire"])
    /// Forms of andare the inflection rules do not generate.
    static let irregular: FormSet = ["vado", "vai", "va", "vanno", "vada", "vadano", "andrà", "andranno"]
    static let causes: FormSet = ["perché", "poiché", "siccome"]

    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        let units = context.state.units
        var position = occurrence.head - 1
        var cause = false
        var steps = 0
        while position >= 0 && steps < 16 {
            // A form outside `reasonToLeaveWord` makes none of the tests below hold: one bit test passes it.
            guard units[position].isIn(.reasonToLeaveWord) else {
                position -= 1
                steps += 1
                continue
            }
            let form = units[position].form
            if Self.causes.contains(form) || form == "che" && position > 0 && ["visto", "dato"].contains(units[position - 1].form) {
                cause = true
            } else if form == "per" && occurrence.head - position <= 2 {
                cause = true
            } else if cause && isLeaving(position, in: context.state) {
                let negated = (max(0, position - 3)..<position).contains { context.state.modifierKind($0) == .negator }
                return negated ? nil : FrameStanceVerdict(stance: 1, rule: Self.name)
            } else if units[position].form == "." || units[position].form == ";" {
                return nil
            }
            position -= 1
            steps += 1
        }
        return nil
    }

    private func isLeaving(_ index: Int, in state: SentenceSentimentState) -> Bool {
        let form = state.units[index].form
        if Self.irregular.contains(form) { return true }
        guard let entry = Self.leaving.entry(for: form) else { return false }
        return entry.derivation != .nominal
    }
}
