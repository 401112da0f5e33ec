/// A frame term found in a sentence: which units it covers and which term it is.
struct FrameOccurrence: Sendable {
    let term: FrameLexicon.Term
    /// The units it covers (syntactic words of the sentence).
    let units: Range<Int>
    /// The first unit, where the stance rules look from.
    var head: Int { units.lowerBound }
}

/// Finds the frame terms of a sentence: at each word, the longest term whose words match the
/// canonical forms of the text's words (after the lemma bridge), then the sense rules that take
/// a term out when it is used in another sense (`FrameSenseRules`).
struct FrameTermMatcher: Sendable {
    let lexicon: FrameLexicon

    func occurrences(in state: SentenceSentimentState) -> [FrameOccurrence] {
        let units = state.units
        var keys: [String] = []
        keys.reserveCapacity(units.count)
        for unit in units { keys.append(unit.kind == .word ? lexicon.key(unit.form) : "") }
        var found: [FrameOccurrence] = []
        var index = 0
        while index < units.count {
            guard units[index].kind == .word, let terms = lexicon.candidates(forKey: keys[index]) else {
                index += 1
                continue
            }
            var matched: FrameOccurrence?
            for term in terms where index + term.words.count <= units.count {
                var ok = true
                for offset in 1..<max(1, term.words.count) {
                    let key = keys[index + offset]
                    if key != term.words[offset] && units[index + offset].form != term.words[offset] {
                        ok = false
                        break
                    }
                }
                if ok {
                    matched = FrameOccurrence(term: term, units: index..<(index + term.words.count))
                    break
                }
            }
            if let matched {
                // A term may belong to several frames; keep every frame's longest match here.
                found.append(matched)
                for other in terms where other.frame != matched.term.frame && other.words == matched.term.words {
                    found.append(FrameOccurrence(term: other, units: matched.units))
                }
                index = matched.units.upperBound
            } else {
                index += 1
            }
        }
        return FrameSenseRules.filter(found, in: state, keys: keys)
    }
}
