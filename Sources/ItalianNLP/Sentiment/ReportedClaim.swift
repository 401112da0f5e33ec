/// Frame rule: a motive that others claim, rebutted by what the writer sees, is turned around —
/// "Dicono che sia tutta passione: io vedo un ufficio stampa molto ben pagato" (mission −1), "Lei
/// dice di lavorare per il progresso dell'umanità; la sua dichiarazione dei redditi racconta
/// un'altra storia" (mission −1), "Dicono che i giovani non abbiano più ideali. Io vedo ragazzi
/// che…" (the denied ideals, +1). The fixture's "dicono X, ma Y" pattern (X −1) with the
/// rebuttal after a semicolon, a colon or a full stop instead of "ma" (`ContrastedFrame` takes
/// "ma").
///
/// The claim opens its sentence (or follows an emoji, which ends a sentence of a post): within
/// its first four words a verb of saying or believing in the third person followed by "che" or
/// "di", running to the sentence's end (the splitter ends a sentence
/// at ";" and ":" too). The rebuttal is the next sentence, opening with the writer's "io"/"noi"
/// or with "però", "intanto", "eppure", "invece", "in realtà", or holding "un'altra storia". The
/// claimed frames take the opposite of their own stance (an asserted motive −1, a denied one
/// +1); a frame the rebuttal only states is asserted (+1: the redditi that "tell another
/// story"). `CrossSentenceFrames` applies it.
enum ReportedClaim {
    static let name = "ReportedClaim"
    static let sayingVerbs: FormSet = [
        "dicono", "dice", "diceva", "dicevano", "sostengono", "sostiene", "giurano", "giura", "raccontano", "racconta",
        "ripetono", "ripete", "assicurano", "assicura", "affermano", "afferma", "predicano", "predica", "proclamano", "proclama",
        // What others believe, rebutted alike: "Qualcuno pensa che si resti per la tredicesima: io…".
        "pensa", "pensano", "crede", "credono",
    ]
    static let rebuttalOpeners: FormSet = ["io", "noi", "però", "intanto", "eppure", "invece"]

    /// The end (exclusive) of a reported claim that opens the sentence, if it opens with one: the
    /// first ";" or ":" after the verb of saying (where the splitter did not end the sentence),
    /// or the sentence's end.
    static func claimEnd(in state: SentenceSentimentState) -> Int? {
        // Every claim has one of `sayingVerbs` (`SentenceClassSummary`).
        guard state.summary.wordClasses.contains(.reportingVerb) else { return nil }
        let units = state.units
        var words = 0
        for index in units.indices where units[index].kind != .punctuation {
            // An emoji ends a sentence of a post ("Dieci anni in azienda 🎉 Qualcuno pensa che…").
            if units[index].kind == .symbol {
                words = 0
                continue
            }
            guard units[index].kind == .word else { continue }
            words += 1
            // Past the fourth word only an emoji can open a new claim (kinds compared, no strings).
            if words > 4 { continue }
            guard sayingVerbs.contains(units[index].form), index + 1 < units.count, ["che", "di"].contains(units[index + 1].form) else { continue }
            let end = (index + 2..<units.count).first { units[$0].text == ";" || units[$0].text == ":" } ?? units.count
            return end
        }
        return nil
    }

    /// Whether the units from `start` rebut a claim: they open with a rebuttal word or hold
    /// "un'altra storia".
    static func rebuts(from start: Int, in state: SentenceSentimentState) -> Bool {
        let units = state.units
        guard let first = (start..<units.count).first(where: { units[$0].kind == .word }) else { return false }
        if rebuttalOpeners.contains(units[first].form) { return true }
        if units[first].form == "in", first + 1 < units.count, units[first + 1].form == "realtà" { return true }
        return (start..<units.count).contains { units[$0].form == "storia" && $0 > 0 && ["altra", "un'altra"].contains(units[$0 - 1].form) }
    }

    /// Whether the sentence is a claim that runs to its end (a colon may close it), so the next
    /// sentence may rebut it.
    static func isOpenClaim(_ state: SentenceSentimentState) -> Bool {
        guard let end = claimEnd(in: state) else { return false }
        return end >= state.units.count - 1
    }

    /// The frames of a rebuttal: those it only states are what really drives, asserted (+1).
    static func assertRebuttal(_ frames: [String: FrameScore]) -> [String: FrameScore] {
        frames.mapValues { score in
            guard !score.evidence.isEmpty, score.evidence.allSatisfy({ AlternativeMotive.upgradable.contains($0.rule) }) else { return score }
            return FrameScore(salience: score.salience, stance: 1, evidence: score.evidence.map {
                FrameEvidence(text: $0.text, term: $0.term, weight: $0.weight, scalars: $0.scalars, stance: 1, rule: name)
            })
        }
    }

    /// The frames of the claim turned around.
    static func reverse(_ frames: [String: FrameScore]) -> [String: FrameScore] {
        frames.mapValues { score in
            FrameScore(salience: score.salience, stance: -score.stance, evidence: score.evidence.map {
                FrameEvidence(text: $0.text, term: $0.term, weight: $0.weight, scalars: $0.scalars, stance: -$0.stance, rule: name)
            })
        }
    }
}
