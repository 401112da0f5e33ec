/// Frame stance rule: "con tutto il suo X, …" concedes X and demotes it (−1), like "sebbene":
/// "con tutto il suo idealismo, alla fine ha firmato per il fondo che offriva di più". The
/// phrase opens its clause ("con tutto" or "con tutta" and an article, with an optional
/// possessive), the term lies inside that clause, and another clause follows it in the sentence.
struct ConcessiveWith: Sendable {
    static let name = "ConcessiveWith"

    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        let state = context.state
        var start = state.clauseStart(before: occurrence.head)
        // "Eppure con tutto…": a contrast marker that opens the clause is skipped.
        while start < state.units.count && state.modifierKind(start) == .contrastAfter { start += 1 }
        guard context.form(start) == "con", ["tutto", "tutta", "tutti", "tutte"].contains(context.form(start + 1)),
            FrameTermMatcher.articles.contains(context.form(start + 2)) || context.form(start + 2) == "l'"
        else { return nil }
        let end = state.clauseEnd(from: occurrence.head)
        guard end + 1 < state.units.count, state.units[end].form == ",",
            (end + 1..<state.units.count).contains(where: { state.isContentWord($0) })
        else { return nil }
        return FrameStanceVerdict(stance: -1, rule: Self.name)
    }
}
