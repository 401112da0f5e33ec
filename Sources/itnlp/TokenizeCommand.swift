import ArgumentParser
import Foundation
import ItalianNLP

/// `itnlp tokenize`: tokens and sentences as text, JSON or CoNLL-U.
struct TokenizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokenize",
        abstract: "Split Italian text into sentences and tokens.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, conllu
    }

    @Argument(help: "The input file, or - for standard input.")
    var file: String = "-"

    @Option(help: "Output format: text (a sentence per line), json or conllu.")
    var format: Format = .text

    @Flag(help: "Read one {\"id\", \"text\"} JSON object per line; write one {\"id\", \"sentences\"} per line.")
    var jsonl = false

    @Option(help: "With --jsonl: documents processed in parallel (output order and bytes do not change).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Fail on invalid UTF-8 instead of replacing it.")
    var strict = false

    /// How much text (text and CoNLL-U formats) is tokenised at a time; hidden, for the test that
    /// checks that the pieces change nothing.
    @Option(help: .hidden)
    var pieceBytes: Int = 256 * 1024

    func run() throws {
        let tokenizer = Tokenizer()
        if jsonl {
            try JSONLines.process(path: file, jobs: jobs) { text, json in
                json.key("sentences")
                tokenizer.tokenize(text).writeSentencesJSON(to: &json)
            }
            return
        }
        let decoded = try InputOutput.decode(try InputOutput.readAll(path: file), strict: strict, label: file)
        if format == .text || format == .conllu {
            writeByParagraphs(decoded.text, tokenizer: tokenizer)
            return
        }
        let result = tokenizer.tokenize(decoded.text)
        var output: [UInt8] = []
        switch format {
        case .text, .conllu:
            break
        case .json:
            var json = JSONBuffer(reservingCapacity: decoded.text.utf8.count * 8)
            json.raw("{")
            json.key("sentences")
            result.writeSentencesJSON(to: &json)
            json.raw(",")
            json.key("warnings")
            var warnings = result.warnings
            if let warning = decoded.warning { warnings.insert(warning, at: 0) }
            TokenizedText(text: result.text, sentences: [], warnings: warnings).writeWarningsJSON(to: &json)
            json.raw("}\n")
            output = json.bytes
        }
        InputOutput.write(output)
    }

    /// Text and CoNLL-U carry no offsets, so a large input is tokenised and written a few hundred
    /// kilobytes at a time (cut at blank lines: the output is the same as for the whole text),
    /// which keeps memory flat and the working set in cache.
    private func writeByParagraphs(_ text: String, tokenizer: Tokenizer) {
        var text = text
        text.withUTF8 { bytes in
            var nextSentenceID = 1
            var output: [UInt8] = []
            for range in ParagraphChunks.ranges(of: bytes, targetBytes: max(pieceBytes, 1)) {
                let piece = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
                output.removeAll(keepingCapacity: true)
                if format == .conllu {
                    nextSentenceID += tokenizer.writeCoNLLU(of: piece, to: &output, firstSentenceID: nextSentenceID)
                } else {
                    tokenizer.writePlainText(of: piece, to: &output)
                }
                InputOutput.write(output)
            }
        }
    }
}
