/// Frame stance rule: a frame that is only reported, measured or asked about has no stance (0) —
/// "Il rapporto analizza la relazione tra livelli salariali e…", "la RAL media … si aggira
/// intorno ai 30.000 euro", "Il convegno discuterà di innovazione sociale", "Conta di più lo
/// stipendio o la missione?", "quanto guadagnano i dirigenti". It applies only where no other
/// rule found a stance and the sentence evaluates nothing.
struct NeutralMention: Sendable {
    static let name = "NeutralMention"
    /// A word this strong evaluates (Sentix gives many neutral verbs ±0.3–0.5).
    static let evaluation = 0.6
    static let cues: Set<String> = [
        "sondaggio", "rapporto", "convegno", "indagine", "classifica", "statistica", "statistiche", "dati", "media",
        "medio", "medi", "aggira", "analizza", "analizzare", "discuterà", "discutere", "elenca", "comprende",
        "questionario", "intervista", "studio", "censimento", "istat", "adeguamento", "chiedeva",
    ]

    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        let state = context.state
        let units = state.units
        // An indirect question about an amount: "quanto guadagnano i dirigenti".
        if ["quanto", "quanta", "quanti", "quante"].contains(context.form(occurrence.head - 1)) {
            return FrameStanceVerdict(stance: 0, rule: Self.name)
        }
        // A sentence that evaluates something is not a neutral report.
        if units.indices.contains(where: { abs(state.valence[$0]) >= Self.evaluation && !context.isFrameUnit($0) }) { return nil }
        if units.contains(where: { $0.kind == .word && Self.cues.contains($0.form) }) {
            return FrameStanceVerdict(stance: 0, rule: Self.name)
        }
        // An either/or question about the frames: "lo stipendio o la missione?"
        if units.last?.text.contains("?") == true, context.occurrences.count >= 2,
            let first = context.occurrences.map(\.head).min(), let last = context.occurrences.map(\.head).max(),
            (first..<last).contains(where: { units[$0].form == "o" || units[$0].form == "oppure" })
        {
            return FrameStanceVerdict(stance: 0, rule: Self.name)
        }
        return nil
    }
}
