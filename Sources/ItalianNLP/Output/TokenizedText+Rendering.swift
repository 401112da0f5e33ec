extension TokenizedText {
    /// Writes the sentences as the CLI's JSON array: `[{"start","end","text","tokens":[…]}]`,
    /// offsets in Unicode scalars, end-exclusive.
    public func writeSentencesJSON(to json: inout JSONBuffer) {
        // Each field's punctuation and key are one literal (`,"start":`): written as separate
        // pieces they were four appends per field, a fifth of `itnlp tokenize --jsonl`.
        json.raw("[")
        for (sentenceIndex, sentence) in sentences.enumerated() {
            json.raw(sentenceIndex > 0 ? ",{\"start\":" : "{\"start\":")
            json.int(sentence.span.scalars.lowerBound)
            json.raw(",\"end\":"); json.int(sentence.span.scalars.upperBound)
            json.raw(",\"paragraph\":"); json.int(sentence.paragraph)
            json.raw(",\"text\":"); json.string(text[sentence.span.range])
            json.raw(",\"tokens\":[")
            for (tokenIndex, token) in sentence.tokens.enumerated() {
                json.raw(tokenIndex > 0 ? ",{\"text\":" : "{\"text\":")
                json.string(token.text)
                json.raw(",\"start\":"); json.int(token.span.scalars.lowerBound)
                json.raw(",\"end\":"); json.int(token.span.scalars.upperBound)
                json.raw(",\"kind\":"); json.string(token.kind.rawValue)
                json.raw(",\"normalized\":"); json.string(token.normalized)
                json.raw(token.spaceAfter ? ",\"spaceAfter\":true" : ",\"spaceAfter\":false")
                if token.isMultiword {
                    json.raw(",\"words\":[")
                    for (wordIndex, word) in token.expansion.enumerated() {
                        if wordIndex > 0 { json.raw(",") }
                        json.string(word)
                    }
                    json.raw("]")
                }
                json.raw("}")
            }
            json.raw("]}")
        }
        json.raw("]")
    }

    /// Writes the warnings as a JSON array of `{"code","message","offset"}`.
    public func writeWarningsJSON(to json: inout JSONBuffer) {
        json.raw("[")
        for (index, warning) in warnings.enumerated() {
            if index > 0 { json.raw(",") }
            json.raw("{"); json.key("code"); json.string(warning.code)
            json.raw(","); json.key("message"); json.string(warning.message)
            if let offset = warning.offset { json.raw(","); json.key("offset"); json.int(offset) }
            json.raw("}")
        }
        json.raw("]")
    }

    /// The whole result as CoNLL-U: `# text`, multiword-token lines, `SpaceAfter=No`, and HEAD
    /// and DEPREL placeholders that keep the file valid (word 1 is the root, the others depend on
    /// it). Sentence ids continue from `firstSentenceID`, or are `documentID-n` when one is given.
    public func writeCoNLLU(to output: inout [UInt8], firstSentenceID: Int = 1, documentID: String? = nil) {
        var writer = CoNLLUWriter()
        for (sentenceIndex, sentence) in sentences.enumerated() {
            writer.beginSentence(
                index: sentenceIndex, firstSentenceID: firstSentenceID, documentID: documentID, text: text[sentence.span.range])
            let lastIndex = sentence.tokens.count - 1
            for (tokenIndex, token) in sentence.tokens.enumerated() {
                writer.appendToken(
                    surface: token.text, expansion: token.expansion, spaceAfter: token.spaceAfter || tokenIndex == lastIndex)
            }
            writer.endSentence(to: &output)
        }
    }

    /// CoNLL-U fields cannot hold tabs or line breaks.
    static func conlluField(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return text }
        return String(text.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
    }

    /// One line per sentence, tokens separated by spaces.
    public func writePlainText(to output: inout [UInt8]) {
        for sentence in sentences {
            for (index, token) in sentence.tokens.enumerated() {
                if index > 0 { output.append(0x20) }
                output.append(contentsOf: Self.conlluField(token.text).utf8)
            }
            output.append(0x0A)
        }
    }
}
