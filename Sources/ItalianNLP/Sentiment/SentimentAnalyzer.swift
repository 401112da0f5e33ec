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

        /// Options with the built-in frames (or `frames`) and explanations on unless `explain` is false.
        public init(frames: FrameLexicon = .default, explain: Bool = true) {
            self.frames = frames
            self.explain = explain
        }
    }

    /// The options the analyzer was made with.
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
        // Whether the sentence before ended with a question mark (`DismissiveFragment.isExcuseAnswer`).
        var afterQuestion = false
        // One state for every sentence (the thread's spare): its arrays are reset in place, not
        // made anew for each one.
        var state = SentenceSentimentState.take()
        // By index: copying each Sentence out of the array costs a retain and a release of its parts.
        for sentenceIndex in tokenized.sentences.indices {
            let tokens = tokenized.sentences[sentenceIndex].tokens
            let span = tokenized.sentences[sentenceIndex].span
            let followsQuestion = afterQuestion
            afterQuestion = tokens.last.map { Self.hasQuestionMark($0.text) } == true
            if tokens.count > Self.maximumSentenceTokens {
                let scored = analyzeInWindows(tokens[...], carried: &carried)
                sentences.append(SentenceSentiment(span: span, sentiment: scored.sentiment, frames: scored.frames))
                weights.append((scored.sentiment, scored.words))
                frameSentences.append((scored.frames, scored.opensWithContrast))
                continue
            }
            let sentiment = scorer.sentiment(of: tokens, explain: options.explain, into: &state)
            var frames: [String: FrameScore]
            (frames, carried) = detector.frames(of: state, tokens: tokens[...], carried: carried)
            let words = state.units.reduce(0) { $0 + ($1.kind == .word ? 1 : 0) }
            if let judged = crossSentence.join(&frames, previous: sentences.last?.frames, sentiment: sentiment, state: state, tokens: tokens, words: words),
                let previous = sentences.indices.last
            {
                sentences[previous] = SentenceSentiment(span: sentences[previous].span, sentiment: sentences[previous].sentiment, frames: judged)
                frameSentences[previous].frames = judged
            }
            sentences.append(SentenceSentiment(span: span, sentiment: sentiment, frames: frames))
            weights.append((sentiment, words))
            let firstWord = state.units.firstIndex { $0.kind == .word }
            // "Ma anche …" adds rather than contrasts. (Two comparisons, as `contains` of a
            // literal array makes them, without building the array for every sentence.)
            let opensWithContrast = firstWord.map {
                guard state.modifierKind($0) == .contrastAfter else { return false }
                guard $0 + 1 < state.units.count else { return true }
                let next = state.units[$0 + 1].form
                return !(next == "anche" || next == "pure")
            } ?? false
            frameSentences.append((frames, opensWithContrast))
            let excuseAnswer = followsQuestion && DismissiveFragment.isExcuseAnswer(state)
            if excuseAnswer || DismissiveFragment.isDismissive(state) {
                // "Rivoluzione? Innovazione? Parole.": the sentences just before are debunked;
                // "Lo spirito di squadra? Una scusa per…": the question just before.
                let current = sentences.count - 1
                let reach = excuseAnswer ? 1 : 2
                for previous in stride(from: current - 1, through: max(0, current - reach), by: -1) where !sentences[previous].frames.isEmpty {
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
        // Moved back, not copied; not in a `defer`: `consume` there left the spare holding freed
        // arrays (a crash on the next document, with this toolchain).
        SentenceSentimentState.give(consume state)
        let frames = DocumentAggregation.frames(frameSentences)
        return SentimentAnalysis(
            sentiment: DocumentAggregation.sentiment(weights), sentences: sentences, frames: frames,
            missionOverMoney: SentimentAnalysis.missionOverMoney(frames))
    }

    /// Whether a token's text holds a question mark, compared as Characters (as
    /// `text.contains("?")` does: a "?" with a combining mark is another Character); the bytes
    /// are looked at first, since most sentences end with no "?" at all.
    @inline(__always)
    static func hasQuestionMark(_ text: String) -> Bool {
        text.utf8.contains(0x3F) && text.contains("?" as Character)
    }

    /// The sentiment of a run of tokens (a claim's content, a clause), scored as one sentence.
    public func score(tokens: some Collection<Token>) -> Sentiment {
        analyze(tokens: tokens).sentiment
    }

    /// The sentiment and frames of a run of tokens, scored as one sentence.
    public func analyze(tokens: some Collection<Token>) -> (sentiment: Sentiment, frames: [String: FrameScore]) {
        analyze(run: Array(tokens)[...])
    }

    /// `analyze(tokens:)` of a run of an array's tokens, read in place (a claim's tokens within
    /// one sentence are not copied out of it).
    private func analyze(run tokens: ArraySlice<Token>) -> (sentiment: Sentiment, frames: [String: FrameScore]) {
        if tokens.count > Self.maximumSentenceTokens {
            var carried: [(frame: String, alternativeTo: String)] = []
            let scored = analyzeInWindows(tokens, carried: &carried)
            return (scored.sentiment, scored.frames)
        }
        var state = SentenceSentimentState.take()
        let sentiment = scorer.sentiment(of: tokens, explain: options.explain, into: &state)
        let frames = detector.frames(of: state, tokens: tokens).frames
        SentenceSentimentState.give(consume state)
        return (sentiment, frames)
    }

    /// The most tokens scored as one sentence. Several rules look across the whole sentence from
    /// each marker (the clause of a contrast, the partner of a corrective, the scope of each
    /// negator of a run), so one unpunctuated sentence of a hundred thousand words ("non solo X ma
    /// anche …", "non non non …") took minutes. A longer run is scored in windows of this many
    /// tokens, aggregated as the sentences of a document are. News sentences stay far below it.
    static let maximumSentenceTokens = 256

    /// Scores an over-long sentence window by window: the sentiment is the windows' weighted mean
    /// and the frames their aggregate (as for a document), with all their explanations and evidence.
    private func analyzeInWindows(_ tokens: ArraySlice<Token>, carried: inout [(frame: String, alternativeTo: String)]) -> (
        sentiment: Sentiment, frames: [String: FrameScore], words: Int, opensWithContrast: Bool
    ) {
        var weights: [(sentiment: Sentiment, words: Int)] = []
        var frameWindows: [(frames: [String: FrameScore], opensWithContrast: Bool)] = []
        var evidence: [String: [FrameEvidence]] = [:]
        var opensWithContrast = false
        var start = tokens.startIndex
        var state = SentenceSentimentState.take()
        while start < tokens.endIndex {
            let window = tokens[start..<min(start + Self.maximumSentenceTokens, tokens.endIndex)]
            let sentiment = scorer.sentiment(of: window, explain: options.explain, into: &state)
            let frames: [String: FrameScore]
            (frames, carried) = detector.frames(of: state, tokens: window, carried: carried)
            weights.append((sentiment, state.units.reduce(0) { $0 + ($1.kind == .word ? 1 : 0) }))
            if start == tokens.startIndex, let firstWord = state.units.firstIndex(where: { $0.kind == .word }) {
                opensWithContrast = state.modifierKind(firstWord) == .contrastAfter
            }
            // The windows are parts of one sentence: no contrast across them.
            frameWindows.append((frames, false))
            for (frame, score) in frames { evidence[frame, default: []] += score.evidence }
            start += Self.maximumSentenceTokens
        }
        SentenceSentimentState.give(consume state)
        let frames = DocumentAggregation.frames(frameWindows)
        var withEvidence: [String: FrameScore] = [:]
        for (frame, score) in frames {
            withEvidence[frame] = FrameScore(salience: score.salience, stance: score.stance, evidence: evidence[frame] ?? [])
        }
        return (DocumentAggregation.sentiment(weights), withEvidence, weights.reduce(0) { $0 + $1.words }, opensWithContrast)
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
        // The tokens kept come in runs of their sentences' arrays. A claim within one sentence is
        // one run, scored in place; several are joined (a Token copied one by one, into an array
        // grown one by one, cost more than scoring it; so did copying even one run).
        var runs: [ArraySlice<Token>] = []
        // Sentences and tokens are in text order: binary searches find the first of each that can
        // overlap the range, so a claim costs its own tokens, not the document's (one sentence
        // of thousands of claims, found by fuzzing, was quadratic).
        let sentences = tokenized.sentences
        var sentenceIndex = Self.firstIndex(in: sentences.count) { sentences[$0].span.utf8.upperBound > lower }
        while sentenceIndex < sentences.count && sentences[sentenceIndex].span.utf8.lowerBound < upper {
            let sentenceTokens = sentences[sentenceIndex].tokens
            var tokenIndex = Self.firstIndex(in: sentenceTokens.count) { sentenceTokens[$0].span.utf8.lowerBound >= lower }
            var runStart = tokenIndex
            while tokenIndex < sentenceTokens.count && sentenceTokens[tokenIndex].span.utf8.lowerBound <= upper {
                if sentenceTokens[tokenIndex].span.utf8.upperBound > upper {
                    if runStart < tokenIndex { runs.append(sentenceTokens[runStart..<tokenIndex]) }
                    runStart = tokenIndex + 1
                }
                tokenIndex += 1
            }
            if runStart < tokenIndex { runs.append(sentenceTokens[runStart..<tokenIndex]) }
            sentenceIndex += 1
        }
        if runs.count == 1 { return analyze(run: runs[0]) }
        return analyze(run: Array(runs.joined())[...])
    }

    /// The first index in 0..<count for which `isAtOrAfter` holds, for a predicate that is false
    /// and then true (count when it never holds).
    private static func firstIndex(in count: Int, where isAtOrAfter: (Int) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if isAtOrAfter(middle) { high = middle } else { low = middle + 1 }
        }
        return low
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
