/// A problem found while reading CoNLL-U text, with the line where it was found.
public struct CoNLLUError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The 1-based number of the offending line (one past the last line for problems found at
    /// the end of the text).
    public let line: Int
    /// What is wrong with the line.
    public let message: String

    /// Creates an error for the given 1-based line.
    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    /// The message prefixed by the line number, e.g. `CoNLL-U line 12: …`.
    public var description: String { "CoNLL-U line \(line): \(message)" }
}

/// A surface token of a CoNLL-U sentence: an ordinary word line, or a multiword token's range
/// line (`7-8  del`) together with the word lines it covers.
public struct CoNLLUToken: Sendable, Hashable {
    /// The token as written (the FORM column of the word line or of the range line).
    public let form: String
    /// The forms of the token's syntactic words: for a multiword token the FORMs of the word lines
    /// of its range (`del` → `di`, `il`); for an ordinary word just `[form]`.
    public let words: [String]
    /// Whether a space follows the token in the original text: false when the token line's MISC
    /// column (the range line's, for a multiword token) contains `SpaceAfter=No`.
    public let spaceAfter: Bool
    /// Whether the token came from a range line (a multiword token). This is what the CoNLL 2018
    /// evaluation looks at; it is true even for the rare range that covers a single word.
    public let isMultiword: Bool

    /// Creates a token. `words` defaults to `[form]`; `isMultiword` defaults to whether there is
    /// more than one word.
    public init(form: String, words: [String]? = nil, spaceAfter: Bool = true, isMultiword: Bool? = nil) {
        let words = words ?? [form]
        self.form = form
        self.words = words
        self.spaceAfter = spaceAfter
        self.isMultiword = isMultiword ?? (words.count > 1)
    }
}

/// A sentence of a CoNLL-U document.
public struct CoNLLUSentence: Sendable, Hashable {
    /// The value of the sentence's `# text = ` comment, if it has one.
    public let text: String?
    /// The sentence's surface tokens, in order.
    public let tokens: [CoNLLUToken]

    /// Creates a sentence.
    public init(text: String?, tokens: [CoNLLUToken]) {
        self.text = text
        self.tokens = tokens
    }

    /// The number of syntactic words in the sentence.
    public var wordCount: Int { tokens.reduce(0) { $0 + $1.words.count } }
}

/// The tokenisation layer of a CoNLL-U document: sentences, their `# text`, their tokens and the
/// syntactic words of each token. The annotation columns (LEMMA to DEPS) are not kept.
///
/// Reading is strict about structure and lenient about annotation: every non-comment line must
/// have 10 tab-separated columns, word IDs must run 1, 2, 3… in each sentence and every range line
/// must be followed by the word lines it covers; HEAD and the other columns are not checked, so
/// tokeniser output with `_` everywhere reads fine. Comment lines other than `# text = ` are
/// skipped, so are empty nodes (IDs like `8.1`); `\r\n` line ends and a leading byte-order mark are
/// accepted, blank runs separate sentences, and the last sentence needs no closing blank line.
public struct CoNLLUDocument: Sendable, Hashable {
    /// The document's sentences, in order. Sentences without any token are dropped.
    public let sentences: [CoNLLUSentence]

    /// Creates a document from sentences.
    public init(sentences: [CoNLLUSentence]) {
        self.sentences = sentences
    }

    /// Parses CoNLL-U text.
    ///
    /// - Throws: `CoNLLUError` with the number of the first malformed line.
    public init(parsing text: String) throws {
        var parser = CoNLLUParser()
        let newline = UInt8(ascii: "\n")
        var lineNumber = 0
        for rawLine in text.utf8.split(separator: newline, omittingEmptySubsequences: false) {
            lineNumber += 1
            var bytes = rawLine[...]
            if lineNumber == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
                bytes = bytes.dropFirst(3)
            }
            if bytes.last == UInt8(ascii: "\r") {
                bytes = bytes.dropLast()
            }
            try parser.consume(line: bytes, number: lineNumber)
        }
        try parser.finishSentence(lineNumber: lineNumber + 1)
        self.sentences = parser.sentences
    }

    /// The number of surface tokens in the document.
    public var tokenCount: Int { sentences.reduce(0) { $0 + $1.tokens.count } }

    /// The number of syntactic words in the document.
    public var wordCount: Int { sentences.reduce(0) { $0 + $1.wordCount } }
}

/// The line-by-line state machine behind `CoNLLUDocument.init(parsing:)`.
private struct CoNLLUParser {
    /// A range line whose word lines are still being read.
    struct PendingMultiword {
        let form: String
        let spaceAfter: Bool
        let lastID: Int
        let line: Int
        var words: [String]
    }

    var sentences: [CoNLLUSentence] = []
    var text: String?
    var tokens: [CoNLLUToken] = []
    var nextWordID = 1
    var pending: PendingMultiword?

    mutating func consume(line: Substring.UTF8View, number: Int) throws {
        if line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) {
            try finishSentence(lineNumber: number)
            return
        }
        if line.first == UInt8(ascii: "#") {
            if text == nil, let value = Self.textComment(line) {
                text = value
            }
            return
        }

        let columns = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
        guard columns.count == 10 else {
            throw CoNLLUError(line: number, message: "expected 10 tab-separated columns, found \(columns.count)")
        }
        let id = String(decoding: columns[0], as: UTF8.self)
        let form = String(decoding: columns[1], as: UTF8.self)

        if id.contains(".") {
            // An empty node of the enhanced graph: not part of the surface text.
            guard Self.isEmptyNodeID(id) else {
                throw CoNLLUError(line: number, message: "cannot parse the empty node ID '\(id)'")
            }
            return
        }
        guard !form.isEmpty else {
            throw CoNLLUError(line: number, message: "empty FORM")
        }

        if let dash = id.firstIndex(of: "-") {
            guard let first = Int(id[..<dash]), let last = Int(id[id.index(after: dash)...]),
                  first >= 1, last >= first
            else {
                throw CoNLLUError(line: number, message: "cannot parse the multiword token ID '\(id)'")
            }
            if let pending {
                throw CoNLLUError(
                    line: number,
                    message: "multiword token '\(id)' starts before the words of the one on line \(pending.line) are complete")
            }
            guard first == nextWordID else {
                throw CoNLLUError(
                    line: number,
                    message: "multiword token '\(id)' should start at word \(nextWordID)")
            }
            pending = PendingMultiword(
                form: form, spaceAfter: Self.spaceAfter(misc: columns[9]), lastID: last, line: number, words: [])
            return
        }

        guard let wordID = Int(id) else {
            throw CoNLLUError(line: number, message: "cannot parse the word ID '\(id)'")
        }
        guard wordID == nextWordID else {
            throw CoNLLUError(line: number, message: "word ID \(wordID) where \(nextWordID) was expected")
        }
        nextWordID += 1
        if var multiword = pending {
            multiword.words.append(form)
            if wordID == multiword.lastID {
                tokens.append(CoNLLUToken(
                    form: multiword.form, words: multiword.words, spaceAfter: multiword.spaceAfter,
                    isMultiword: true))
                pending = nil
            } else {
                pending = multiword
            }
        } else {
            tokens.append(CoNLLUToken(
                form: form, words: [form], spaceAfter: Self.spaceAfter(misc: columns[9]), isMultiword: false))
        }
    }

    /// Closes the current sentence at a blank line or at the end of the text.
    mutating func finishSentence(lineNumber: Int) throws {
        if let pending {
            throw CoNLLUError(
                line: lineNumber,
                message: "the sentence ends before the words of the multiword token on line \(pending.line) are complete")
        }
        if !tokens.isEmpty {
            sentences.append(CoNLLUSentence(text: text, tokens: tokens))
        }
        text = nil
        tokens = []
        nextWordID = 1
    }

    /// The value of a `# text = …` comment, or nil for any other comment.
    static func textComment(_ line: Substring.UTF8View) -> String? {
        let comment = String(decoding: line.dropFirst(), as: UTF8.self)
        var rest = comment.drop(while: { $0 == " " || $0 == "\t" })
        guard rest.hasPrefix("text") else { return nil }
        rest = rest.dropFirst(4).drop(while: { $0 == " " || $0 == "\t" })
        guard rest.first == "=" else { return nil }
        rest = rest.dropFirst().drop(while: { $0 == " " || $0 == "\t" })
        while let last = rest.last, last == " " || last == "\t" {
            rest = rest.dropLast()
        }
        return String(rest)
    }

    /// Whether the MISC column lacks `SpaceAfter=No`.
    static func spaceAfter(misc: Substring.UTF8View) -> Bool {
        let marker = Array("SpaceAfter=No".utf8)
        return !misc.split(separator: UInt8(ascii: "|")).contains { $0.elementsEqual(marker) }
    }

    /// Whether `id` looks like `8.1`.
    static func isEmptyNodeID(_ id: String) -> Bool {
        let parts = id.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 2 && Int(parts[0]) != nil && Int(parts[1]) != nil
    }
}
