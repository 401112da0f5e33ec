import ArgumentParser
import Foundation
import ItalianNLP

/// `itnlp sentiment`: the sentiment and frames of a document, of each sentence, and mission over money.
struct SentimentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sentiment",
        abstract: "Sentiment and frames (mission, money, …) of Italian text, per document and per sentence.",
        discussion: """
            JSON: {"sentiment": {"score", "positive", "negative", "label"}, "sentences": [{"start", "end", \
            "score", "label", "frames"}], "frames": {"mission": {"salience", "stance"}, …}, "missionOverMoney"}. \
            Offsets count Unicode scalars, end-exclusive. --format jsonl writes one sentence object per line. \
            --jsonl reads {"id", "text"} lines and writes {"id", "sentiment", "frames", "missionOverMoney"} lines. \
            --explain adds "explanation" (words, lemmas, base polarity, rules and weights) and each frame's "evidence".
            """)

    @OptionGroup var options: SentimentOutputOptions

    @Option(help: "A frame lexicon (frame<TAB>term<TAB>weight) added to the built-in frames.")
    var frames: String?

    @Flag(help: "Use only the frames of --frames, not the built-in ones.")
    var replaceFrames = false

    func run() throws {
        try options.run(lexiconPath: frames, replace: replaceFrames)
    }
}

/// `itnlp frames`: the same analysis with a user's frame lexicon.
struct FramesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "frames",
        abstract: "Frames of Italian text with your own frame lexicon (frame<TAB>term<TAB>weight).")

    @OptionGroup var options: SentimentOutputOptions

    @Option(help: "The frame lexicon file.")
    var lexicon: String

    @Flag(help: "Use only the lexicon's frames, not the built-in ones (by default they are added).")
    var replace = false

    func run() throws {
        try options.run(lexiconPath: lexicon, replace: replace)
    }
}

/// Input and output shared by `sentiment` and `frames`.
struct SentimentOutputOptions: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, jsonl, text
    }

    @Argument(help: "The input file, or - for standard input.")
    var file: String = "-"

    @Option(help: "Output format: json (one object), jsonl (one sentence per line) or text.")
    var format: Format = .json

    @Flag(help: "Read one {\"id\", \"text\"} JSON object per line; write one {\"id\", \"sentiment\", \"frames\", \"missionOverMoney\"} per line.")
    var jsonl = false

    @Option(help: "With --jsonl: documents processed in parallel (output order and bytes do not change).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Add the words, rules and weights behind every score.")
    var explain = false

    @Flag(help: "Fail on invalid UTF-8 instead of replacing it.")
    var strict = false

    func run(lexiconPath: String?, replace: Bool) throws {
        var lexicon = FrameLexicon.default
        if let lexiconPath {
            let user: FrameLexicon
            do {
                user = try FrameLexicon(contentsOfFile: lexiconPath)
            } catch {
                InputOutput.warn("\(error)")
                throw ExitCode(2)
            }
            lexicon = replace ? user : lexicon.merging(user, mode: .addTerms)
        }
        let analyzer = SentimentAnalyzer(options: .init(frames: lexicon, explain: explain))
        if jsonl {
            try runLines(analyzer)
            return
        }
        let decoded = try InputOutput.decode(try InputOutput.readAll(path: file), strict: strict, label: file)
        let analysis = analyzer.analyze(decoded.text)
        switch format {
        case .json:
            var json = JSONBuffer(reservingCapacity: 4096)
            SentimentJSON.writeDocument(analysis, explain: explain, to: &json)
            json.raw("\n")
            InputOutput.write(json.bytes)
        case .jsonl:
            var json = JSONBuffer(reservingCapacity: 4096)
            for sentence in analysis.sentences {
                SentimentJSON.writeSentence(sentence, text: decoded.text, explain: explain, withText: true, to: &json)
                json.raw("\n")
            }
            InputOutput.write(json.bytes)
        case .text:
            InputOutput.write(SentimentText.render(analysis, text: decoded.text, explain: explain))
        }
    }

    private func runLines(_ analyzer: SentimentAnalyzer) throws {
        try JSONLines.process(path: file, jobs: jobs) { text, json in
            let analysis = analyzer.analyze(text)
            json.key("sentiment")
            SentimentJSON.writeSentiment(analysis.sentiment, explain: explain, to: &json)
            json.raw(",")
            json.key("frames")
            SentimentJSON.writeFrames(analysis.frames, explain: false, to: &json)
            json.raw(",")
            json.key("missionOverMoney")
            json.double(analysis.missionOverMoney)
        }
    }
}

/// The CLI's JSON for sentiment results.
enum SentimentJSON {
    static func writeDocument(_ analysis: SentimentAnalysis, explain: Bool, to json: inout JSONBuffer) {
        json.raw("{")
        json.key("sentiment")
        writeSentiment(analysis.sentiment, explain: explain, to: &json)
        json.raw(",")
        json.key("sentences")
        json.raw("[")
        for (index, sentence) in analysis.sentences.enumerated() {
            if index > 0 { json.raw(",") }
            writeSentence(sentence, text: nil, explain: explain, withText: false, to: &json)
        }
        json.raw("],")
        json.key("frames")
        writeFrames(analysis.frames, explain: false, to: &json)
        json.raw(",")
        json.key("missionOverMoney")
        json.double(analysis.missionOverMoney)
        json.raw("}")
    }

    static func writeSentiment(_ sentiment: Sentiment, explain: Bool, to json: inout JSONBuffer) {
        json.raw("{")
        json.key("score"); json.double(sentiment.score)
        json.raw(","); json.key("positive"); json.double(sentiment.positive)
        json.raw(","); json.key("negative"); json.double(sentiment.negative)
        json.raw(","); json.key("label"); json.string(sentiment.label.rawValue)
        if explain {
            json.raw(","); json.key("explanation")
            writeExplanation(sentiment.explanation, to: &json)
        }
        json.raw("}")
    }

    static func writeSentence(_ sentence: SentenceSentiment, text: String?, explain: Bool, withText: Bool, to json: inout JSONBuffer) {
        json.raw("{")
        json.key("start"); json.int(sentence.span.scalars.lowerBound)
        json.raw(","); json.key("end"); json.int(sentence.span.scalars.upperBound)
        if withText, let text {
            json.raw(","); json.key("text"); json.string(text[sentence.span.range])
        }
        json.raw(","); json.key("score"); json.double(sentence.sentiment.score)
        json.raw(","); json.key("label"); json.string(sentence.sentiment.label.rawValue)
        json.raw(","); json.key("frames")
        writeFrames(sentence.frames, explain: explain, to: &json)
        if explain {
            json.raw(","); json.key("positive"); json.double(sentence.sentiment.positive)
            json.raw(","); json.key("negative"); json.double(sentence.sentiment.negative)
            json.raw(","); json.key("explanation")
            writeExplanation(sentence.sentiment.explanation, to: &json)
        }
        json.raw("}")
    }

    static func writeFrames(_ frames: [String: FrameScore], explain: Bool, to json: inout JSONBuffer) {
        json.raw("{")
        for (index, name) in orderedNames(frames).enumerated() {
            guard let score = frames[name] else { continue }
            if index > 0 { json.raw(",") }
            json.string(name)
            json.raw(":{")
            json.key("salience"); json.double(score.salience)
            json.raw(","); json.key("stance"); json.double(score.stance)
            if explain {
                json.raw(","); json.key("evidence"); json.raw("[")
                for (number, item) in score.evidence.enumerated() {
                    if number > 0 { json.raw(",") }
                    json.raw("{")
                    json.key("text"); json.string(item.text)
                    json.raw(","); json.key("term"); json.string(item.term)
                    json.raw(","); json.key("weight"); json.double(item.weight)
                    json.raw(","); json.key("start"); json.int(item.scalars.lowerBound)
                    json.raw(","); json.key("end"); json.int(item.scalars.upperBound)
                    json.raw(","); json.key("stance"); json.double(item.stance)
                    json.raw(","); json.key("rule"); json.string(item.rule)
                    json.raw("}")
                }
                json.raw("]")
            }
            json.raw("}")
        }
        json.raw("}")
    }

    static func writeExplanation(_ contributions: [SentimentContribution], to json: inout JSONBuffer) {
        json.raw("[")
        for (index, item) in contributions.enumerated() {
            if index > 0 { json.raw(",") }
            json.raw("{")
            json.key("text"); json.string(item.text)
            if let lemma = item.lemma { json.raw(","); json.key("lemma"); json.string(lemma) }
            json.raw(","); json.key("start"); json.int(item.scalars.lowerBound)
            json.raw(","); json.key("end"); json.int(item.scalars.upperBound)
            json.raw(","); json.key("polarity"); json.double(item.basePolarity)
            json.raw(","); json.key("rules"); json.raw("[")
            for (number, rule) in item.rules.enumerated() {
                if number > 0 { json.raw(",") }
                json.raw("{")
                json.key("rule"); json.string(rule.name)
                json.raw(","); json.key("weight"); json.double(rule.weight)
                if let trigger = rule.trigger { json.raw(","); json.key("trigger"); json.string(trigger) }
                json.raw("}")
            }
            json.raw("],"); json.key("valence"); json.double(item.valence)
            json.raw("}")
        }
        json.raw("]")
    }

    /// mission and money first, then the other frames alphabetically.
    static func orderedNames(_ frames: [String: FrameScore]) -> [String] {
        let first = ["mission", "money"].filter { frames[$0] != nil }
        return first + frames.keys.filter { $0 != "mission" && $0 != "money" }.sorted()
    }
}

/// The CLI's plain-text rendering.
enum SentimentText {
    static func render(_ analysis: SentimentAnalysis, text: String, explain: Bool) -> String {
        var output = "document: \(analysis.sentiment.label.rawValue) \(number(analysis.sentiment.score)) "
        output += "(positive \(number(analysis.sentiment.positive)), negative \(number(analysis.sentiment.negative)))"
        output += "  missionOverMoney \(number(analysis.missionOverMoney))\n"
        output += "frames: \(frames(analysis.frames))\n"
        for sentence in analysis.sentences {
            output += "\n[\(sentence.span.scalars.lowerBound)-\(sentence.span.scalars.upperBound)] "
            output += "\(sentence.sentiment.label.rawValue) \(number(sentence.sentiment.score))"
            if !sentence.frames.isEmpty { output += "  \(frames(sentence.frames))" }
            output += "\n  \(text[sentence.span.range].replacingOccurrences(of: "\n", with: " "))\n"
            if explain {
                for item in sentence.sentiment.explanation {
                    let rules = item.rules.map { "\($0.name)(\(number($0.weight))\($0.trigger.map { " " + $0 } ?? ""))" }.joined(separator: " ")
                    output += "    \(item.text)\(item.lemma.map { " [\($0)]" } ?? "") \(number(item.basePolarity)) → \(number(item.valence))  \(rules)\n"
                }
                for name in SentimentJSON.orderedNames(sentence.frames) {
                    for item in sentence.frames[name]?.evidence ?? [] {
                        output += "    frame \(name): \(item.text) [\(item.term) \(number(item.weight))] stance \(number(item.stance)) by \(item.rule)\n"
                    }
                }
            }
        }
        return output
    }

    static func frames(_ frames: [String: FrameScore]) -> String {
        SentimentJSON.orderedNames(frames).compactMap { name in
            frames[name].map { "\(name) salience \(number($0.salience)) stance \(number($0.stance))" }
        }.joined(separator: "; ")
    }

    static func number(_ value: Double) -> String {
        let rounded = (value * 1000).rounded() / 1000
        return rounded >= 0 ? "+\(rounded)" : "\(rounded)"
    }
}

extension StringProtocol {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
