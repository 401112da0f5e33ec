/// Sentiment and frames of Italian text: per document, per sentence and for any span.
///
/// ```swift
/// let analyzer = SentimentAnalyzer()      // build once; safe to share between tasks
/// let analysis = analyzer.analyze("Non è lo stipendio, sostiene, ma la missione.")
/// analysis.sentiment.label                // .positive / .negative / .neutral / .mixed
/// analysis.frames["money"]?.stance        // −1: money is rejected
/// analysis.missionOverMoney               // > 0
/// ```
public struct SentimentAnalyzer: Sendable {
    /// Options of the analyzer.
    public struct Options: Sendable {
        /// The frames to look for.
        public var frames: FrameLexicon
        /// Whether sentiments carry their explanation (the words and rules behind them).
        public var explain: Bool

        public init(frames: FrameLexicon = .default, explain: Bool = true) {
            self.frames = frames
            self.explain = explain
        }
    }

    public let options: Options
    private let tokenizer: Tokenizer
    private let scorer: SentenceSentimentScorer
    private let detector: FrameDetector

    /// Creates an analyzer; the lexicons are loaded once per process and shared.
    public init(options: Options = Options()) {
        self.options = options
        tokenizer = Tokenizer()
        scorer = .shared
        detector = FrameDetector(lexicon: options.frames)
    }

    /// Tokenises and analyses a text.
    public func analyze(_ text: String) -> SentimentAnalysis {
        analyze(tokenized: tokenizer.tokenize(text))
    }

    /// Analyses an already tokenised text.
    public func analyze(tokenized: TokenizedText) -> SentimentAnalysis {
        var sentences: [SentenceSentiment] = []
        sentences.reserveCapacity(tokenized.sentences.count)
        var weights: [(sentiment: Sentiment, words: Int)] = []
        var frameSentences: [(frames: [String: FrameScore], opensWithContrast: Bool)] = []
        var carried: [(frame: String, alternativeTo: String)] = []
        // Verdicts and irony across a colon (`VerdictFragment`, `IronyMarker`).
        var crossSentence = CrossSentenceFrames()
        for sentence in tokenized.sentences {
            let (sentiment, state) = scorer.sentiment(of: sentence.tokens, explain: options.explain)
            var frames: [String: FrameScore]
            (frames, carried) = detector.frames(of: state, tokens: sentence.tokens, carried: carried)
            let words = state.units.reduce(0) { $0 + ($1.kind == .word ? 1 : 0) }
            if let judged = crossSentence.join(&frames, previous: sentences.last?.frames, sentiment: sentiment, state: state, tokens: sentence.tokens, words: words),
                let previous = sentences.indices.last
            {
                sentences[previous] = SentenceSentiment(span: sentences[previous].span, sentiment: sentences[previous].sentiment, frames: judged)
                frameSentences[previous].frames = judged
            }
            sentences.append(SentenceSentiment(span: sentence.span, sentiment: sentiment, frames: frames))
            weights.append((sentiment, words))
            let firstWord = state.units.firstIndex { $0.kind == .word }
            // "Ma anche …" adds rather than contrasts.
            let opensWithContrast = firstWord.map {
                state.modifierKind($0) == .contrastAfter && !($0 + 1 < state.units.count && ["anche", "pure"].contains(state.units[$0 + 1].form))
            } ?? false
            frameSentences.append((frames, opensWithContrast))
            if DismissiveFragment.isDismissive(state) {
                // "Rivoluzione? Innovazione? Parole.": the sentences just before are debunked.
                let current = sentences.count - 1
                for previous in stride(from: current - 1, through: max(0, current - 2), by: -1) where !sentences[previous].frames.isEmpty {
                    let debunked = DismissiveFragment.debunk(sentences[previous].frames)
                    sentences[previous] = SentenceSentiment(span: sentences[previous].span, sentiment: sentences[previous].sentiment, frames: debunked)
                    frameSentences[previous].frames = debunked
                    for frame in debunked.keys {
                        if let (_, other) = AlternativeMotive.pairs.first(where: { $0.0 == frame }), debunked[other] == nil {
                            carried.append((other, frame))
                        }
                    }
                }
            }
        }
        let frames = DocumentAggregation.frames(frameSentences)
        return SentimentAnalysis(
            sentiment: DocumentAggregation.sentiment(weights), sentences: sentences, frames: frames,
            missionOverMoney: SentimentAnalysis.missionOverMoney(frames))
    }

    /// The sentiment of a run of tokens (a claim's content, a clause), scored as one sentence.
    public func score(tokens: some Collection<Token>) -> Sentiment {
        scorer.sentiment(of: Array(tokens), explain: options.explain).0
    }

    /// The sentiment and frames of a run of tokens, scored as one sentence.
    public func analyze(tokens: some Collection<Token>) -> (sentiment: Sentiment, frames: [String: FrameScore]) {
        let array = Array(tokens)
        let (sentiment, state) = scorer.sentiment(of: array, explain: options.explain)
        return (sentiment, detector.frames(of: state, tokens: array).frames)
    }

    /// The sentiment of `range` of `text` (a claim's content), scored as one stretch, sentence
    /// boundaries ignored. Offsets in the explanation refer to `text`.
    public func score(_ text: String, range: Range<String.Index>) -> Sentiment {
        analyze(text, range: range).sentiment
    }

    /// The sentiment and frames of `range` of `text`, scored as one stretch. Only the range is
    /// tokenised; offsets in the explanation and the frame evidence refer to `text`.
    public func analyze(_ text: String, range: Range<String.Index>) -> (sentiment: Sentiment, frames: [String: FrameScore]) {
        let tokens = tokenizer.tokenize(String(text[range])).tokens
        let result = analyze(tokens: tokens)
        guard range.lowerBound != text.startIndex else { return result }
        let utf8Shift = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
        let scalarShift = text.unicodeScalars.distance(from: text.startIndex, to: range.lowerBound)
        return (Self.shift(result.sentiment, utf8: utf8Shift, scalars: scalarShift),
                result.frames.mapValues { Self.shift($0, scalars: scalarShift) })
    }

    /// The sentiment and frames of the tokens of an already tokenised text that lie inside
    /// `range` (a claim's content), scored as one stretch: no tokenising again.
    public func analyze(tokenized: TokenizedText, range: Range<String.Index>) -> (sentiment: Sentiment, frames: [String: FrameScore]) {
        let text = tokenized.text
        let lower = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
        let upper = text.utf8.distance(from: text.startIndex, to: range.upperBound)
        var tokens: [Token] = []
        for sentence in tokenized.sentences where sentence.span.utf8.upperBound > lower && sentence.span.utf8.lowerBound < upper {
            for token in sentence.tokens where token.span.utf8.lowerBound >= lower && token.span.utf8.upperBound <= upper {
                tokens.append(token)
            }
        }
        return analyze(tokens: tokens)
    }

    private static func shift(_ sentiment: Sentiment, utf8: Int, scalars: Int) -> Sentiment {
        guard !sentiment.explanation.isEmpty else { return sentiment }
        let explanation = sentiment.explanation.map {
            SentimentContribution(
                text: $0.text, lemma: $0.lemma, scalars: ($0.scalars.lowerBound + scalars)..<($0.scalars.upperBound + scalars),
                utf8: ($0.utf8.lowerBound + utf8)..<($0.utf8.upperBound + utf8), basePolarity: $0.basePolarity, rules: $0.rules,
                valence: $0.valence)
        }
        return Sentiment(score: sentiment.score, positive: sentiment.positive, negative: sentiment.negative, label: sentiment.label, explanation: explanation)
    }

    private static func shift(_ frame: FrameScore, scalars: Int) -> FrameScore {
        FrameScore(salience: frame.salience, stance: frame.stance, evidence: frame.evidence.map {
            FrameEvidence(text: $0.text, term: $0.term, weight: $0.weight, scalars: ($0.scalars.lowerBound + scalars)..<($0.scalars.upperBound + scalars), stance: $0.stance, rule: $0.rule)
        })
    }
}
