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
        for sentence in tokenized.sentences {
            let (sentiment, state) = scorer.sentiment(of: sentence.tokens, explain: options.explain)
            let frames: [String: FrameScore]
            (frames, carried) = detector.frames(of: state, tokens: sentence.tokens, carried: carried)
            sentences.append(SentenceSentiment(span: sentence.span, sentiment: sentiment, frames: frames))
            weights.append((sentiment, state.units.reduce(0) { $0 + ($1.kind == .word ? 1 : 0) }))
            let firstWord = state.units.firstIndex { $0.kind == .word }
            frameSentences.append((frames, firstWord.map { state.modifierKind($0) == .contrastAfter } ?? false))
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

    /// The sentiment of `range` of `text` (a claim's content), with offsets into `text`: the
    /// range is tokenised on its own and scored as one stretch, sentence boundaries ignored.
    public func score(_ text: String, range: Range<String.Index>) -> Sentiment {
        analyze(text, range: range).sentiment
    }

    /// The sentiment and frames of `range` of `text`, scored as one stretch.
    public func analyze(_ text: String, range: Range<String.Index>) -> (sentiment: Sentiment, frames: [String: FrameScore]) {
        let tokenized = tokenizer.tokenize(text)
        let lower = range.lowerBound.utf16Offset(in: text)
        let upper = range.upperBound.utf16Offset(in: text)
        let tokens = tokenized.tokens.filter {
            let start = $0.span.range.lowerBound.utf16Offset(in: text)
            let end = $0.span.range.upperBound.utf16Offset(in: text)
            return start >= lower && end <= upper
        }
        return analyze(tokens: tokens)
    }
}
