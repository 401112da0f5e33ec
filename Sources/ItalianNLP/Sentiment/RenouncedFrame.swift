/// Frame stance rule: the object of a verb of renouncing or refusing is rejected (−1): "ha
/// rinunciato ai contratti con gli sponsor", "ha rifiutato tre offerte", "ha detto no al rinnovo
/// milionario", "rinunciare alle stock option", "ha preferito … a uno stipendio doppio" (what is
/// preferred *to* is rejected).
struct RenouncedFrame: Sendable {
    static let name = "RenouncedFrame"
    static let verbs: Set<String> = ["rinunciare", "rifiutare", "respingere", "declinare", "snobbare", "disdegnare", "sacrificare", "abbandonare", "lasciare", "perdere"]

    let bridge: LemmaBridge

    init() {
        bridge = LemmaBridge(lemmas: Self.verbs)
    }

    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        let state = context.state
        var position = occurrence.head - 1
        var steps = 0
        while position >= 0 && steps < 6 && !state.units[position].isClauseBoundary {
            let form = state.units[position].form
            if let entry = bridge.entry(for: form), entry.derivation == .verbal || entry.derivation == .lemma {
                // "lasciare perdere" / "lasciamo perdere le belle parole" is dismissal too.
                return FrameStanceVerdict(stance: -1, rule: Self.name)
            }
            if form == "no" && position > 0 && ["detto", "dice", "dire", "dicono", "dico"].contains(state.units[position - 1].form) {
                return FrameStanceVerdict(stance: -1, rule: Self.name)
            }
            if form == "preferito" || form == "preferisce" || form == "preferire" { break }
            position -= 1
            steps += 1
        }
        // "ha preferito X a Y": Y is rejected.
        position = occurrence.head - 1
        steps = 0
        var sawA = false
        while position >= 0 && steps < 12 && !state.units[position].isClauseBoundary {
            let form = state.units[position].form
            if steps <= 2 && form == "a" { sawA = true }
            if sawA && (form.hasPrefix("prefer")) { return FrameStanceVerdict(stance: -1, rule: Self.name) }
            position -= 1
            steps += 1
        }
        return nil
    }
}
