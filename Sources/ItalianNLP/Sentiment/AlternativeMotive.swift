/// Frame rule for an opposed pair of frames (mission and money): when a sentence rejects or
/// demotes one of them and offers an alternative that names no frame, the alternative evokes the
/// other frame, asserted (+1). It is how Italian says "mission over money" without naming the
/// mission: "Non lo faccio per la paga: lo faccio perché credo che…", "non per arricchirsi ma per
/// restituire qualcosa al quartiere", "ha rinunciato ai contratti … per dedicarsi a
/// un'accademia", "pur potendo contare su un'eredità milionaria, ha passato la vita a insegnare";
/// and the reverse: "altro che sogno imprenditoriale: volevano solo vendere e incassare". What
/// is added to an asserted frame by "ma anche" evokes the other frame, asserted too ("lo
/// stipendio conta, certo, ma conta anche sapere che il tuo lavoro migliora la vita di qualcuno").
///
/// The alternative is the asserted side of a corrective construction, the side after a contrast
/// marker or a concession, the purpose ("per …") after a renounced object, or else the next
/// clause (the previous one when the rejection ends the sentence). It must hold two content
/// words and no term of the rejected frame. The evoked frame gets `salience`. When the rejection
/// ends its sentence ("Non lo faccio per la paga: | lo faccio perché…", split at the colon), the
/// alternative is the next sentence, if that sentence names neither frame.
struct AlternativeMotive: Sendable {
    static let name = "AlternativeMotive"
    static let salience = 0.6
    /// The opposed pairs, both ways.
    static let pairs: [(String, String)] = [("mission", "money"), ("money", "mission")]
    /// Verbs that weigh the negated term against something else ("nessuna cifra vale …").
    static let comparisonVerbs = LemmaBridge(lemmas: ["valere", "contare", "battere", "superare", "compensare", "ripagare", "eguagliare", "sostituire", "pesare"])

    /// The rules whose −1 counts as a rejection.
    static let rejectingRules: FormSet = [
        CorrectiveFrameRole.name, NegatedFrame.name, RenouncedFrame.name, DebunkedFrame.name, ContrastedFrame.name,
        ComparativeMotive.name, SupplantedFrame.name, ConcessiveWith.name, LessPayChosen.name, DoubtingQuestion.name,
        RefusedSuitor.name, OutgrownFrame.name, DeclinedOffer.name, LucrativeCareer.name, MultipliedPay.name,
    ]

    /// The verdicts of a named alternative that the carried rejection turns into an assertion.
    static let upgradable: FormSet = [PlainMoneyMention.name, NeutralMention.name, AssertedFrame.name]

    /// The rules whose alternative is found by position (the next clause), not by a construction.
    static let positionalRules: FormSet = [NegatedFrame.name, DebunkedFrame.name, DoubtingQuestion.name]

    /// Modals and adverbs between a negated term and its verb of comparison.
    static let modalsAndAdverbs: FormSet = [
        "può", "potrà", "potrebbe", "potranno", "possono", "potrebbero", "saprà", "sa", "mai", "davvero", "certo",
    ]

    /// Words that say what really drives: they let a region evoke money.
    static let drivingWords: FormSet = ["solo", "soltanto", "unicamente", "realtà", "davvero", "contano", "conta", "interessa", "interessano"]
    static let drivingVerbs = LemmaBridge(lemmas: ["volere", "interessare", "contare", "puntare", "mirare", "incassare", "intascare"])

    /// Whether a region can be the alternative `frame`: a mission region must not be negative on
    /// balance; a money region must say what really drives (`drivingWords`, or a verb of wanting).
    static func fits(_ region: Range<Int>, as frame: String, in state: SentenceSentimentState) -> Bool {
        let units = region.clamped(to: 0..<state.units.count)
        switch frame {
        case "mission":
            // "offre solo visibilità e un pasto caldo": pay in kind, no motive (`RewardInKind`).
            return units.reduce(0) { $0 + state.valence[$1] } > -0.3 && !RewardInKind.holdsReward(units, in: state)
        case "money":
            return units.contains { index in
                let form = state.units[index].form
                return drivingWords.contains(form) || PlainMoneyMention.volere.contains(form)
                    || drivingVerbs.entry(for: form).map { $0.derivation != .nominal } ?? false
            }
        default:
            return true
        }
    }

    /// Words that debunk or dismiss: a region made of them is the rejection, not an alternative
    /// ("il mito dello scienziato … è, appunto, un mito").
    static let dismissiveWords: FormSet = DebunkedFrame.cuesBefore.union(DebunkedFrame.cuesAfter).union(DismissiveFragment.cues)

    /// The frames evoked in the sentence, and the frames to evoke in the next sentence (when the
    /// rejection ends this one), each with the frame it is the alternative to.
    func evoked(occurrences: [FrameOccurrence], verdicts: [FrameStanceVerdict], context: FrameStanceContext) -> (here: [FrameOccurrence], carried: [(frame: String, alternativeTo: String)]) {
        var result: [FrameOccurrence] = []
        var carried: [(frame: String, alternativeTo: String)] = []
        // Only searched (`contains`): the names as an array answer as a set of them would.
        let frames = occurrences.map(\.term.frame)
        for (asserted, other) in Self.pairs where frames.contains(asserted) && !frames.contains(other) {
            // "Lo stipendio conta, certo, ma conta anche sapere che…": what is added to an asserted
            // frame is the other one.
            guard let index = occurrences.indices.first(where: { occurrences[$0].term.frame == asserted && verdicts[$0].stance > 0 }),
                let marker = additiveMarker(after: occurrences[index].head, in: context.state)
            else { continue }
            let region = (marker + 1)..<context.state.clauseEnd(from: marker + 1)
            guard region.contains(where: { context.state.isContentWord($0) }),
                !occurrences.contains(where: { $0.term.frame == asserted && region.contains($0.head) })
            else { continue }
            result.append(FrameOccurrence(evoking: other, by: Self.name, weight: Self.salience, units: region))
        }
        let evokedFrames = result.map(\.term.frame)
        for (rejected, other) in Self.pairs where frames.contains(rejected) && !frames.contains(other) && !evokedFrames.contains(other) {
            let indices = occurrences.indices.filter { occurrences[$0].term.frame == rejected }
            let weights = indices.map { occurrences[$0].term.weight }
            let mean = zip(indices, weights).map { verdicts[$0.0].stance * $0.1 }.reduce(0, +) / max(0.001, weights.reduce(0, +))
            guard mean < 0,
                let index = indices.first(where: { verdicts[$0].stance < 0 && Self.rejectingRules.contains(verdicts[$0].rule) })
            else { continue }
            var region = alternative(to: occurrences[index], verdict: verdicts[index], context: context)
            // A reporting tail ("…, ripeteva il vecchio sindacalista") is no alternative; what the
            // speaker says after it may be ("…, assicura il neopresidente: «Sono qui per servire…»"),
            // or the next sentence.
            let firstWord = region.first { context.state.units[$0].kind == .word }
            if let firstWord, let entry = DebunkedFrame.sayingVerbs.entry(for: context.state.units[firstWord].form), entry.derivation != .nominal {
                let tailEnd = context.state.clauseEnd(from: firstWord)
                region = min(tailEnd + 1, region.upperBound)..<region.upperBound
                if !region.contains(where: { context.state.isContentWord($0) }) {
                    carried.append((other, rejected))
                    continue
                }
            }
            let rejectedUnits = indices.flatMap { Array(occurrences[$0].units) }
            let contentWords = region.filter { context.state.isContentWord($0) && !Self.dismissiveWords.contains(context.state.units[$0].form) }.count
            // What a corrective construction asserts needs only one content word ("lo fanno per la
            // comunità, non per il guadagno"); an alternative found by position needs two.
            let needed = verdicts[index].rule == CorrectiveFrameRole.name || verdicts[index].rule == OutgrownFrame.name ? 1 : 2
            // Where the alternative is found by position, not by a construction: an evoked mission
            // is a purpose, not a complaint ("non è passato al privato per i soldi: è stata la
            // stanchezza…"); evoked money is what "really" drives ("volevano solo vendere e
            // incassare"), not whatever follows a debunked ideal ("…, e poi il primo a tradirli…").
            if contentWords >= needed && Self.positionalRules.contains(verdicts[index].rule) && !Self.fits(region, as: other, in: context.state) {
                // The next sentence may name or hold the alternative ("Bel discorso sul bene comune,
                // signor sindaco; intanto la giunta si è aumentata l'indennità").
                carried.append((other, rejected))
                continue
            }
            guard contentWords >= needed, !rejectedUnits.contains(where: { region.contains($0) }) else {
                // Nothing left in this sentence after the rejection: the next one may be the alternative.
                let state = context.state
                let rest = occurrences[index].units.upperBound..<state.units.count
                let inLastClause = state.clauseEnd(from: occurrences[index].units.upperBound) >= state.units.count - 2
                if inLastClause || rest.filter({ state.isContentWord($0) }).count < 2 {
                    carried.append((other, rejected))
                }
                continue
            }
            // Pay in kind is no mission, whatever construction offers it ("non per lo stipendio ma
            // per la visibilità").
            if other == "mission" && RewardInKind.holdsReward(region, in: context.state) { continue }
            result.append(FrameOccurrence(evoking: other, by: Self.name, weight: Self.salience, units: region))
        }
        return (result, carried)
    }

    /// The frame carried from the previous sentence, evoked over this whole sentence when it names
    /// neither frame of the pair.
    ///
    /// The sentence must hold two content words, or be an explanation ("Lo faccio perché qualcuno
    /// deve pur farlo": a "perché" and four words, all of them function words). It may name the
    /// rejected frame again where it rejects it too ("Non per i soldi: | ha operato gratis per
    /// vent'anni").
    func carriedOver(
        _ carried: [(frame: String, alternativeTo: String)], occurrences: [FrameOccurrence], verdicts: [FrameStanceVerdict],
        state: SentenceSentimentState
    ) -> [FrameOccurrence] {
        guard !state.units.isEmpty else { return [] }
        let frames = occurrences.map(\.term.frame)
        // "…: la solita storia." is a dismissal, not an alternative.
        let contentWords = state.units.indices.filter { state.isContentWord($0) && !Self.dismissiveWords.contains(state.units[$0].form) }.count
        let words = state.units.reduce(0) { $0 + ($1.kind == .word ? 1 : 0) }
        let explains = words >= 4 && state.units.contains { $0.kind == .word && $0.isIn(.functionWord) && $0.form == "perché" }
        guard contentWords >= 2 || explains else { return [] }
        /// Whether the sentence names `frame` only to reject it.
        func onlyRejects(_ frame: String) -> Bool {
            let indices = occurrences.indices.filter { occurrences[$0].term.frame == frame }
            return !indices.isEmpty && indices.allSatisfy { $0 < verdicts.count && verdicts[$0].stance < 0 }
        }
        return carried.filter {
            !frames.contains($0.frame) && (!frames.contains($0.alternativeTo) || onlyRejects($0.alternativeTo))
                && Self.fits(0..<state.units.count, as: $0.frame, in: state)
        }.map {
            FrameOccurrence(evoking: $0.frame, by: Self.name, weight: Self.salience, units: 0..<state.units.count)
        }
    }

    /// The frames of a sentence that replies to one whose frame a cross-sentence rule (`rule`)
    /// rejected: where the reply names neither that frame nor its opposite and holds a content
    /// word, it evokes the opposite, asserted — the alternative motive across sentences
    /// (`OutgrownFrame`, `ReportedClaim`). With `mustFit`, the reply must fit the frame it evokes
    /// (`fits`: evoked money must say what really drives).
    static func evokedInReply(
        to previous: [String: FrameScore], rejectedBy rule: String, in frames: [String: FrameScore], state: SentenceSentimentState,
        tokens: [Token], mustFit: Bool
    ) -> [String: FrameScore] {
        guard let first = tokens.first, let last = tokens.last,
            state.units.indices.contains(where: { state.isContentWord($0) })
        else { return frames }
        var result = frames
        for (rejected, other) in pairs where previous[rejected]?.evidence.first?.rule == rule && (previous[rejected]?.stance ?? 0) < 0
            && frames[rejected] == nil && frames[other] == nil
        {
            if mustFit && !fits(0..<state.units.count, as: other, in: state) { continue }
            let text = state.units.filter { $0.kind == .word }.prefix(8).map(\.text).joined(separator: " ")
            let evidence = FrameEvidence(
                text: text, term: "(\(rule))", weight: salience,
                scalars: first.span.scalars.lowerBound..<last.span.scalars.upperBound, stance: 1, rule: rule)
            result[other] = FrameScore(salience: salience, stance: 1, evidence: [evidence])
        }
        return result
    }

    private func alternative(to occurrence: FrameOccurrence, verdict: FrameStanceVerdict, context: FrameStanceContext) -> Range<Int> {
        let state = context.state
        let count = state.units.count
        switch verdict.rule {
        case CorrectiveFrameRole.name:
            return span(of: (0..<count).filter { state.corrective[$0]?.role == .asserted })
        case OutgrownFrame.name:
            // "Idealista a vent'anni, broker a trenta": the after.
            return (OutgrownFrame.afterClause(in: state) ?? count)..<count
        case ContrastedFrame.name:
            // The promoted side, outside the clause of the demoted term ("Eppure, nonostante lo
            // stipendio da fame, non ho mai pensato di lasciare la scuola").
            let clause = state.clauseStart(before: occurrence.head)..<state.clauseEnd(from: occurrence.head)
            let promoted = (0..<count).filter { context.sides[$0] > 0 && !clause.contains($0) }
            let after = promoted.filter { $0 > occurrence.head }
            return span(of: after.isEmpty ? promoted : after)
        default:
            break
        }
        let end = state.clauseEnd(from: occurrence.units.upperBound)
        if verdict.rule == NegatedFrame.name && (state.clauseStart(before: occurrence.head)..<occurrence.head).contains(where: { state.modifierKind($0) == .negator }) {
            // "nessuna cifra vale il piacere di vedere un'idea diventare realtà": what the negated
            // term is measured against follows it in the clause.
            let remainder = occurrence.units.upperBound..<end
            // A modal and "mai" may come before the verb: "nessun bonus potrà mai ripagare…".
            if let verb = remainder.first(where: { state.units[$0].kind == .word && !Self.modalsAndAdverbs.contains(state.units[$0].form) }),
                let entry = Self.comparisonVerbs.entry(for: state.units[verb].form), entry.derivation != .nominal,
                remainder.filter({ state.isContentWord($0) }).count >= 3
            {
                return remainder
            }
        }
        if verdict.rule == LessPayChosen.name {
            // "ho accettato un posto meno pagato in una startup che sviluppa protesi": what the
            // lower pay buys follows it in the clause.
            let remainder = occurrence.units.upperBound..<end
            if remainder.filter({ state.isContentWord($0) }).count >= 2 { return remainder }
        }
        if verdict.rule == RenouncedFrame.name || verdict.rule == LucrativeCareer.name || verdict.rule == RefusedSuitor.name {
            // "ha rinunciato a X per dedicarsi a Y", "ha rifiutato X, meglio pagato, per…", "ha
            // rifiutato X perché voleva…": the purpose may lie past an apposition.
            if let purpose = (occurrence.units.upperBound..<count).first(where: { state.units[$0].form == "per" || state.units[$0].form == "perché" }) {
                return (purpose + 1)..<count
            }
            // "ha detto di no a una clinica svizzera ed è rimasto all'ospedale di Cosenza": the stay.
            if verdict.rule == RefusedSuitor.name, let stay = (occurrence.units.upperBound..<count).first(where: { RefusedSuitor.stayed.contains(state.units[$0].form) }) {
                return stay..<count
            }
        }
        if end + 1 < count { return (end + 1)..<count }
        let start = state.clauseStart(before: occurrence.head)
        return start > 1 ? 0..<(start - 1) : 0..<0
    }

    /// "ma anche", "ma pure" (or the "ma" of "non solo … ma") after `index`: the position of
    /// "anche"/"pure" or of the "ma".
    private func additiveMarker(after index: Int, in state: SentenceSentimentState) -> Int? {
        var position = index + 1
        while position < state.units.count {
            if state.modifierKind(position) == .contrastAfter && state.units[position].form == "ma" {
                for look in (position + 1)..<min(state.units.count, position + 4) where ["anche", "pure"].contains(state.units[look].form) {
                    return look
                }
                return nil
            }
            position += 1
        }
        return nil
    }

    private func span(of indices: [Int]) -> Range<Int> {
        guard let first = indices.first, let last = indices.last else { return 0..<0 }
        return first..<(last + 1)
    }
}
