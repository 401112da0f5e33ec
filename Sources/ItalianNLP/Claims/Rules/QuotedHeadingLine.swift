/// Heading lines that the one-sentence test of ``ClaimDocument/isHeading(_:)`` misses: a line that
/// ends with a quotation announced by a colon and no full stop — the second line under a title
/// ("Le opposizioni: «Un regalo ai costruttori»"), a live blog's entry heading ("ORE 10.15 – Il
/// sindaco: «Restate in casa»") — and every sentence of the lines that open a document before its
/// body ("I sindacati denunciano carichi di lavoro insostenibili. L'Autorità: «…»" under the
/// title). The guidelines count no heading as a claim: news quotes the words again, with their
/// cue, in the text below, and the heading read as a claim was counted twice or given to whoever
/// the line named.
///
/// A body sentence ends with its full stop, also after a quotation ("Il prefetto: «Nessun
/// ferito».", a live blog's entry written as text): it stays text.
extension ClaimDocument {
    /// The most tokens a heading line holds (the longest second-line headings of the fixtures
    /// have about 25).
    static let headingLineMaximumTokens = 48

    /// How many lines may open a document before its body: a title, a second line and a third.
    static let openingHeadingLines = 3

    /// The sentences that lie on heading lines of these kinds, found in one pass over the
    /// paragraphs (each line is looked at once, and only its last tokens).
    static func headingLineSentences(tokens: [Token], sentences: [Range<Int>], paragraphOf: [Int]) -> DenseIndexSet {
        var headings = DenseIndexSet(capacity: sentences.count)
        var first = 0
        var line = 0
        var openingBlock = true
        while first < sentences.count {
            var last = first
            while last + 1 < sentences.count, paragraphOf[last + 1] == paragraphOf[first] { last += 1 }
            let lineTokens = sentences[first].lowerBound..<sentences[last].upperBound
            // A heading stands above something: the last line of a document is text.
            let isHeading = last + 1 < sentences.count && lineTokens.count <= headingLineMaximumTokens
                && endsWithoutFullStop(lineTokens, tokens: tokens)
                && (endsWithColonQuotation(lineTokens, tokens: tokens) || (openingBlock && line < openingHeadingLines))
            if isHeading {
                for sentence in first...last { headings.insert(sentence) }
            } else {
                openingBlock = false
            }
            line += 1
            first = last + 1
        }
        return headings
    }

    /// Whether the line ends with neither a full stop (nor "!", "?", "…") nor a colon, also inside
    /// a closing quotation mark.
    static func endsWithoutFullStop(_ line: Range<Int>, tokens: [Token]) -> Bool {
        guard let last = line.last else { return false }
        var end = last
        if tokens[end].kind == .punctuation, closingQuotes.contains(tokens[end].text) {
            guard end > line.lowerBound else { return false }
            end -= 1
        }
        return !(tokens[end].kind == .punctuation && (finalStops.contains(tokens[end].text) || tokens[end].text == ":"))
    }

    /// Whether the line ends with a quotation whose opening mark follows a colon: "X: «…»".
    static func endsWithColonQuotation(_ line: Range<Int>, tokens: [Token]) -> Bool {
        guard let last = line.last, tokens[last].kind == .punctuation else { return false }
        let opening: String
        switch tokens[last].text {
        case "»": opening = "«"
        case "”": opening = "“"
        case "\"": opening = "\""
        default: return false
        }
        // The nearest opening mark before the closing one (the line is short: see the caller).
        var index = last - 1
        while index > line.lowerBound, !(tokens[index].kind == .punctuation && tokens[index].text == opening) { index -= 1 }
        guard index > line.lowerBound, tokens[index].kind == .punctuation, tokens[index].text == opening else { return false }
        return tokens[index - 1].kind == .punctuation && tokens[index - 1].text == ":"
    }
}
