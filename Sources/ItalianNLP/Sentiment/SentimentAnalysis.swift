/// The sentiment and frames of a text: the document's, each sentence's, and the mission-over-money
/// summary.
public struct SentimentAnalysis: Sendable {
    /// The document's sentiment, aggregated from its sentences.
    public let sentiment: Sentiment
    /// Each sentence's span, sentiment and frames.
    public let sentences: [SentenceSentiment]
    /// The document's frames (only frames with some salience).
    public let frames: [String: FrameScore]
    /// −1…1: how far the text puts mission over money (see `SentimentAnalysis.missionOverMoney(_:)`).
    public let missionOverMoney: Double

    /// Creates an analysis from its parts.
    public init(sentiment: Sentiment, sentences: [SentenceSentiment], frames: [String: FrameScore], missionOverMoney: Double) {
        self.sentiment = sentiment
        self.sentences = sentences
        self.frames = frames
        self.missionOverMoney = missionOverMoney
    }

    /// Mission over money from a set of frames: (m · stance(mission) − n · stance(money)) / 2,
    /// where m and n are the frames' saliences capped at 1 — +1 when mission is fully asserted and
    /// money fully rejected, −1 for the reverse, 0 when neither frame is there.
    public static func missionOverMoney(_ frames: [String: FrameScore]) -> Double {
        let mission = frames["mission"]
        let money = frames["money"]
        let m = min(1, mission?.salience ?? 0) * (mission?.stance ?? 0)
        let n = min(1, money?.salience ?? 0) * (money?.stance ?? 0)
        return max(-1, min(1, (m - n) / 2))
    }
}

/// A sentence with its sentiment and frames.
public struct SentenceSentiment: Sendable {
    /// Where the sentence is.
    public let span: TextSpan
    /// Its sentiment.
    public let sentiment: Sentiment
    /// Its frames (only frames with some salience).
    public let frames: [String: FrameScore]

    /// Creates a sentence's result from its parts.
    public init(span: TextSpan, sentiment: Sentiment, frames: [String: FrameScore]) {
        self.span = span
        self.sentiment = sentiment
        self.frames = frames
    }
}

extension SentimentAnalysis: Encodable {
    enum CodingKeys: String, CodingKey {
        case sentiment, sentences, frames, missionOverMoney
    }

    /// The CLI's JSON shape: sentiment, sentences, frames, missionOverMoney.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sentiment, forKey: .sentiment)
        try container.encode(sentences, forKey: .sentences)
        try container.encode(frames, forKey: .frames)
        try container.encode(missionOverMoney, forKey: .missionOverMoney)
    }
}

extension SentenceSentiment: Encodable {
    enum CodingKeys: String, CodingKey {
        case start, end, sentiment, frames
    }

    /// `start` and `end` in Unicode scalars, as the CLI prints them.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(span.scalars.lowerBound, forKey: .start)
        try container.encode(span.scalars.upperBound, forKey: .end)
        try container.encode(sentiment, forKey: .sentiment)
        try container.encode(frames, forKey: .frames)
    }
}
