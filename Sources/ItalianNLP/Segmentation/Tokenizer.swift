/// Tokenises and sentence-splits Italian text, following the conventions of the Italian
/// Universal Dependencies treebanks.
///
/// ```swift
/// let tokenizer = Tokenizer()
/// let result = tokenizer.tokenize("Non è lo stipendio, sostiene, ma l’attrazione dell’IA.")
/// for sentence in result.sentences {
///     print(sentence.tokens.map(\.text))  // ["Non", "è", "lo", "stipendio", ",", …, "l’", "attrazione", "dell’", "IA", "."]
/// }
/// ```
///
/// A `Tokenizer` is cheap to copy and safe to use from many tasks at once: the ICU iterators it
/// needs are cloned from shared prototypes for each call.
public struct Tokenizer: Sendable {
    private let abbreviations: AbbreviationLexicon
    /// Whether plain runs of letters skip ICU (see `PlainWordBoundary`) and ICU's sentence break
    /// looks only at windows around terminals; off only in the test that checks both ways agree.
    let usesPlainBoundaries: Bool

    /// Creates a tokenizer with the built-in lexicons.
    public init() {
        self.init(usesPlainBoundaries: true)
    }

    init(usesPlainBoundaries: Bool) {
        abbreviations = .shared
        self.usesPlainBoundaries = usesPlainBoundaries
    }

    /// Tokenises `text`. Never fails: problems with the input come back as warnings.
    public func tokenize(_ text: String) -> TokenizedText {
        let originalBytes = Array(text.utf8)
        let (bytes, map) = TextNormalizer.nfc(originalBytes)
        var warnings: [Warning] = []
        let raw: [RawToken]
        let sentenceRanges: [(tokens: Range<Int>, paragraph: Int)]
        (raw, sentenceRanges) = bytes.withUnsafeBufferPointer { buffer in
            let wordIterator = ICUBreakIterator.make(.italianWords)
            wordIterator?.resumesAfterSkips = true
            if wordIterator == nil || wordIterator?.setText(buffer) == false {
                warnings.append(Warning(
                    code: "icu-unavailable",
                    message: "ICU word break could not be used (\(ICUPrototype.italianWords.errorName ?? "error")); fell back to simple rules"))
            }
            var segmenter = WordSegmenter(
                bytes: buffer, icu: wordIterator, abbreviations: abbreviations, usesPlainBoundaries: usesPlainBoundaries)
            segmenter.run()
            let sentenceIterator = ICUBreakIterator.make(.italianSentences)
            let usable = sentenceIterator?.setText(buffer) == true
            var sentenceSegmenter = SentenceSegmenter(bytes: buffer, tokens: segmenter.tokens)
            sentenceSegmenter.usesWindows = usesPlainBoundaries
            let ranges = sentenceSegmenter.run(icu: usable ? sentenceIterator : nil)
            return (segmenter.tokens, ranges)
        }
        var offsets = OffsetIndex(text: text, bytes: originalBytes)
        var sentences: [Sentence] = []
        sentences.reserveCapacity(sentenceRanges.count)
        var formCache = WordFormCache(byteCount: bytes.count)
        bytes.withUnsafeBufferPointer { buffer in
            for range in sentenceRanges {
                var tokens: [Token] = []
                tokens.reserveCapacity(range.tokens.count)
                for index in range.tokens {
                    let token = raw[index]
                    let original = map.isIdentity ? token.start..<token.end : map.originalRange(token.start..<token.end)
                    let spaceAfter = token.end < buffer.count && Whitespace.isWhitespace(buffer, at: token.end)
                    let isWord = token.kind == .word
                    let forms = formCache.forms(of: UnsafeBufferPointer(rebasing: buffer[token.start..<token.end]), isWord: isWord) { surface in
                        (MatchingForm.of(surface, foldingAccents: false), isWord ? (MultiwordExpansion.expand(surface) ?? []) : [])
                    }
                    tokens.append(Token(
                        span: offsets.span(utf8: original),
                        text: forms.surface,
                        kind: token.kind,
                        normalized: forms.normalized,
                        spaceAfter: spaceAfter,
                        expansion: forms.expansion))
                }
                guard let first = tokens.first, let last = tokens.last else { continue }
                let span = TextSpan(
                    range: first.span.range.lowerBound..<last.span.range.upperBound,
                    utf8: first.span.utf8.lowerBound..<last.span.utf8.upperBound,
                    scalars: first.span.scalars.lowerBound..<last.span.scalars.upperBound)
                sentences.append(Sentence(span: span, tokens: tokens, paragraph: range.paragraph))
            }
        }
        return TokenizedText(text: text, sentences: sentences, warnings: warnings)
    }
}
