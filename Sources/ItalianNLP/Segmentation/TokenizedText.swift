/// The result of tokenising a text: its sentences and tokens, and any warnings about the input.
public struct TokenizedText: Sendable {
    /// The text exactly as given; every span points into it.
    public let text: String
    /// The sentences, in order.
    public let sentences: [Sentence]
    /// Problems found in the input that did not stop the analysis.
    public let warnings: [Warning]

    /// Creates a result.
    public init(text: String, sentences: [Sentence], warnings: [Warning] = []) {
        self.text = text
        self.sentences = sentences
        self.warnings = warnings
    }

    /// All tokens of all sentences, in order.
    public var tokens: [Token] { sentences.flatMap(\.tokens) }
}

/// A problem in the input that the analysis worked around.
public struct Warning: Sendable, Hashable, Codable, CustomStringConvertible {
    /// A stable identifier of the kind of problem ("invalid-utf8", "icu-unavailable").
    public let code: String
    /// A sentence for people.
    public let message: String
    /// The byte offset in the input where the problem starts, when it has one.
    public let offset: Int?

    /// Creates a warning.
    public init(code: String, message: String, offset: Int? = nil) {
        self.code = code
        self.message = message
        self.offset = offset
    }

    /// The code, the byte offset when there is one, and the message.
    public var description: String {
        offset.map { "\(code) at byte \($0): \(message)" } ?? "\(code): \(message)"
    }
}
