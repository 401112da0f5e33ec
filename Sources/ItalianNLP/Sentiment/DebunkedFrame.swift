/// Frame stance rule: a frame presented as empty talk is debunked (−1): "le belle parole sulla
/// missione", "la retorica dell'innovazione", "lo slogan dice…", "la tanto sbandierata
/// rivoluzione", "altro che sogno", "parlare di vocazione … è una presa in giro", "solo una
/// scusa", "i nostri eroi dell'innovazione" said ironically ("eh già").
struct DebunkedFrame: Sendable {
    static let name = "DebunkedFrame"
    /// Cues before the term in its clause (or up to six words before).
    static let cuesBefore: Set<String> = [
        "retorica", "slogan", "propaganda", "chiacchiere", "sbandierata", "sbandierato", "sbandierati", "sbandierate",
        "decantata", "decantato", "cosiddetta", "cosiddetto", "presunta", "presunto", "favola", "mito", "storia",
        "dichiarazioni", "discorsi", "discorso", "parole", "parlare", "parlano", "parla", "venduto", "venduta",
    ]
    /// Cues anywhere in the sentence after the term.
    static let cuesAfter: Set<String> = ["scusa", "paravento", "utopia", "illusione", "slogan", "parole", "facciata", "presa"]

    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        let state = context.state
        let head = occurrence.head
        // "altro che X"
        if head >= 2 && context.form(head - 1) == "che" && context.form(head - 2) == "altro" {
            return FrameStanceVerdict(stance: -1, rule: Self.name)
        }
        var position = head - 1
        var steps = 0
        while position >= 0 && steps < 6 {
            if state.units[position].isClauseBoundary && state.units[position].form != "«" && state.units[position].form != "\"" { break }
            if Self.cuesBefore.contains(state.units[position].form) { return FrameStanceVerdict(stance: -1, rule: Self.name) }
            position -= 1
            steps += 1
        }
        // "X? … Parole." / "X … è una presa in giro" / "X, solo una scusa"
        var after = occurrence.units.upperBound
        while after < state.units.count && after - head <= 14 {
            if Self.cuesAfter.contains(state.units[after].form) {
                if state.units[after].form == "presa" && context.form(after + 1) != "in" { after += 1; continue }
                return FrameStanceVerdict(stance: -1, rule: Self.name)
            }
            if state.modifierKind(after) == .contrastAfter { break }
            after += 1
        }
        return nil
    }
}
