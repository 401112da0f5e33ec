/// Rule: Italian corrective constructions reject one element and assert another instead of
/// negating a polarity:
///
/// - "non tanto X quanto Y", "non è tanto X quanto Y"
/// - "non per X ma per Y", "non perché X ma perché Y", "non X bensì Y"
/// - "più che X, Y" and "Y più che X"; "anziché X", "invece di X", "piuttosto che X",
///   "al posto di X" (with Y the other clause)
/// - "non solo X ma anche Y" (both kept, both asserted)
/// - "non per X, ma nemmeno per Y": Y is not asserted; its own negator rejects it
///
/// The rejected element's polarity is multiplied by the marker's weight from the modifier
/// lexicon (|−0.5|: "non tanto triste quanto arrabbiato" is mostly angry, a little sad) and is
/// not negated; ordinary negation does not reach across the construction.
///
/// It also marks, for the frame rules only, the plain "non X, ma Y" and "Y, non X" patterns
/// ("Non è lo stipendio, ma la missione"; "per i soldi, non per gli ideali", "per l'ingaggio e
/// non certo per la sfida"; "mica" for "non":
/// "per amore, mica per soldi"), whose sentiment is
/// left to negation and contrast ("non è bello, ma utile" is not beautiful), and the comparisons
/// "più di X, Y", "Y rispetto a X" and "Y oltre il X" (X demoted, Y asserted).
struct CorrectiveConstruction: Sendable {
    static let name = "CorrectiveConstruction"
    /// It starts from a corrective phrase, a "rispetto", "oltre" or "più" (`comparisonCue`), or the
    /// negator "non" or "mica" of a plain corrective (`SentenceClassSummary`).
    static let gate = SentenceRuleGate(anyWordClass: .comparisonCue, anyFinding: [.corrective, .negator])

    /// The markers that close the rejected element of a marker that opens it.
    static let partners: [String: Set<String>] = [
        "non tanto": ["quanto", "quanto piuttosto"],
        "non per": ["ma per", "bensì per", "ma", "bensì", "ma piuttosto"],
        "non perché": ["ma", "bensì", "ma piuttosto", "ma per"],
        "non solo": ["ma", "bensì", "ma per"],
        "non soltanto": ["ma", "bensì", "ma per"],
    ]

    /// Markers that open a rejected element and need no partner (the other clause is asserted).
    static let openers: FormSet = ["più che", "piuttosto che", "anziché", "invece di", "invece che", "al posto di"]

    /// "non solo" / "non soltanto": both sides are kept and asserted.
    static let additive: FormSet = ["non solo", "non soltanto"]

    func apply(to state: inout SentenceSentimentState) {
        let count = state.units.count
        var index = 0
        while index < count {
            guard let entry = state.modifier[index] else { index += 1; continue }
            if entry.kind == .corrective && entry.weight < 0 {
                applyOpener(entry, at: index, to: &state)
            } else if entry.kind == .corrective && entry.phrase == "quanto" {
                applyTantoQuanto(at: index, to: &state)
            } else if entry.kind == .corrective && entry.weight > 0 {
                applyCloserAfterNegator(entry, at: index, to: &state)
            }
            index = state.afterModifier(index)
        }
        markPlainCorrectives(&state)
        // The rejected element keeps |weight| of its polarity.
        for position in 0..<count {
            guard let mark = state.corrective[position], mark.explicit, mark.role == .rejected,
                let marker = state.modifier[mark.marker]
            else { continue }
            state.scale(position, by: abs(marker.weight), rule: Self.name, trigger: marker.phrase)
        }
    }

    /// "non tanto", "non per", "più che", "anziché"…: X follows the marker.
    private func applyOpener(_ entry: SentimentModifierLexicon.Entry, at index: Int, to state: inout SentenceSentimentState) {
        let count = state.units.count
        let start = state.afterModifier(index)
        guard start < count else { return }
        let clauseInitial = index == 0 || state.units[index - 1].isClauseBoundary
            || (["e", "ma", "o"].contains(state.units[index - 1].form) && (index == 1 || state.units[index - 2].isClauseBoundary))
        let sentenceInitial = clauseInitial && state.clauseStart(before: index) <= 1 && !(0..<index).contains { state.units[$0].isClauseBoundary }
        if entry.phrase == "più che" {
            // "è più che soddisfatto" is a booster; the corrective reading needs a clause start or
            // a nominal element (an article or preposition) after it.
            let next = state.units[start]
            guard clauseInitial || (next.kind == .word && next.isIn(.functionWord)) else { return }
        }
        if entry.phrase.hasPrefix("non ") { state.consumedNegators.insert(index) }
        let additive = Self.additive.contains(entry.phrase)
        // Look for the partner that closes X.
        if let partners = Self.partners[entry.phrase], let partner = findPartner(partners, from: start, in: state) {
            let rejectedRole: SentenceSentimentState.CorrectiveRole = additive ? .added : .rejected
            mark(start..<partner, role: rejectedRole, marker: index, explicit: true, in: &state)
            let assertedStart = state.afterModifier(partner)
            let assertedEnd = state.clauseEnd(from: assertedStart)
            // "non per i soldi, ma nemmeno per gli ideali": the second element is negated too, and
            // its own negator decides it.
            if !additive && !Self.opensWithNegator(assertedStart, in: state) {
                mark(assertedStart..<assertedEnd, role: additive ? .added : .asserted, marker: index, explicit: true, in: &state)
            } else if additive {
                mark(assertedStart..<assertedEnd, role: .added, marker: index, explicit: true, in: &state)
            }
            state.consumedContrasts.insert(partner)
            return
        }
        guard !additive else { return }
        let rejectedEnd = state.clauseEnd(from: start)
        mark(start..<rejectedEnd, role: .rejected, marker: index, explicit: true, in: &state)
        if sentenceInitial {
            // "Più che la scienza, gli interessano i soldi": the next clause is asserted.
            let nextStart = min(rejectedEnd + 1, count)
            mark(nextStart..<state.clauseEnd(from: nextStart), role: .asserted, marker: index, explicit: true, in: &state)
        } else {
            // "gli interessano i soldi più che la scienza", "per i soldi, non per gli ideali": the
            // clause before is asserted.
            var start = state.clauseStart(before: index)
            var end = index
            // "ha firmato per l'ingaggio, e non per il progetto": a conjunction alone before the
            // marker joins it to the clause before the comma.
            if start < index, (start..<index).allSatisfy({ ["e", "ma", "o"].contains(state.units[$0].form) }), start >= 1 {
                end = start - 1
                start = state.clauseStart(before: end)
            } else if start == index, index >= 1 {
                end = index - 1
                start = state.clauseStart(before: end)
            }
            mark(start..<end, role: .asserted, marker: index, explicit: true, in: &state)
        }
    }

    /// "non è tanto X quanto Y": a "quanto" after a "tanto" that follows a negator.
    private func applyTantoQuanto(at index: Int, to state: inout SentenceSentimentState) {
        var tanto: Int?
        var position = index - 1
        while position >= 0 && index - position <= 12 {
            if StringIdentity.equals(state.units[position].form, "tanto") { tanto = position; break }
            position -= 1
        }
        guard let tanto else { return }
        var negator: Int?
        var back = tanto - 1
        while back >= 0 && tanto - back <= 3 {
            if state.modifierKind(back) == .negator { negator = back; break }
            back -= 1
        }
        guard let negator else { return }
        state.consumedNegators.insert(negator)
        mark((tanto + 1)..<index, role: .rejected, marker: index, explicit: true, in: &state)
        let assertedStart = state.afterModifier(index)
        mark(assertedStart..<state.clauseEnd(from: assertedStart), role: .asserted, marker: index, explicit: true, in: &state)
    }

    /// "non X, bensì Y", "non X ma per Y": a closing marker after a negator that no opener took.
    private func applyCloserAfterNegator(_ entry: SentimentModifierLexicon.Entry, at index: Int, to state: inout SentenceSentimentState) {
        guard state.corrective[index] == nil, !state.consumedContrasts.contains(index) else { return }
        var negator: Int?
        var position = index - 1
        while position >= 0 && index - position <= 20 {
            if state.modifierKind(position) == .negator && state.modifier[position]?.phrase == "non" { negator = position; break }
            if state.modifierKind(position) == .contrastAfter { break }
            position -= 1
        }
        guard let negator, !state.consumedNegators.contains(negator) else { return }
        // "giura di non lavorare per i soldi, ma per un tatuaggio chiede…": a denial reported, then
        // belied; "non è tutto, certo, ma per…": a concession.
        if Self.isReportedDenial(negator, in: state) || Self.isConcededBefore(index, in: state) { return }
        state.consumedNegators.insert(negator)
        state.consumedContrasts.insert(index)
        mark(state.afterModifier(negator)..<index, role: .rejected, marker: index, explicit: true, in: &state)
        let assertedStart = state.afterModifier(index)
        mark(assertedStart..<state.clauseEnd(from: assertedStart), role: .asserted, marker: index, explicit: true, in: &state)
    }

    /// The structural "non X, ma Y", "Y, non X" and "più di X, Y" (frame rules only; sentiment
    /// unchanged).
    private func markPlainCorrectives(_ state: inout SentenceSentimentState) {
        let count = state.units.count
        // "l'impegno per l'innovazione rispetto agli incentivi finanziari", "prioritario rispetto ai
        // guadagni": what something is weighed against is demoted. "Missione oltre il denaro":
        // "oltre" with an article is "beyond" ("oltre a" adds, and is left alone).
        // (`comparisonCue`: one bit test passes over the words that are neither "rispetto" nor "oltre".)
        for index in 0..<count where index + 2 < count && state.units[index].isIn(.comparisonCue) && state.corrective[index] == nil {
            let form = state.units[index].form
            let next = state.units[index + 1].form
            let weighedAgainst = StringIdentity.equals(form, "rispetto") && StringIdentity.equals(next, "a") && index > 0 && !state.units[index - 1].isClauseBoundary
            let beyond = StringIdentity.equals(form, "oltre") && FrameTermMatcher.articles.contains(next)
            guard weighedAgainst || beyond else { continue }
            let start = weighedAgainst ? index + 2 : index + 1
            let end = state.clauseEnd(from: start)
            mark(start..<end, role: .rejected, marker: index, explicit: false, in: &state)
            mark(state.clauseStart(before: index)..<index, role: .asserted, marker: index, explicit: false, in: &state)
        }
        // "Più del compenso, conta sapere che…"
        for index in 0..<count where state.units[index].isIn(.comparisonCue) && StringIdentity.equals(state.units[index].form, "più") && index + 2 < count && StringIdentity.equals(state.units[index + 1].form, "di") {
            guard index == 0 || state.units[index - 1].isClauseBoundary, state.corrective[index] == nil else { continue }
            let end = state.clauseEnd(from: index + 2)
            guard end < count, StringIdentity.equals(state.units[end].form, ",") else { continue }
            mark((index + 2)..<end, role: .rejected, marker: index, explicit: false, in: &state)
            mark((end + 1)..<state.clauseEnd(from: end + 1), role: .asserted, marker: index, explicit: false, in: &state)
        }
        // "mica" corrects as "non" does: "lo ha fatto per amore, mica per soldi".
        for index in 0..<count
        where state.modifier[index].map({ StringIdentity.equals($0.phrase, "non") || StringIdentity.equals($0.phrase, "mica") }) ?? false
            && !state.consumedNegators.contains(index)
        {
            guard state.corrective[index] == nil else { continue }
            // "non X, ma Y"
            var position = index + 1
            var closer: Int?
            while position < count && position - index <= 20 {
                if let phrase = state.modifier[position]?.phrase,
                    StringIdentity.equals(phrase, "ma") || StringIdentity.equals(phrase, "bensì") || StringIdentity.equals(phrase, "ma piuttosto")
                        || StringIdentity.equals(phrase, "ma per")
                {
                    closer = position
                    break
                }
                let text = state.units[position].text
                // (`StringIdentity.equals`: most texts are words, and each comparison fails.)
                if StringIdentity.equals(text, ".") || StringIdentity.equals(text, "?") || StringIdentity.equals(text, "!") { break }
                position += 1
            }
            if let closer, !state.consumedContrasts.contains(closer), !Self.isConcededBefore(closer, in: state), !Self.isReportedDenial(index, in: state) {
                // "non lo fa soltanto per passione, ma anche…": a "solo" inside the negated element
                // makes it "non solo X ma Y", which keeps both.
                let additive = ((index + 1)..<closer).contains { Self.additiveAdverbs.contains(state.units[$0].form) }
                mark((index + 1)..<closer, role: additive ? .added : .rejected, marker: index, explicit: false, in: &state)
                let assertedStart = state.afterModifier(closer)
                if !Self.opensWithNegator(assertedStart, in: state) {
                    mark(assertedStart..<state.clauseEnd(from: assertedStart), role: additive ? .added : .asserted, marker: closer, explicit: false, in: &state)
                }
                continue
            }
            // "Y, non X": a clause-initial "non" before a nominal element, after a clause. "Y, e
            // non X" and "Y e non X" join the two with "e" ("solo per l'ingaggio e non per la
            // sfida"), and an adverb of certainty may stand after "non" ("e non certo per la sfida").
            let joined = index >= 2 && StringIdentity.equals(state.units[index - 1].form, "e")
            let lead = joined ? index - 2 : index - 1
            guard index >= 2, lead >= 1, state.units[lead].isClauseBoundary || (joined && state.units[lead].kind == .word) else { continue }
            let first = index + 1 < count && Self.certainty.contains(state.units[index + 1].form) ? index + 2 : index + 1
            guard first < count else { continue }
            let next = state.units[first]
            // X is a nominal element: it opens with a preposition, an article or a demonstrative
            // ("per i soldi, non per gli ideali", "l'ingaggio e non la sfida"), not with a pronoun
            // or a verb of a clause of its own ("…, e non me ne pento", "…, e non ci penso più").
            guard next.kind == .word, Self.nominalOpeners.contains(next.form), !Self.additiveAdverbs.contains(next.form)
            else { continue }
            mark(first..<state.clauseEnd(from: first), role: .rejected, marker: index, explicit: false, in: &state)
            // The asserted element ends before the comma, or before the "e" that joins without one.
            let previousEnd = state.units[lead].isClauseBoundary ? lead : index - 1
            mark(state.clauseStart(before: previousEnd)..<previousEnd, role: .asserted, marker: index, explicit: false, in: &state)
        }
    }

    /// The words a rejected nominal element of "Y, non X" may open with: prepositions, articles
    /// that are no clitic pronouns ("la", "lo", "le", "li" may be either, and are left out), and
    /// demonstratives.
    static let nominalOpeners: FormSet = NegatedFrame.prepositions.union([
        "il", "i", "gli", "l'", "un", "uno", "una", "un'", "questo", "questa", "questi", "queste", "quel", "quello",
        "quella", "quei", "quegli", "quelle",
    ])

    /// Adverbs and phrases that grant what comes before a "ma": "i soldi non sono tutto, certo,
    /// ma…" concedes its negated clause and goes on; it does not correct it with what follows.
    static let concessions: FormSet = ["certo", "certamente", "ovviamente", "sicuramente", "chiaro", "vero", "sì", "intendiamoci"]

    /// Whether a concession stands right before the "ma" at `closer` (a comma may come between;
    /// "d'accordo" is split into "d'" and "accordo").
    static func isConcededBefore(_ closer: Int, in state: SentenceSentimentState) -> Bool {
        var position = closer - 1
        while position >= 0 && state.units[position].kind == .punctuation { position -= 1 }
        guard position >= 0 else { return false }
        let form = state.units[position].form
        return concessions.contains(form) || (StringIdentity.equals(form, "accordo") && position > 0 && StringIdentity.equals(state.units[position - 1].form, "d'"))
    }

    /// Verbs of saying, swearing and claiming whose complement a "non" may sit in.
    static let claiming = LemmaBridge(lemmas: [
        "dire", "giurare", "sostenere", "assicurare", "affermare", "dichiarare", "garantire", "ripetere", "raccontare", "promettere",
        "spiegare", "precisare", "ribadire", "negare",
    ])

    /// Forms of the verbs of saying that a regular conjugator does not give.
    static let irregularClaiming: FormSet = [
        "dice", "dicono", "diceva", "dicevano", "dico", "diciamo", "dicendo", "disse", "dissero", "detto", "promesso", "promette",
    ]

    /// Whether the "non" at `negator` opens the complement of a verb of saying ("giura di non
    /// lavorare per i soldi", "dice che non lo fa per la fama"): a claim reported, which a "ma"
    /// after it belies ("…, ma per un tatuaggio chiede duemila euro") rather than corrects.
    static func isReportedDenial(_ negator: Int, in state: SentenceSentimentState) -> Bool {
        guard negator >= 2 else { return false }
        let link = state.units[negator - 1].form
        guard link == "di" || link == "che" else { return false }
        let verb = state.units[negator - 2]
        return verb.kind == .word && (irregularClaiming.contains(verb.form) || claiming.entry(for: verb.form).map({ $0.derivation != .nominal }) ?? false)
    }

    /// Adverbs of certainty that may stand between "non" and the element it rejects ("e non
    /// certo per la sfida", "non certamente per i soldi").
    static let certainty: FormSet = ["certo", "certamente", "sicuramente", "proprio", "davvero", "affatto"]

    /// "non solo", "non soltanto" add the element: "e non solo per i soldi" rejects nothing.
    static let additiveAdverbs: FormSet = ["solo", "soltanto", "solamente"]

    /// Whether the element at `index` opens with a negator ("ma nemmeno per…", "ma neanche…").
    static func opensWithNegator(_ index: Int, in state: SentenceSentimentState) -> Bool {
        index < state.units.count && state.modifierKind(index) == .negator
    }

    /// Words after "non" that show a verb follows (so the clause is not a bare nominal).
    static let cliticsAndAuxiliaries: FormSet = [
        "mi", "ti", "si", "ci", "vi", "ne", "lo", "la", "li", "le", "gli", "c'", "m'", "t'", "s'", "v'",
        "è", "sono", "sei", "siamo", "siete", "era", "erano", "ho", "hai", "ha", "abbiamo", "avete", "hanno",
        "posso", "può", "possono", "voglio", "vuole", "devo", "deve", "sarà", "sia", "fa", "sta", "c'è",
    ]

    private func findPartner(_ partners: Set<String>, from start: Int, in state: SentenceSentimentState) -> Int? {
        var position = start
        while position < state.units.count && position - start <= 25 {
            if let phrase = state.modifier[position]?.phrase, partners.contains(phrase) { return position }
            let text = state.units[position].text
            if StringIdentity.equals(text, ".") || StringIdentity.equals(text, "!") || StringIdentity.equals(text, "?") { return nil }
            position += 1
        }
        return nil
    }

    private func mark(_ range: Range<Int>, role: SentenceSentimentState.CorrectiveRole, marker: Int, explicit: Bool, in state: inout SentenceSentimentState) {
        guard !range.isEmpty else { return }
        for position in range where position >= 0 && position < state.units.count && state.corrective[position] == nil {
            state.corrective[position] = (role, marker, explicit)
        }
    }
}
