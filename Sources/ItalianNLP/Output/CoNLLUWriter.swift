/// Writes CoNLL-U lines: the sentence header (`# sent_id`, `# text`), multiword-token ranges and
/// word lines with HEAD/DEPREL placeholders that keep the file valid (word 1 is the root, the
/// others depend on it). Shared by `TokenizedText.writeCoNLLU` and the tokenizer's direct path,
/// which writes without building `Token` values; both must give the same bytes.
///
/// The fixed pieces are bytes made once per writer: corpus-sized output makes this a hot path.
struct CoNLLUWriter {
    private let sentenceIDPrefix = Array("# sent_id = ".utf8)
    private let textPrefix = Array("\n# text = ".utf8)
    private let rangeTail = Array("\t_\t_\t_\t_\t_\t_\t_\t".utf8)
    private let rootTail = Array("\t_\t_\t_\t_\t0\troot\t_\t".utf8)
    private let dependentTail = Array("\t_\t_\t_\t_\t1\tdep\t_\t".utf8)
    private let spaceAfterYes = Array("_\n".utf8)
    private let spaceAfterNo = Array("SpaceAfter=No\n".utf8)
    /// The id of the next word line in the current sentence.
    private var wordID = 1

    /// `# sent_id` (continuing from `firstSentenceID`, or `documentID-n`) and `# text` on one line.
    mutating func beginSentence(
        index: Int, firstSentenceID: Int, documentID: String?, text: Substring, to output: inout [UInt8]
    ) {
        output.append(contentsOf: sentenceIDPrefix)
        if let documentID {
            output.append(contentsOf: documentID.utf8)
            output.append(UInt8(ascii: "-"))
            Self.appendInteger(index + 1, to: &output)
        } else {
            Self.appendInteger(firstSentenceID + index, to: &output)
        }
        output.append(contentsOf: textPrefix)
        // "# text" is one line: line breaks inside a sentence become spaces.
        Self.appendField(text, to: &output)
        output.append(0x0A)
        wordID = 1
    }

    /// A token's lines: a range line and one line per word for a multiword token.
    mutating func appendToken(surface: String, expansion: [String], spaceAfter: Bool, to output: inout [UInt8]) {
        guard !expansion.isEmpty else {
            appendWord(form: surface, spaceAfter: spaceAfter, to: &output)
            return
        }
        Self.appendInteger(wordID, to: &output)
        output.append(UInt8(ascii: "-"))
        Self.appendInteger(wordID + expansion.count - 1, to: &output)
        output.append(0x09)
        Self.appendField(surface[...], to: &output)
        output.append(contentsOf: rangeTail)
        output.append(contentsOf: spaceAfter ? spaceAfterYes : spaceAfterNo)
        for word in expansion {
            appendWord(form: word, spaceAfter: true, to: &output)
        }
    }

    private mutating func appendWord(form: String, spaceAfter: Bool, to output: inout [UInt8]) {
        Self.appendInteger(wordID, to: &output)
        output.append(0x09)
        Self.appendField(form[...], to: &output)
        output.append(contentsOf: wordID == 1 ? rootTail : dependentTail)
        output.append(contentsOf: spaceAfter ? spaceAfterYes : spaceAfterNo)
        wordID += 1
    }

    /// CoNLL-U fields cannot hold tabs or line breaks: they become spaces. Tokens never hold
    /// them, so the bytes are copied in one piece and only a sentence's text is patched.
    static func appendField(_ text: Substring, to output: inout [UInt8]) {
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

    static func appendInteger(_ value: Int, to output: inout [UInt8]) {
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
}
