import ArgumentParser

/// `itnlp`: Italian tokens, sentences, claims and sentiment from the command line.
@main
struct ITNLP: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "itnlp",
        abstract: "Italian text analysis: tokens and sentences, who said what, sentiment and frames.",
        subcommands: [TokenizeCommand.self, EvalUDCommand.self, ClaimsCommand.self, EvalCommand.self, SentimentCommand.self, FramesCommand.self, EvalSentimentCommand.self, AnalyzeCommand.self]
    )
}
