extension TokenizedText {
    /// Writes the sentences as the CLI's JSON array: `[{"start","end","text","tokens":[…]}]`,
    /// offsets in Unicode scalars, end-exclusive.
    public func writeSentencesJSON(to json: inout JSONBuffer) {
        json.raw("[")
        for (sentenceIndex, sentence) in sentences.enumerated() {
            if sentenceIndex > 0 { json.raw(",") }
            json.raw("{")
            json.key("start"); json.int(sentence.span.scalars.lowerBound)
            json.raw(","); json.key("end"); json.int(sentence.span.scalars.upperBound)
            json.raw(","); json.key("paragraph"); json.int(sentence.paragraph)
            json.raw(","); json.key("text"); json.string(text[sentence.span.range])
            json.raw(","); json.key("tokens"); json.raw("[")
            for (tokenIndex, token) in sentence.tokens.enumerated() {
                if tokenIndex > 0 { json.raw(",") }
                json.raw("{")
                json.key("text"); json.string(token.text)
                json.raw(","); json.key("start"); json.int(token.span.scalars.lowerBound)
                json.raw(","); json.key("end"); json.int(token.span.scalars.upperBound)
                json.raw(","); json.key("kind"); json.string(token.kind.rawValue)
                json.raw(","); json.key("normalized"); json.string(token.normalized)
                json.raw(","); json.key("spaceAfter"); json.bool(token.spaceAfter)
                if token.isMultiword {
                    json.raw(","); json.key("words"); json.raw("[")
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
            output.append(contentsOf: writer.sentenceIDPrefix)
            if let documentID {
                output.append(contentsOf: documentID.utf8)
                output.append(UInt8(ascii: "-"))
                Self.appendInteger(sentenceIndex + 1, to: &output)
            } else {
                Self.appendInteger(firstSentenceID + sentenceIndex, to: &output)
            }
            output.append(contentsOf: writer.textPrefix)
            // "# text" is one line: line breaks inside a sentence become spaces.
            writer.appendField(text[sentence.span.range], to: &output)
            output.append(0x0A)
            var wordID = 1
            let lastIndex = sentence.tokens.count - 1
            for (tokenIndex, token) in sentence.tokens.enumerated() {
                let spaceAfter = token.spaceAfter || tokenIndex == lastIndex
                if token.isMultiword {
                    Self.appendInteger(wordID, to: &output)
                    output.append(UInt8(ascii: "-"))
                    Self.appendInteger(wordID + token.expansion.count - 1, to: &output)
                    output.append(0x09)
                    writer.appendField(token.text[...], to: &output)
                    output.append(contentsOf: writer.rangeTail)
                    output.append(contentsOf: spaceAfter ? writer.spaceAfterYes : writer.spaceAfterNo)
                    for word in token.expansion {
                        writer.appendWord(id: wordID, form: word, spaceAfter: true, to: &output)
                        wordID += 1
                    }
                } else {
                    writer.appendWord(id: wordID, form: token.text, spaceAfter: spaceAfter, to: &output)
                    wordID += 1
                }
            }
            output.append(0x0A)
        }
    }

    /// The fixed pieces of CoNLL-U lines as bytes, made once per call (corpus-sized output makes
    /// the writer a hot path), and the field writer.
    private struct CoNLLUWriter {
        let sentenceIDPrefix = Array("# sent_id = ".utf8)
        let textPrefix = Array("\n# text = ".utf8)
        let rangeTail = Array("\t_\t_\t_\t_\t_\t_\t_\t".utf8)
        let rootTail = Array("\t_\t_\t_\t_\t0\troot\t_\t".utf8)
        let dependentTail = Array("\t_\t_\t_\t_\t1\tdep\t_\t".utf8)
        let spaceAfterYes = Array("_\n".utf8)
        let spaceAfterNo = Array("SpaceAfter=No\n".utf8)

        func appendWord(id: Int, form: String, spaceAfter: Bool, to output: inout [UInt8]) {
            TokenizedText.appendInteger(id, to: &output)
            output.append(0x09)
            appendField(form[...], to: &output)
            output.append(contentsOf: id == 1 ? rootTail : dependentTail)
            output.append(contentsOf: spaceAfter ? spaceAfterYes : spaceAfterNo)
        }

        /// CoNLL-U fields cannot hold tabs or line breaks: they become spaces. Tokens never hold
        /// them, so the bytes are copied in one piece and only a sentence's text is patched.
        func appendField(_ text: Substring, to output: inout [UInt8]) {
            var text = text
            let start = output.count
            text.withUTF8 { output.append(contentsOf: $0) }
            var index = start
            while index < output.count {
                let byte = output[index]
                if byte == 0x09 || byte == 0x0A || byte == 0x0D { output[index] = 0x20 }
                index += 1
            }
        }
    }

    fileprivate static func appendInteger(_ value: Int, to output: inout [UInt8]) {
        if value < 10 {
            output.append(UInt8(48 + max(value, 0)))
            return
        }
        // Digits written backwards into a small buffer, then copied: no String per number.
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var remaining = value.magnitude
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            while remaining > 0 && count < buffer.count {
                buffer[buffer.count - 1 - count] = UInt8(48 + remaining % 10)
                remaining /= 10
                count += 1
            }
            if value < 0 { output.append(UInt8(ascii: "-")) }
            output.append(contentsOf: buffer[(buffer.count - count)...])
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
