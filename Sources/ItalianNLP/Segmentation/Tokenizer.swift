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
/// To convert a corpus, ``writeCoNLLU(of:to:firstSentenceID:)`` and ``writePlainText(of:to:)``
/// write the same bytes as `tokenize(text).writeCoNLLU(to:)` without building `Token` values.
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
        let segmentation = segment(originalBytes)
        var offsets = OffsetIndex(text: text, bytes: originalBytes)
        var sentences: [Sentence] = []
        sentences.reserveCapacity(segmentation.sentences.count)
        var formCache = ThreadFormCache.take()
        defer { ThreadFormCache.give(formCache) }
        formCache.beginText()
        segmentation.bytes.withUnsafeBufferPointer { buffer in
            segmentation.raw.withUnsafeBufferPointer { raw in
                for range in segmentation.sentences {
                    var tokens: [Token] = []
                    tokens.reserveCapacity(range.tokens.count)
                    for index in range.tokens {
                        let token = raw[index]
                        tokens.append(Token(
                            span: offsets.span(utf8: segmentation.originalRange(of: token)),
                            forms: formCache.forms(at: index, of: raw, in: buffer),
                            kind: token.kind,
                            spaceAfter: Self.isFollowedBySpace(token, in: buffer)))
                    }
                    guard let first = tokens.first, let last = tokens.last else { continue }
                    let span = TextSpan(
                        range: first.span.range.lowerBound..<last.span.range.upperBound,
                        utf8: first.span.utf8.lowerBound..<last.span.utf8.upperBound,
                        scalars: first.span.scalars.lowerBound..<last.span.scalars.upperBound)
                    sentences.append(Sentence(span: span, tokens: tokens, paragraph: range.paragraph))
                }
            }
        }
        return TokenizedText(text: text, sentences: sentences, warnings: segmentation.warnings)
    }

    /// Tokenises `text` and appends it as CoNLL-U, exactly as `tokenize(text).writeCoNLLU(to:
    /// firstSentenceID:)` would, without building `Token` values: the fast path for converting a
    /// corpus. Returns the number of sentences written.
    @discardableResult
    public func writeCoNLLU(of text: String, to output: inout [UInt8], firstSentenceID: Int = 1) -> Int {
        var writer = CoNLLUWriter()
        return forEachSentence(of: text) { index, sentenceText, tokens in
            writer.beginSentence(index: index, firstSentenceID: firstSentenceID, documentID: nil, text: sentenceText)
            // Read in place: a copy of each element would retain its forms, then release them.
            tokens.withUnsafeBufferPointer { tokens in
                for index in tokens.indices {
                    writer.appendToken(forms: tokens[index].forms, spaceAfter: tokens[index].spaceAfter)
                }
            }
            writer.endSentence(to: &output)
        }
    }

    /// Tokenises `text` and appends one line per sentence with its tokens separated by spaces,
    /// exactly as `tokenize(text).writePlainText(to:)` would, without building `Token` values.
    /// Returns the number of sentences written.
    @discardableResult
    public func writePlainText(of text: String, to output: inout [UInt8]) -> Int {
        forEachSentence(of: text) { _, _, tokens in
            for (index, token) in tokens.enumerated() {
                if index > 0 { output.append(0x20) }
                CoNLLUWriter.appendField(token.forms.surface[...], to: &output)
            }
            output.append(0x0A)
        }
    }

    /// Calls `body` with each sentence's number, original text (its UTF-8 bytes) and tokens (their forms, and
    /// whether a space follows; the last token of a sentence always counts as followed by one, as
    /// CoNLL-U wants). Returns the number of sentences.
    private func forEachSentence(
        of text: String,
        _ body: (_ index: Int, _ text: UnsafeBufferPointer<UInt8>, _ tokens: [(forms: WordFormCache.Forms, spaceAfter: Bool)]) -> Void
    ) -> Int {
        let originalBytes = Array(text.utf8)
        let segmentation = segment(originalBytes)
        var formCache = ThreadFormCache.take()
        defer { ThreadFormCache.give(formCache) }
        var tokens: [(forms: WordFormCache.Forms, spaceAfter: Bool)] = []
        var count = 0
        formCache.beginText()
        originalBytes.withUnsafeBufferPointer { original in
        segmentation.bytes.withUnsafeBufferPointer { buffer in
            segmentation.raw.withUnsafeBufferPointer { raw in
                for range in segmentation.sentences where !range.tokens.isEmpty {
                    tokens.removeAll(keepingCapacity: true)
                    for index in range.tokens {
                        let token = raw[index]
                        let spaceAfter = index == range.tokens.upperBound - 1 || Self.isFollowedBySpace(token, in: buffer)
                        tokens.append((formCache.forms(at: index, of: raw, in: buffer), spaceAfter))
                    }
                    let lower = segmentation.originalRange(of: segmentation.raw[range.tokens.lowerBound]).lowerBound
                    let upper = segmentation.originalRange(of: segmentation.raw[range.tokens.upperBound - 1]).upperBound
                    // Bytes of the original text, not a Substring: slicing a String checks
                    // that both ends fall on scalar boundaries, which these always do.
                    body(count, UnsafeBufferPointer(rebasing: original[min(lower, upper)..<upper]), tokens)
                    count += 1
                }
            }
        }
        }
        return count
    }

    @inline(__always)
    private static func isFollowedBySpace(_ token: RawToken, in buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        token.end < buffer.count && Whitespace.isWhitespace(buffer, at: token.end)
    }

    /// The first stage, shared by every output: NFC, raw tokens and sentence boundaries.
    private func segment(_ originalBytes: [UInt8]) -> Segmentation {
        let (bytes, map) = TextNormalizer.nfc(originalBytes)
        var warnings: [Warning] = []
        let raw: [RawToken]
        let sentenceRanges: [(tokens: Range<Int>, paragraph: Int)]
        (raw, sentenceRanges) = bytes.withUnsafeBufferPointer { buffer in
            let wordIterator = ThreadBreakIterators.takeWords()
            defer { ThreadBreakIterators.giveWords(wordIterator) }
            wordIterator?.resumesAfterSkips = true
            if wordIterator == nil || wordIterator?.setText(buffer) == false {
                warnings.append(Warning(
                    code: "icu-unavailable",
                    message: "ICU word break could not be used (\(ICUPrototype.italianWords.errorName ?? "error")); fell back to simple rules"))
            }
            var segmenter = WordSegmenter(
                bytes: buffer, icu: wordIterator, abbreviations: abbreviations, usesPlainBoundaries: usesPlainBoundaries)
            segmenter.run()
            let sentenceIterator = ThreadBreakIterators.takeSentences()
            defer { ThreadBreakIterators.giveSentences(sentenceIterator) }
            let usable = sentenceIterator?.setText(buffer) == true
            var sentenceSegmenter = SentenceSegmenter(bytes: buffer, tokens: segmenter.tokens)
            sentenceSegmenter.usesWindows = usesPlainBoundaries
            let ranges = sentenceSegmenter.run(icu: usable ? sentenceIterator : nil)
            return (segmenter.tokens, ranges)
        }
        return Segmentation(bytes: bytes, map: map, raw: raw, sentences: sentenceRanges, warnings: warnings)
    }

    /// What `segment` found: the NFC bytes with their map back to the original, the raw tokens
    /// and the token ranges of the sentences.
    private struct Segmentation {
        let bytes: [UInt8]
        let map: OffsetMap
        let raw: [RawToken]
        let sentences: [(tokens: Range<Int>, paragraph: Int)]
        let warnings: [Warning]

        /// A token's UTF-8 range in the original text.
        @inline(__always)
        func originalRange(of token: RawToken) -> Range<Int> {
            map.isIdentity ? token.start..<token.end : map.originalRange(token.start..<token.end)
        }
    }
}
