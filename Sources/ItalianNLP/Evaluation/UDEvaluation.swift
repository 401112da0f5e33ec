/// Counts and ratios for one level of the evaluation (tokens, words or sentences).
public struct UDScore: Sendable, Codable, Hashable {
    /// How many units the gold document has.
    public let goldCount: Int
    /// How many units the system document has.
    public let systemCount: Int
    /// How many system units match a gold unit.
    public let correct: Int
    /// `correct / systemCount`, or 0 when the system has no units.
    public let precision: Double
    /// `correct / goldCount`, or 0 when the gold document has no units.
    public let recall: Double
    /// `2 · correct / (systemCount + goldCount)`, or 0 when both are empty.
    public let f1: Double

    /// Creates a score from its counts, computing the ratios as conll18_ud_eval.py does.
    public init(goldCount: Int, systemCount: Int, correct: Int) {
        self.goldCount = goldCount
        self.systemCount = systemCount
        self.correct = correct
        precision = systemCount > 0 ? Double(correct) / Double(systemCount) : 0
        recall = goldCount > 0 ? Double(correct) / Double(goldCount) : 0
        f1 = goldCount + systemCount > 0 ? 2 * Double(correct) / Double(goldCount + systemCount) : 0
    }
}

/// The tokenisation scores of the CoNLL 2018 shared task.
public struct UDScores: Sendable, Codable, Hashable {
    /// Surface tokens (a multiword token counts once), matched on their character spans.
    public let tokens: UDScore
    /// Syntactic words, matched on spans outside multiword tokens and by a longest common
    /// subsequence of lower-cased forms inside them.
    public let words: UDScore
    /// Sentences, matched on their character spans.
    public let sentences: UDScore

    /// Creates a set of scores.
    public init(tokens: UDScore, words: UDScore, sentences: UDScore) {
        self.tokens = tokens
        self.words = words
        self.sentences = sentences
    }
}

/// Why two documents cannot be evaluated against each other.
public enum UDEvaluationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Which of the two documents a problem is in.
    public enum Side: String, Sendable, Hashable {
        /// The gold document.
        case gold
        /// The system document.
        case system
    }

    /// The token forms, concatenated without whitespace, differ. `offset` counts Unicode scalars
    /// of that whitespace-free text; the sentence numbers (1-based) say where the offset falls in
    /// each document; `gold` and `system` are the (up to) 20 characters from there on.
    case characterMismatch(offset: Int, goldSentence: Int, systemSentence: Int, gold: String, system: String)
    /// A token form is empty once whitespace is removed; sentence and token are 1-based.
    case emptyForm(side: Side, sentence: Int, token: Int)

    /// A readable explanation.
    public var description: String {
        switch self {
        case let .characterMismatch(offset, goldSentence, systemSentence, gold, system):
            return "The concatenated tokens of gold and system differ at character \(offset) "
                + "(gold sentence \(goldSentence), system sentence \(systemSentence)): "
                + "gold '\(gold)', system '\(system)'"
        case let .emptyForm(side, sentence, token):
            return "The \(side.rawValue) document has a token made only of whitespace "
                + "(sentence \(sentence), token \(token))"
        }
    }
}

/// Our implementation of the tokenisation part of the CoNLL 2018 shared task evaluation
/// (conll18_ud_eval.py): Tokens, Words and Sentences.
///
/// Both documents are reduced to the concatenation of their token forms with all whitespace
/// removed; these texts must be identical. Tokens and sentences are spans of Unicode scalars of
/// that text and count as correct only when gold and system spans coincide exactly. Words outside
/// multiword tokens are aligned the same way. Where multiword tokens (of either document) overlap,
/// the smallest stretch of text that contains them whole is found, and the gold and system words
/// inside it are aligned by a longest common subsequence of their lower-cased forms.
public enum UDEvaluation {
    /// Scores a system tokenisation against the gold one.
    ///
    /// - Throws: `UDEvaluationError` when the two documents do not spell the same text.
    public static func evaluate(gold: CoNLLUDocument, system: CoNLLUDocument) throws -> UDScores {
        let goldText = try SpannedDocument(gold, side: .gold)
        let systemText = try SpannedDocument(system, side: .system)

        if goldText.characters != systemText.characters {
            throw goldText.mismatch(with: systemText)
        }

        return UDScores(
            tokens: spanScore(gold: goldText.tokens, system: systemText.tokens),
            words: UDScore(
                goldCount: goldText.words.count, systemCount: systemText.words.count,
                correct: alignedWordCount(gold: goldText.words, system: systemText.words)),
            sentences: spanScore(gold: goldText.sentences, system: systemText.sentences))
    }

    // MARK: - Spans

    /// An end-exclusive range of Unicode scalars in the whitespace-free text.
    struct Span: Hashable {
        var start: Int
        var end: Int
    }

    /// A syntactic word: its token's span, whether that token is multiword, and its form.
    struct Word {
        var span: Span
        var isMultiword: Bool
        /// The FORM as compared inside multiword regions: the word line's FORM for a word of a
        /// multiword token, the whitespace-free token form otherwise.
        var form: String
    }

    /// A document reduced to spans over its whitespace-free text.
    struct SpannedDocument {
        var characters: [Unicode.Scalar] = []
        var tokens: [Span] = []
        var sentences: [Span] = []
        var words: [Word] = []

        init(_ document: CoNLLUDocument, side: UDEvaluationError.Side) throws {
            for (sentenceIndex, sentence) in document.sentences.enumerated() {
                let sentenceStart = characters.count
                for (tokenIndex, token) in sentence.tokens.enumerated() {
                    let start = characters.count
                    var stripped = String.UnicodeScalarView()
                    for scalar in token.form.unicodeScalars where !scalar.properties.isWhitespace {
                        characters.append(scalar)
                        stripped.append(scalar)
                    }
                    guard characters.count > start else {
                        throw UDEvaluationError.emptyForm(side: side, sentence: sentenceIndex + 1, token: tokenIndex + 1)
                    }
                    let span = Span(start: start, end: characters.count)
                    tokens.append(span)
                    if token.isMultiword {
                        for form in token.words {
                            words.append(Word(span: span, isMultiword: true, form: form))
                        }
                    } else {
                        words.append(Word(span: span, isMultiword: false, form: String(stripped)))
                    }
                }
                if characters.count > sentenceStart {
                    sentences.append(Span(start: sentenceStart, end: characters.count))
                }
            }
        }

        /// The error describing where `other`'s characters first differ from these.
        func mismatch(with other: SpannedDocument) -> UDEvaluationError {
            var offset = 0
            while offset < characters.count, offset < other.characters.count,
                  characters[offset] == other.characters[offset] {
                offset += 1
            }
            func excerpt(_ scalars: [Unicode.Scalar]) -> String {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[min(offset, scalars.count)..<min(offset + 20, scalars.count)])
                return String(view)
            }
            return .characterMismatch(
                offset: offset,
                goldSentence: sentenceNumber(at: offset), systemSentence: other.sentenceNumber(at: offset),
                gold: excerpt(characters), system: excerpt(other.characters))
        }

        /// The 1-based number of the sentence holding the character at `offset` (the last one when
        /// the offset is at or past the end).
        func sentenceNumber(at offset: Int) -> Int {
            var low = 0
            var high = sentences.count
            while low < high {
                let middle = (low + high) / 2
                if sentences[middle].end <= offset { low = middle + 1 } else { high = middle }
            }
            return min(low, max(sentences.count - 1, 0)) + 1
        }
    }

    /// Counts spans present, identical, in both lists (both sorted by start).
    static func spanScore(gold: [Span], system: [Span]) -> UDScore {
        var correct = 0
        var g = 0
        var s = 0
        while g < gold.count, s < system.count {
            if system[s].start < gold[g].start {
                s += 1
            } else if gold[g].start < system[s].start {
                g += 1
            } else {
                if gold[g].end == system[s].end { correct += 1 }
                g += 1
                s += 1
            }
        }
        return UDScore(goldCount: gold.count, systemCount: system.count, correct: correct)
    }

    // MARK: - Word alignment

    /// How many gold and system words align, following the official `align_words`.
    static func alignedWordCount(gold: [Word], system: [Word]) -> Int {
        var aligned = 0
        var g = 0
        var s = 0
        while g < gold.count, s < system.count {
            if gold[g].isMultiword || system[s].isMultiword {
                let region = multiwordRegion(gold: gold, system: system, g: g, s: s)
                aligned += lcsAlignedCount(gold[region.gold], system[region.system])
                g = region.gold.upperBound
                s = region.system.upperBound
            } else if gold[g].span == system[s].span {
                aligned += 1
                g += 1
                s += 1
            } else if gold[g].span.start <= system[s].span.start {
                g += 1
            } else {
                s += 1
            }
        }
        return aligned
    }

    /// The gold and system words of the smallest stretch that starts at the multiword token at
    /// `g` or `s` and contains every multiword token it touches whole.
    static func multiwordRegion(
        gold: [Word], system: [Word], g startG: Int, s startS: Int
    ) -> (gold: Range<Int>, system: Range<Int>) {
        var g = startG
        var s = startS
        var end: Int
        // A plain word of the other side that starts before the multiword token stays out.
        if gold[g].isMultiword {
            end = gold[g].span.end
            if !system[s].isMultiword, system[s].span.start < gold[g].span.start { s += 1 }
        } else {
            end = system[s].span.end
            if !gold[g].isMultiword, gold[g].span.start < system[s].span.start { g += 1 }
        }
        let firstG = g
        let firstS = s

        /// Whether the word at `i` lies past the region (a multiword token sticking out of the
        /// region still belongs to it and stretches it).
        func beyondEnd(_ words: [Word], _ i: Int) -> Bool {
            guard i < words.count else { return true }
            return words[i].isMultiword ? words[i].span.start >= end : words[i].span.end > end
        }
        while !beyondEnd(gold, g) || !beyondEnd(system, s) {
            let takeGold = g < gold.count && (s >= system.count || gold[g].span.start <= system[s].span.start)
            let word = takeGold ? gold[g] : system[s]
            if word.isMultiword, word.span.end > end { end = word.span.end }
            if takeGold { g += 1 } else { s += 1 }
        }
        return (firstG..<g, firstS..<s)
    }

    /// The number of words aligned by the official greedy walk over the longest-common-subsequence
    /// table of lower-cased forms.
    static func lcsAlignedCount(_ gold: ArraySlice<Word>, _ system: ArraySlice<Word>) -> Int {
        let goldForms = gold.map { Array($0.form.lowercased().unicodeScalars) }
        let systemForms = system.map { Array($0.form.lowercased().unicodeScalars) }
        let n = goldForms.count
        let m = systemForms.count
        guard n > 0, m > 0 else { return 0 }

        // table[i * (m + 1) + j]: LCS length of goldForms[i...] and systemForms[j...].
        let width = m + 1
        var table = [Int](repeating: 0, count: (n + 1) * width)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                var best = max(table[(i + 1) * width + j], table[i * width + j + 1])
                if goldForms[i] == systemForms[j] {
                    best = max(best, 1 + table[(i + 1) * width + j + 1])
                }
                table[i * width + j] = best
            }
        }

        var aligned = 0
        var i = 0
        var j = 0
        while i < n, j < m {
            if goldForms[i] == systemForms[j] {
                aligned += 1
                i += 1
                j += 1
            } else if table[i * width + j] == table[(i + 1) * width + j] {
                i += 1
            } else {
                j += 1
            }
        }
        return aligned
    }
}
