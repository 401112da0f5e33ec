/// Frame stance rule: the reason for leaving is a motive, asserted (+1), even when the reason is
/// that there is too little of it — "i giovani chef vanno all'estero perché qui lo stipendio non
/// basta", "se ne vanno perché con 900 euro al mese non si vive", "si è dimessa per la paga". The
/// guidelines count leaving over low pay as money chosen: the term follows a verb of leaving
/// (andarsene, andare via, lasciare, licenziarsi, dimettersi, emigrare, scappare, fuggire, and
/// closing one's business: "ho chiuso la bottega perché i clienti non pagano") that
/// no negator precedes, inside the reason it gives ("perché", "poiché", "visto che", "dato che")
/// or right after "per". Across a colon, the money of the sentence before "…: i giovani se ne
/// vanno" is the reason (`leaves`, `reasonBefore`, applied by `CrossSentenceFrames`).
struct ReasonToLeave: Sendable {
    static let name = "ReasonToLeave"
    static let leaving = LemmaBridge(lemmas: ["andare", "andarsene", "lasciare", "mollare", "licenziare", "licenziarsi", "dimettere", "dimettersi", "emigrare", "scappare", "fuggire"])
    /// Forms of andare the inflection rules do not generate.
    static let irregular: FormSet = ["vado", "vai", "va", "vanno", "vada", "vadano", "andrà", "andranno"]
    static let causes: FormSet = ["perché", "poiché", "siccome"]
    /// Forms of *chiudere* (irregular past participle): closing one's shop or business is leaving
    /// it ("ho chiuso la bottega perché i clienti non pagano").
    static let closing: FormSet = ["chiuso", "chiusa", "chiusi", "chiuse", "chiudo", "chiude", "chiudono", "chiudiamo", "chiudere", "chiudeva", "chiudevano"]

    func verdict(for occurrence: FrameOccurrence, in context: FrameStanceContext) -> FrameStanceVerdict? {
        let units = context.state.units
        var position = occurrence.head - 1
        var cause = false
        var steps = 0
        while position >= 0 && steps < 16 {
            // A form outside `reasonToLeaveWord` makes none of the tests below hold: one bit test passes it.
            guard units[position].isIn(.reasonToLeaveWord) else {
                position -= 1
                steps += 1
                continue
            }
            let form = units[position].form
            if Self.causes.contains(form) || form == "che" && position > 0 && ["visto", "dato"].contains(units[position - 1].form) {
                cause = true
            } else if form == "per" && occurrence.head - position <= 2 {
                cause = true
            } else if cause && isLeaving(position, in: context.state) {
                let negated = (max(0, position - 3)..<position).contains { context.state.modifierKind($0) == .negator }
                return negated ? nil : FrameStanceVerdict(stance: 1, rule: Self.name)
            } else if units[position].form == "." || units[position].form == ";" {
                return nil
            }
            position -= 1
            steps += 1
        }
        return nil
    }

    // MARK: Across a colon

    /// Whether a sentence (after a colon) says that people leave: a verb of leaving that no
    /// negator precedes — *andare* only as "andarsene" or "andare via" ("i giovani se ne vanno"; "le
    /// cose vanno male" is no leaving).
    static func leaves(_ state: SentenceSentimentState) -> Bool {
        let units = state.units
        for index in units.indices where units[index].kind == .word && units[index].isIn(.reasonToLeaveWord) {
            let form = units[index].form
            let isAndare = irregular.contains(form) || leaving.entry(for: form)?.lemma == "andare"
            guard isAndare || (leaving.entry(for: form).map { $0.derivation != .nominal } ?? false) else { continue }
            if isAndare {
                let before = index > 0 ? units[index - 1].form : ""
                let after = index + 1 < units.count ? units[index + 1].form : ""
                guard before == "ne" || after == "via" else { continue }
            }
            let negated = (max(0, index - 3)..<index).contains { state.modifierKind($0) == .negator }
            if !negated { return true }
        }
        return false
    }

    /// The frames of a sentence before the colon of "…: i giovani se ne vanno": its money, poor
    /// or only mentioned, is the reason for leaving (+1). "#Stipendi fermi da quindici anni e
    /// affitti alle stelle: i giovani se ne vanno" (money +1).
    static func reasonBefore(_ frames: [String: FrameScore]) -> [String: FrameScore] {
        var result = frames
        guard let money = frames["money"], !money.evidence.isEmpty,
            money.evidence.allSatisfy({
                VerdictFragment.replaceable.contains($0.rule) || $0.rule == EvaluatedFrame.comparativeName || $0.rule == ComparedPay.name
                    // A complaint that the pay does not last is the reason, too ("non ci arrivo: | mollo").
                    || $0.rule == ScarcePay.name
            })
        else { return frames }
        result["money"] = FrameScore(salience: money.salience, stance: 1, evidence: money.evidence.map {
            FrameEvidence(text: $0.text, term: $0.term, weight: $0.weight, scalars: $0.scalars, stance: 1, rule: name)
        })
        return result
    }

    private func isLeaving(_ index: Int, in state: SentenceSentimentState) -> Bool {
        let form = state.units[index].form
        if Self.irregular.contains(form) || Self.closing.contains(form) { return true }
        guard let entry = Self.leaving.entry(for: form) else { return false }
        return entry.derivation != .nominal
    }
}
