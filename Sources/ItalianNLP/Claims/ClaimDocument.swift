/// The tokenised document as the claim rules see it: every token in one array, with the
/// sentence and paragraph each belongs to.
///
/// A class, immutable: the rules' context, the mention finder and the cue finder each hold it, and
/// as a struct its eight fields were retained for every copy and took 73 bytes of the context,
/// which Swift copies whole each time a mutating rule calls one of the context's plain methods.
final class ClaimDocument {
    let text: String
    let tokens: [Token]
    /// Token index ranges of the sentences.
    let sentences: [Range<Int>]
    /// The sentence index of every token.
    let sentenceOf: [Int]
    /// The paragraph of every sentence.
    let paragraphOf: [Int]
    /// Whether each token starts with a capital letter: the speaker rules ask it again and again.
    let capitalized: [Bool]
    /// The word lists each token's form belongs to (see ``ClaimWordClasses``).
    let classes: [ClaimWordClasses]
    /// The first sentence of the second paragraph (found once: `isHeading` asks for every
    /// sentence, and searching each time was quadratic on a one-paragraph document).
    let firstSentenceAfterFirstParagraph: Int?
    /// The sentences on heading lines the one-sentence test misses (``headingLineSentences(tokens:sentences:paragraphOf:)``).
    let headingLines: DenseIndexSet

    /// The most tokens the rules see as one sentence. Every rule works within a sentence, and some
    /// look at every mention or cue of the sentence for each cue, so one unpunctuated sentence of
    /// thousands of words ("ha detto che ha detto che …", found by fuzzing) took time cubic in its
    /// length, and its nested claims made output quadratic. News sentences stay far below this
    /// (the longest in the fixtures has 44 tokens); beyond it, claims are found within each window.
    static let maximumSentenceTokens = 256

    init(text: String, tokenized: TokenizedText) {
        self.text = text
        // One pass over the tokens fills every per-token array, each reserved to its final size.
        let count = tokenized.sentences.reduce(0) { $0 + $1.tokens.count }
        var tokens: [Token] = []
        var capitalized: [Bool] = []
        var sentences: [Range<Int>] = []
        var sentenceOf: [Int] = []
        var paragraphOf: [Int] = []
        tokens.reserveCapacity(count)
        capitalized.reserveCapacity(count)
        sentenceOf.reserveCapacity(count)
        var classes: [ClaimWordClasses] = []
        classes.reserveCapacity(count)
        let classesCache = ClaimWordClassesCache.take()
        for sentence in tokenized.sentences {
            var start = tokens.count
            // One bulk copy of the sentence's tokens (a loop that appends them one by one copies
            // each through the generic value witness), then their fields read in place.
            tokens.append(contentsOf: sentence.tokens)
            for index in start..<tokens.count {
                // The token's shared forms object remembers its classes and whether it is
                // capitalised (`ClaimWordClassesCache.classesAndCapital(ofToken:)`). (Its
                // matching form is read from it too, by `form(_:)`: an array of the forms
                // retained and released every token's String once more.)
                let known = classesCache.classesAndCapital(ofToken: tokens[index].forms)
                capitalized.append(known.capitalized)
                classes.append(known.classes)
            }
            // A sentence longer than `maximumSentenceTokens` is cut into windows of that many
            // tokens, each a sentence for the rules (see `maximumSentenceTokens`).
            repeat {
                let end = min(start + Self.maximumSentenceTokens, tokens.count)
                sentenceOf.append(contentsOf: repeatElement(sentences.count, count: end - start))
                sentences.append(start..<end)
                paragraphOf.append(sentence.paragraph)
                start = end
            } while start < tokens.count
        }
        self.tokens = tokens
        self.sentences = sentences
        self.sentenceOf = sentenceOf
        self.paragraphOf = paragraphOf
        ClaimWordClassesCache.give(classesCache)
        self.classes = classes
        self.firstSentenceAfterFirstParagraph = paragraphOf.firstIndex { $0 != paragraphOf.first }
        self.headingLines = Self.headingLineSentences(tokens: tokens, sentences: sentences, paragraphOf: paragraphOf)
        self.capitalized = capitalized
    }

    /// `text.contains("\n")`, answered by one byte scan when the text is ASCII: without a 0x0A
    /// byte there is no "\n" (U+000A has no other spelling), and in ASCII text every 0x0A is one
    /// ("\r\n" included). Elsewhere the search itself decides: it does not take a "\n" that a
    /// combining mark follows.
    static func containsLineFeed(_ text: Substring) -> Bool {
        var lineFeed = false
        var ascii = true
        for byte in text.utf8 {
            if byte == 0x0A { lineFeed = true } else if byte >= 0x80 { ascii = false }
        }
        guard lineFeed else { return false }
        return ascii || text.contains("\n")
    }

    /// Whether a token's text starts with a capital letter (an ASCII byte answers alone).
    static func startsWithCapital(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return false }
        if first < 0x80 { return first >= 0x41 && first <= 0x5A }
        return text.unicodeScalars.first?.properties.isUppercase ?? false
    }

    /// The lower-cased matching form of token `index` (apostrophes unified), for lexicon
    /// look-ups, or "" outside the document.
    func form(_ index: Int) -> String {
        index >= 0 && index < tokens.count ? tokens[index].forms.normalized : ""
    }

    /// Whether the form of token `index` is in the list `wordClass` stands for (false outside
    /// the document, where the form is "": no list holds it).
    func has(_ wordClass: ClaimWordClasses, _ index: Int) -> Bool {
        index >= 0 && index < classes.count && classes[index].contains(wordClass)
    }

    /// Whether the form of token `index` is in any of the lists of `wordClasses` (false outside
    /// the document).
    func hasAny(_ wordClasses: ClaimWordClasses, _ index: Int) -> Bool {
        index >= 0 && index < classes.count && !classes[index].isDisjoint(with: wordClasses)
    }

    /// The token range of the sentence (rule window) that holds token `index`.
    func sentenceRange(containing index: Int) -> Range<Int> {
        sentences[sentenceOf[index]]
    }

    func isWord(_ index: Int) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].kind == .word
    }

    /// How many tokens of `range` are words (a count, without the array a filter builds: every
    /// quotation asks).
    func wordCount(in range: Range<Int>) -> Int {
        var count = 0
        for index in range where isWord(index) { count += 1 }
        return count
    }

    /// Whether token `index` starts with a capital letter.
    func isCapitalized(_ index: Int) -> Bool {
        index >= 0 && index < capitalized.count && capitalized[index]
    }

    /// Whether token `index` is the punctuation `mark`.
    func isPunctuation(_ index: Int, _ mark: String) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].kind == .punctuation && tokens[index].text == mark
    }

    /// A span from the start of token `first` to the end of token `last` (inclusive).
    func span(_ first: Int, _ last: Int) -> TextSpan {
        let a = tokens[first].span
        let b = tokens[last].span
        return TextSpan(
            range: a.range.lowerBound..<b.range.upperBound, utf8: a.utf8.lowerBound..<b.utf8.upperBound,
            scalars: a.scalars.lowerBound..<b.scalars.upperBound)
    }

    /// The text of tokens `first...last` as written.
    func text(_ first: Int, _ last: Int) -> String {
        String(text[span(first, last).range])
    }

    // The marks `isHeading` compares with, stored as `MarkList`s: literals in the function built
    // and freed an array on every call (it is asked for every sentence by several rules), and
    // compared each mark through the general String equality.
    static let closingQuotes = MarkList(["»", "”", "\""])
    static let finalStops = MarkList([".", "!", "?", "…", "..."])
    private static let headingClosers = MarkList([".", "!", "?", "…", "...", "»", "”", "\"", ":"])

    /// Whether the sentence is a heading: one line without final punctuation, or a sentence of the
    /// heading lines ``headingLineSentences(tokens:sentences:paragraphOf:)`` finds.
    func isHeading(_ sentence: Int) -> Bool {
        if headingLines.contains(sentence) { return true }
        let range = sentences[sentence]
        guard let last = range.last else { return false }
        let final = tokens[last]
        // The title line of an article may end with a quotation ("Mancini: «Il porto non si
        // vende»"): the first line, one sentence, no full stop inside the marks.
        if paragraphOf[sentence] == paragraphOf[0], let body = firstSentenceAfterFirstParagraph {
            let lineEnd = sentences[body - 1].upperBound - 1
            if lineEnd > 0, lineEnd - sentences[0].lowerBound < 24, tokens[lineEnd].kind == .punctuation,
                Self.closingQuotes.contains(tokens[lineEnd].text), !Self.finalStops.contains(tokens[lineEnd - 1].text)
            {
                return true
            }
        }
        if final.kind == .punctuation, Self.headingClosers.contains(final.text) { return false }
        let nextStartsLine: Bool
        if sentence + 1 < sentences.count {
            let between = text[final.span.range.upperBound..<tokens[sentences[sentence + 1].lowerBound].span.range.lowerBound]
            nextStartsLine = Self.containsLineFeed(between)
        } else {
            nextStartsLine = true
        }
        // The title line of an article runs longer than a section heading ("Appalti all'Asl di
        // Lanciano, il pm chiede sei anni per l'ex direttore").
        return nextStartsLine && range.count <= (sentence == 0 ? 40 : 14)
    }
}
