/// Frame stance rule: a frame inside a claim that the sentence calls untrue is rejected (−1) —
/// "Non è vero che i giovani medici pensano solo allo stipendio", "è falso che i volontari lo
/// facciano per la visibilità", "è un mito che chi insegna lo faccia per vocazione". The
/// negation's scope is the whole "che" clause, so the frame named in it is denied as a motive
/// (the frame fixture's guideline: negation at a distance counts), however the clause itself
/// asserts it. A second negation inside the clause turns it back ("non è vero che i giovani non
/// abbiano ideali": +1).
///
/// The shape: "non è (affatto) vero che", "è falso che", "è un mito che", "è una leggenda che"
/// before the occurrence in its sentence (the splitter ends a sentence at a colon, so the
/// rebuttal after one is not in scope).
struct DeniedClaim: Sendable {
    static let name = "DeniedClaim"

    /// Where the denied clause opens (the index of its "che"), if the sentence has one before `limit`.
    static func deniedClause(before limit: Int, in state: SentenceSentimentState) -> Int? {
        let units = state.units
        for index in 0..<min(limit, units.count) where units[index].form == "che" && index >= 2 {
            let previous = units[index - 1].form
            if previous == "vero" {
                var position = index - 2
                if units[position].form == "affatto", position > 0 { position -= 1 }
                if units[position].form == "è", position > 0, state.modifierKind(position - 1) == .negator { return index }
            }
            if previous == "falso" && units[index - 2].form == "è" { return index }
            if ["mito", "leggenda"].contains(previous), index >= 3, ["un", "una"].contains(units[index - 2].form), units[index - 3].form == "è" {
                return index
            }
        }
        return nil
    }

    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        let state = context.state
        guard let clause = DeniedClaim.deniedClause(before: occurrence.head, in: state) else { return nil }
        let negatedAgain = (clause + 1..<occurrence.head).contains { state.modifierKind($0) == .negator }
        return FrameStanceVerdict(stance: negatedAgain ? 1 : -1, rule: Self.name)
    }
}
