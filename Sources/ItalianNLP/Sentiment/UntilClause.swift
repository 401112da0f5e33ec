/// Frame stance rule: a frame that holds only "until" the other one arrives is demoted (−1) and
/// the other is what really decides (+1) — "Tutti idealisti finché non arriva la prima busta
/// paga", "parlano di passione finché non arriva l'offerta giusta", "fedele alla maglia fino
/// all'arrivo del primo assegno". The frame fixture's guideline: what a sentence turns away from
/// is demoted, what it turns to is the motive.
///
/// "finché" (or "fino a quando", "fintanto che") between a term of one frame and a term of the
/// other, in one sentence: the term before it −1, the term after it +1.
struct UntilClause: Sendable {
    static let name = "UntilClause"
    static let markers: FormSet = ["finché", "finchè", "fintanto"]

    /// The position of the "until" marker, if any: "finché", "fintanto", or "fino a quando".
    static func marker(in units: [SentimentUnit]) -> Int? {
        for index in units.indices where units[index].kind == .word {
            if markers.contains(units[index].form) { return index }
            if units[index].form == "quando" && index >= 2 && units[index - 1].form == "a" && units[index - 2].form == "fino" { return index }
        }
        return nil
    }

    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        // The cheap test first: the other frame must be named too.
        guard context.occurrences.contains(where: { $0.term.frame != occurrence.term.frame }),
            AlternativeMotive.pairs.contains(where: { $0.0 == occurrence.term.frame }),
            let marker = Self.marker(in: context.state.units)
        else { return nil }
        let others = context.occurrences.filter { other in
            AlternativeMotive.pairs.contains { $0.0 == occurrence.term.frame && $0.1 == other.term.frame }
        }
        if occurrence.head < marker && others.contains(where: { $0.head > marker }) { return FrameStanceVerdict(stance: -1, rule: Self.name) }
        if occurrence.head > marker && others.contains(where: { $0.head < marker }) { return FrameStanceVerdict(stance: 1, rule: Self.name) }
        return nil
    }
}
