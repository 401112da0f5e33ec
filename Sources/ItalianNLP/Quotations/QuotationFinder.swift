/// Pairs quotation marks in linear time.
///
/// Marks: « », ‹ ›, “ ”, „ “, ‘ ’, and straight " (an opening when it follows a space or
/// punctuation and precedes a word, a closing otherwise). Apostrophes are never taken for single
/// quotation marks: the tokenizer keeps elisions and accents inside their words, and a ’ closes a
/// quotation only when a ‘ is open. Nesting is kept on a bounded stack, so stray and unbalanced
/// marks cost nothing extra; a mark that closes something deeper in the stack closes everything
/// above it. A « that opens a paragraph while a « is still open continues that quotation (the
/// Italian convention for speeches over several paragraphs).
struct QuotationFinder {
    struct Pair {
        let open: Int
        let close: Int?
        let depth: Int
    }

    private static let maximumDepth = 16

    static func closer(of opener: String) -> Set<String>? {
        // Every opener starts with one of these bytes (« is C2 AB; ‹ “ „ ‘ start with E2): one
        // byte test rules out the commas and full stops that make most punctuation.
        guard let first = opener.utf8.first, first == 0xC2 || first == 0xE2 || first == 0x22 || first == 0x27 else { return nil }
        switch opener {
        case "«": return ["»"]
        case "‹": return ["›"]
        case "“": return ["”", "“"]
        case "„": return ["“", "”"]
        case "‘": return ["’"]
        case "\"": return ["\""]
        case "''": return ["''"]
        default: return nil
        }
    }

    static func find(in document: ClaimDocument) -> [Pair] {
        struct Open {
            let token: Int
            let closers: Set<String>
            let opener: String
        }
        var stack: [Open] = []
        var pairs: [Pair] = []
        let tokens = document.tokens
        for index in tokens.indices where tokens[index].kind == .punctuation {
            let mark = tokens[index].text
            // Both straight marks start with a quote byte: commas and full stops (most of the
            // punctuation) are ruled out without a String comparison.
            let first = mark.utf8.first
            let isStraight = (first == 0x22 || first == 0x27) && (mark == "\"" || mark == "''")
            // A closing mark: matches an open quotation (the innermost that accepts it).
            if !isStraight || isClosingStraight(index, in: document, stack: stack.map(\.opener)) {
                if !stack.isEmpty, let depth = stack.lastIndex(where: { $0.closers.contains(mark) }) {
                    // “ can both open and close: it closes only a „ or “ that is open.
                    for unclosed in stack[(depth + 1)...] {
                        pairs.append(Pair(open: unclosed.token, close: nil, depth: pairs.isEmpty ? 0 : 0))
                    }
                    let open = stack[depth]
                    stack.removeSubrange(depth...)
                    pairs.append(Pair(open: open.token, close: index, depth: depth))
                    continue
                }
                if isStraight { continue }
            }
            guard let closers = closer(of: mark) else { continue }
            // A « opening a paragraph while another « is open continues it.
            if mark == "«", let top = stack.last, top.opener == "«", startsParagraph(index, in: document) {
                continue
            }
            if stack.count >= maximumDepth { stack.removeFirst() }
            stack.append(Open(token: index, closers: closers, opener: mark))
        }
        for unclosed in stack { pairs.append(Pair(open: unclosed.token, close: nil, depth: 0)) }
        return pairs.sorted { $0.open < $1.open }
    }

    /// A straight quotation mark closes when a straight mark is open and it does not look like an
    /// opening (space before, word after).
    private static func isClosingStraight(_ index: Int, in document: ClaimDocument, stack: [String]) -> Bool {
        guard stack.contains(document.tokens[index].text) else { return false }
        let spaceBefore = index == 0 || document.tokens[index - 1].spaceAfter
        let wordAfter = index + 1 < document.tokens.count && !document.tokens[index].spaceAfter
            && document.tokens[index + 1].kind != .punctuation
        return !(spaceBefore && wordAfter)
    }

    private static func startsParagraph(_ index: Int, in document: ClaimDocument) -> Bool {
        guard index > 0 else { return true }
        let between = document.text[document.tokens[index - 1].span.range.upperBound..<document.tokens[index].span.range.lowerBound]
        return ClaimDocument.containsLineFeed(between)
    }
}
