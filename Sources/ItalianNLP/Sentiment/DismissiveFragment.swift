/// Frame rule across sentences: a fragment that dismisses what came before — "Rivoluzione?
/// Innovazione? Parole.", "Meritocrazia? Chiacchiere." — debunks the frames of the one or two
/// sentences before it (−1), and leaves the opposite frame open for the sentence after it
/// (`AlternativeMotive`).
enum DismissiveFragment {
    static let name = "DismissiveFragment"
    static let cues: Set<String> = [
        "parole", "chiacchiere", "fuffa", "balle", "propaganda", "slogan", "retorica", "fumo", "favole", "illusioni",
        "bugie", "niente", "nulla", "marketing",
    ]

    /// Whether the sentence is such a fragment: at most three words, one of them a cue.
    static func isDismissive(_ state: SentenceSentimentState) -> Bool {
        var words = 0
        var cue = false
        for unit in state.units where unit.kind == .word {
            words += 1
            if words > 3 { return false }
            if unit.isIn(.dismissiveCue) { cue = true }
        }
        return cue
    }

    /// The frames of an earlier sentence, debunked.
    static func debunk(_ frames: [String: FrameScore]) -> [String: FrameScore] {
        frames.mapValues { score in
            FrameScore(salience: score.salience, stance: -1,
                       evidence: score.evidence.map {
                           FrameEvidence(text: $0.text, term: $0.term, weight: $0.weight, scalars: $0.scalars, stance: -1, rule: name)
                       })
        }
    }
}
