/// A frame term found in a sentence: which units it covers and which term it is.
struct FrameOccurrence: Sendable {
    let term: FrameLexicon.Term
    /// The units it covers (syntactic words of the sentence).
    let units: Range<Int>
    /// The first unit, where the stance rules look from.
    var head: Int { units.lowerBound }
    /// The rule that evoked the frame when no term names it (`AlternativeMotive`), else nil.
    var evokedBy: String? = nil
}

extension FrameOccurrence {
    /// A frame that rule `rule` evokes over `units` where no term names it: a term of no words
    /// whose phrase is the rule's name in brackets ("(GoalForOthers)"), with the rule's salience.
    init(evoking frame: String, by rule: String, weight: Double, units: Range<Int>) {
        self.init(term: FrameLexicon.Term(frame: frame, phrase: "(\(rule))", weight: weight, words: []), units: units, evokedBy: rule)
    }
}

/// Finds the frame terms of a sentence: at each word, the longest term whose words match the
/// text's words, each text word compared through every lemma the bridge gives it (pagati:
/// pagare, pagato) and articles matching any article ("lasciare un segno" is "lasciare il
/// segno"); then the sense rules take out terms used in another sense (`FrameSenseRules`).
struct FrameTermMatcher: Sendable {
    let lexicon: FrameLexicon

    static let articles: FormSet = ["il", "lo", "la", "i", "gli", "le", "l'", "un", "uno", "una", "un'"]

    func occurrences(in state: SentenceSentimentState) -> [FrameOccurrence] {
        // A sentence with no word that starts a built-in term has none (`SentenceClassSummary`).
        if lexicon.isBuiltIn && !state.summary.wordClasses.contains(.builtInFrameStart) { return [] }
        let units = state.units
        var found: [FrameOccurrence] = []
        var index = 0
        while index < units.count {
            // A word that starts no term of the built-in lexicon is passed over by one bit test.
            guard units[index].kind == .word, !lexicon.isBuiltIn || units[index].isIn(.builtInFrameStart),
                let list = candidateList(of: units[index])
            else {
                index += 1
                continue
            }
            let candidates = lexicon.candidateRange(ofList: list)
            var best: FrameOccurrence?
            // What every candidate's second word is compared with (`matches(_:unit:units:)`),
            // worked out at the first candidate of two words: a start word such as "ha" or "fa"
            // has dozens of candidates, and asking the bridge for the next unit's lemmas for each
            // of them was most of the matcher's time.
            var nextKnown = false
            var nextIsArticle = false
            // `FrameLexicon.keys` of the next unit's form where the bridge may be asked, else empty.
            var nextKeys: [String] = []
            // By index, in place in the lexicon's arrays: binding each candidate to a variable
            // copied the Term, a retain and a release of its two strings and its array, for every
            // candidate at every word that may start a term ("ha", "fa"…), though most fail at
            // their second word. The word count and the second word are read from the candidate's
            // head (`FrameLexicon.CandidateHead`); the term's words only for a candidate that passes.
            for candidate in candidates where index + lexicon.candidateHeads[candidate].wordCount <= units.count {
                if lexicon.candidateHeads[candidate].wordCount > 1 {
                    // (The candidate fits, so the next unit exists.)
                    if !nextKnown {
                        nextKnown = true
                        nextIsArticle = units[index + 1].isIn(.article)
                        let asksBridge = units[index + 1].kind == .word && (!lexicon.isBuiltIn || units[index + 1].isIn(.builtInFrameWordForm))
                        if asksBridge { nextKeys = lexicon.keys(units[index + 1].form) }
                    }
                    let second = lexicon.candidateHeads[candidate].second
                    guard StringIdentity.equals(units[index + 1].form, second)
                        || nextIsArticle && lexicon.candidateHeads[candidate].secondIsArticle
                        || nextKeys.contains(where: { StringIdentity.equals($0, second) })
                    else { continue }
                }
                if matches(lexicon.candidateTerms[candidate], at: index, units: units) {
                    best = FrameOccurrence(
                        term: lexicon.candidateTerms[candidate], units: index..<(index + lexicon.candidateHeads[candidate].wordCount))
                    break
                }
            }
            if let best {
                found.append(best)
                // A term may belong to several frames.
                for other in lexicon.candidateTerms[candidates] where other.frame != best.term.frame && other.words == best.term.words {
                    found.append(FrameOccurrence(term: other, units: best.units))
                }
                index = best.units.upperBound
            } else {
                index += 1
            }
        }
        return FrameSenseRules.filter(found, in: state)
    }

    /// The lexicon's list of candidates at a unit: with the built-in lexicon, the one the unit
    /// carries when its form was looked up with its token's other answers (`SentimentUnit.frameList`,
    /// the same list a probe finds), else the lexicon probed with the unit's form.
    @inline(__always)
    private func candidateList(of unit: SentimentUnit) -> Int? {
        if lexicon.isBuiltIn && unit.frameList >= -1 { return unit.frameList >= 0 ? Int(unit.frameList) : nil }
        return lexicon.candidateList(forForm: unit.form)
    }

    private func matches(_ term: FrameLexicon.Term, at index: Int, units: [SentimentUnit]) -> Bool {
        for offset in 1..<max(1, term.words.count) where !matches(term.words[offset], unit: index + offset, units: units) {
            return false
        }
        return true
    }

    /// Whether the unit at `position` matches a term's `word` after its first.
    @inline(__always)
    private func matches(_ word: String, unit position: Int, units: [SentimentUnit]) -> Bool {
        let form = units[position].form
        // (`StringIdentity.equals`: most comparisons fail, and it answers those inline.)
        if StringIdentity.equals(form, word) { return true }
        // The unit's article test is a bit of its word classes (`SentimentWordClasses.article`
        // is `articles`), asked first: most units are no article, and the set hashes.
        if units[position].isIn(.article) && Self.articles.contains(word) { return true }
        // Only a form of the bridge can be an inflection of the word: with the built-in lexicon,
        // a bit says so (`builtInFrameWordForm`) without a probe of the bridge.
        return units[position].kind == .word && (!lexicon.isBuiltIn || units[position].isIn(.builtInFrameWordForm))
            && lexicon.hasKey(word, for: form)
    }
}
