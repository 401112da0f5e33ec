/// Frame stance rule: what an excuse is for is the real motive, asserted (+1) — "la missione?
/// solo una scusa per pagare meno", "la vocazione non può essere una scusa per pagare meno gli
/// infermieri", "l'innovazione è un pretesto per tagliare i compensi". The frame that serves as
/// the excuse is debunked by `DebunkedFrame` ("scusa" after it); this rule decides the frame in
/// the purpose that follows "scusa/pretesto/alibi per", before negation is considered (the
/// negation of "non può essere una scusa" denies the excuse, not the purpose).
struct PretextFrame: Sendable {
    static let name = "PretextFrame"
    static let excuses: FormSet = ["scusa", "scuse", "pretesto", "pretesti", "alibi", "paravento", "copertura"]

    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        let state = context.state
        var position = occurrence.head - 1
        var words = 0
        while position >= 1 && words < 6 && !state.units[position].isClauseBoundary {
            if StringIdentity.equals(state.units[position].form, "per") {
                let before = state.units[position - 1].form
                let beforeThat = position >= 2 ? state.units[position - 2].form : ""
                if Self.excuses.contains(before) || Self.excuses.contains(beforeThat) && ["buona", "ottima", "comoda", "bella"].contains(before) {
                    return FrameStanceVerdict(stance: 1, rule: Self.name)
                }
                return nil
            }
            if state.units[position].kind == .word { words += 1 }
            position -= 1
        }
        return nil
    }
}
