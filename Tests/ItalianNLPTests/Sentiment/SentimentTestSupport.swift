import XCTest
@testable import ItalianNLP

/// Shared helpers for the sentiment and frame tests.
enum SentimentTesting {
    static let analyzer = SentimentAnalyzer()

    /// The whole analysis of a text.
    static func analysis(_ text: String) -> SentimentAnalysis {
        analyzer.analyze(text)
    }

    /// The sentiment of a text scored as one stretch (sentence boundaries ignored).
    static func sentiment(_ text: String) -> Sentiment {
        analyzer.score(text, range: text.startIndex..<text.endIndex)
    }

    /// The frames of a text (the document's).
    static func frames(_ text: String) -> [String: FrameScore] {
        analyzer.analyze(text).frames
    }

    /// The contribution of the first occurrence of `word` (as written).
    static func contribution(_ sentiment: Sentiment, _ word: String) -> SentimentContribution? {
        sentiment.explanation.first { $0.text == word }
    }

    /// The names of the rules applied to `word`.
    static func rules(_ sentiment: Sentiment, _ word: String) -> [String] {
        contribution(sentiment, word)?.rules.map(\.name) ?? []
    }

    /// The rule that set a frame's stance, for the first evidence of the frame.
    static func frameRule(_ text: String, _ frame: String) -> String? {
        for sentence in analyzer.analyze(text).sentences {
            if let evidence = sentence.frames[frame]?.evidence.first { return evidence.rule }
        }
        return nil
    }

    /// The package root (…/main), found from this file's path.
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // Sentiment
            .deletingLastPathComponent()  // ItalianNLPTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // package root
    }

    /// `../shared` next to the package root.
    static var sharedFolder: URL {
        packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    }
}
