/// Frame rule for irony: "come no", "eh già", "figuriamoci", "ma sì, tanto" say the opposite of what surrounds
/// them, and irony is labelled by its intended meaning — "Certo, come no: i manager restano in
/// azienda per pura passione, mica per le stock option" (mission −1, money +1), "I nostri grandi
/// innovatori, come no: hanno copiato l'app dei concorrenti". The frames of the sentence that
/// holds the marker are turned around; a marker in a fragment that ends with a colon ("Certo,
/// come no:") turns around the frames of the sentence after it (the splitter ends a sentence at a
/// colon). "Come no?" as a question is no irony. A concessive "Certo," that the sentence or the
/// one after its colon answers with "mica" or "infatti" is irony too: "Certo, i rider pedalano
/// sotto la pioggia per passione: mica per i soldi" (mission −1, money +1); so is one the next
/// sentence answers with "mica" ("Ma certo, … per passione. Mica per i soldi.").
enum IronyMarker {
    static let name = "IronyMarker"

    /// Whether the sentence holds an irony marker.
    static func isIronic(_ state: SentenceSentimentState) -> Bool {
        // Every marker opens with an `ironyCue` word (`SentenceClassSummary`).
        guard state.summary.wordClasses.contains(.ironyCue) else { return false }
        let units = state.units
        // `ironyCue` holds the first words of the markers: every other word is passed over by one bit test.
        for index in units.indices where units[index].kind == .word && units[index].isIn(.ironyCue) {
            let next = index + 1 < units.count ? units[index + 1] : nil
            let form = units[index].form
            if StringIdentity.equals(form, "come"), next?.form == "no", !(index + 2 < units.count && units[index + 2].hasQuestionMark) { return true }
            if StringIdentity.equals(form, "eh"), next?.form == "già" { return true }
            // "Ma sì, tanto …": a shrug that means the opposite ("Ma sì, tanto lo fanno per passione").
            if StringIdentity.equals(form, "sì"), index > 0, StringIdentity.equals(units[index - 1].form, "ma"), next?.form == ",", index + 2 < units.count, StringIdentity.equals(units[index + 2].form, "tanto") {
                return true
            }
            if StringIdentity.equals(form, "figuriamoci") || StringIdentity.equals(form, "figurarsi") { return true }
            // The tokenizer splits the clitic: "Figuriamoci" is "figuriamo" + "ci".
            if (StringIdentity.equals(form, "figuriamo") && next?.form == "ci") || (StringIdentity.equals(form, "figurar") && next?.form == "si") { return true }
        }
        return false
    }

    /// Whether the sentence opens with a concessive "Certo," ("Certo, i manager restano per
    /// passione…"), which is ironic when the sentence or the one after the colon goes on with
    /// "mica" or "infatti" (`isIronicCertainly`, `answersCertainly`).
    static func opensWithCertainly(_ state: SentenceSentimentState) -> Bool {
        guard var first = state.units.firstIndex(where: { $0.kind == .word }) else { return false }
        // "Ma certo, …", "E certo, …", "Sì, certo, …" (byte counts first: most first words are longer;
        // a switch, not an array literal built on every call).
        if state.units[first].form.utf8.count <= 3 {
            switch SwitchedForm(state.units[first].form) {
            case "ma", "e", "sì", "oh", "ah": first += state.units.count > first + 1 && StringIdentity.equals(state.units[first + 1].form, ",") ? 2 : 1
            default: break
            }
        }
        guard first + 1 < state.units.count else { return false }
        // The comma first (most first words have none after them), then a switch: the array
        // literal this compared with was built on every call, twice per sentence.
        guard StringIdentity.equals(state.units[first + 1].form, ",") else { return false }
        switch SwitchedForm(state.units[first].form) {
        case "certo", "sicuro", "certamente": return true
        default: return false
        }
    }

    /// Whether the sentence opens with "mica" (the retort after a full stop).
    static func opensWithMica(_ state: SentenceSentimentState) -> Bool {
        state.units.first(where: { $0.kind == .word })?.form == "mica"
    }

    /// Whether the sentence opens with "mica" or "infatti": the retort that shows a "Certo, …"
    /// before the colon to be ironic ("Certo, lo fanno per passione: mica per i soldi").
    static func answersCertainly(_ state: SentenceSentimentState) -> Bool {
        guard let first = state.units.first(where: { $0.kind == .word }) else { return false }
        return first.form == "mica" || first.form == "infatti"
    }

    /// "Certo, restano per passione, mica per i soldi": "Certo," and a later "mica" in one sentence.
    static func isIronicCertainly(_ state: SentenceSentimentState) -> Bool {
        isIronicCertainly(state, opensWithCertainly: opensWithCertainly(state))
    }

    /// `isIronicCertainly(_:)` for a caller that has asked `opensWithCertainly` already.
    static func isIronicCertainly(_ state: SentenceSentimentState, opensWithCertainly: Bool) -> Bool {
        opensWithCertainly && state.units.dropFirst(2).contains { $0.form == "mica" }
    }

    /// The frames turned around.
    static func reverse(_ frames: [String: FrameScore]) -> [String: FrameScore] {
        frames.mapValues { score in
            FrameScore(salience: score.salience, stance: -score.stance, evidence: score.evidence.map {
                FrameEvidence(text: $0.text, term: $0.term, weight: $0.weight, scalars: $0.scalars, stance: -$0.stance, rule: name)
            })
        }
    }
}
