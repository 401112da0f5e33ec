/// Frame stance rule: what has been replaced is demoted (−1) and what replaced it promoted (+1) —
/// "lo scopo iniziale, democratizzare il credito, è stato presto sostituito dalla corsa al
/// profitto", "la passione è stata soppiantata dal bisogno di uno stipendio". The cue is a
/// participle of replacing (sostituito, soppiantato, rimpiazzato, scalzato) followed by "da";
/// the replaced term comes before it in the sentence (commas of an apposition may intervene, no
/// stronger boundary), the replacing one within five units after "da".
struct SupplantedFrame: Sendable {
    static let name = "SupplantedFrame"
    static let participles = LemmaBridge(lemmas: ["sostituito", "soppiantato", "rimpiazzato", "scalzato"])
    /// Every verdict needs a cue, a form of `participles` (`supplantingCue`; see `SentenceClassSummary`).
    static let gate = SentenceRuleGate(anyWordClass: .supplantingCue)

    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        let state = context.state
        let units = state.units
        // The term replaced: a cue after it.
        var position = occurrence.units.upperBound
        var steps = 0
        while position < units.count - 1 && steps < 16 {
            let unit = units[position]
            if unit.isClauseBoundary && unit.form != "," { break }
            if isCue(position, in: state) { return FrameStanceVerdict(stance: -1, rule: Self.name) }
            position += 1
            steps += 1
        }
        // The replacing term: a cue just before it.
        position = occurrence.head - 1
        steps = 0
        while position >= 0 && steps < 6 && !units[position].isClauseBoundary {
            if isCue(position, in: state) { return FrameStanceVerdict(stance: 1, rule: Self.name) }
            position -= 1
            steps += 1
        }
        return nil
    }

    private func isCue(_ index: Int, in state: SentenceSentimentState) -> Bool {
        guard index + 1 < state.units.count, state.units[index + 1].form == "da",
            let entry = Self.participles.entry(for: state.units[index].form)
        else { return false }
        return entry.derivation == .lemma || entry.derivation == .nominal
    }
}
