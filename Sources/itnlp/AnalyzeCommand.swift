import ArgumentParser
import Foundation
import ItalianNLP

/// `itnlp analyze`: sentences and tokens, claims with their sentiment and frames, and the
/// document's sentiment and frames, in one object.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Tokens, claims with their sentiment and frames, and the document's sentiment, in one JSON object.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, jsonl
    }

    @Argument(help: "The input file, or - for standard input.")
    var file: String = "-"

    @Option(help: "Output format: json (indented claims) or jsonl (one line).")
    var format: Format = .json

    @Flag(help: "Read one {\"id\", \"text\"} JSON object per line; write one result per line.")
    var jsonl = false

    @Option(help: "With --jsonl: documents processed in parallel (output order and bytes do not change).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "A frame lexicon (frame<TAB>term<TAB>weight) to use instead of the default one.")
    var frames: String?

    @Flag(help: "Fail on invalid UTF-8 instead of replacing it.")
    var strict = false

    func run() throws {
        var options = Analyzer.Options(explain: false)
        if let frames { options.frames = try FrameLexicon(contentsOfFile: frames) }
        let analyzer = Analyzer(options: options)

        /// Writes `,"sentiment": …,"frames": …` — of a claim and of the whole document alike.
        @Sendable func writeSentimentAndFrames(_ score: Sentiment, _ frames: [String: FrameScore], into json: inout JSONBuffer) {
            json.raw(",")
            json.key("sentiment")
            SentimentJSON.writeSentiment(score, explain: false, to: &json)
            json.raw(",")
            json.key("frames")
            SentimentJSON.writeFrames(frames, explain: false, to: &json)
        }

        /// Writes the analysis members (without braces).
        @Sendable func analyze(
            _ text: String, into json: inout JSONBuffer, lineBreaks: Bool = false, decodingWarning: Warning? = nil
        ) {
            let document = analyzer.analyze(text)
            json.key("sentences")
            document.tokenized.writeSentencesJSON(to: &json)
            json.raw(",")
            json.key("claims")
            document.extraction.writeClaimsJSON(to: &json, lineBreaks: lineBreaks) { index, json in
                let claim = document.claimSentiments[index]
                writeSentimentAndFrames(claim.sentiment, claim.frames, into: &json)
            }
            json.raw(",")
            json.key("quotations")
            document.extraction.writeQuotationsJSON(to: &json)
            writeSentimentAndFrames(document.sentiment, document.frames, into: &json)
            json.raw(",")
            json.key("missionOverMoney")
            json.double(document.missionOverMoney)
            // The warnings of decoding and tokenising, as `itnlp claims` and `tokenize` give them.
            json.raw(",")
            json.key("warnings")
            TokenizedText(text: text, sentences: [], warnings: (decodingWarning.map { [$0] } ?? []) + document.warnings)
                .writeWarningsJSON(to: &json)
        }

        if jsonl {
            try JSONLines.process(path: file, jobs: jobs) { text, json in
                analyze(text, into: &json)
            }
            return
        }
        var json = JSONBuffer(reservingCapacity: 1 << 16)
        let decoded = try InputOutput.decode(try InputOutput.readAll(path: file), strict: strict, label: file)
        json.raw("{")
        analyze(decoded.text, into: &json, lineBreaks: format == .json, decodingWarning: decoded.warning)
        json.raw("}\n")
        InputOutput.write(json.bytes)
    }
}
