/// ``RuleID/unmarkedInterviewAnswer``: an interview laid out as questions and answers, the answers
/// without quotation marks — "D: … / R: …" labels, or question lines (printed in bold in the
/// paper) each followed by the answer. Each answer paragraph is the interviewee's own words: a
/// direct claim without a cue.
///
/// Without labels, the layout must show itself: at least two paragraphs that are a question
/// (ending with "?", no quotation marks) each followed by a paragraph that is not one, and the
/// answers speaking in the first person. A rhetorical question closing a paragraph of an ordinary
/// article does not make an interview.
extension AttributionContext {
    /// An answer paragraph: its first sentence, and its first and last tokens (the "R:" label left out).
    struct InterviewAnswer {
        let sentence: Int
        let first: Int
        let last: Int
    }

    /// The answer paragraphs of the document, by their first sentence.
    func unmarkedInterviewAnswers() -> [Int: InterviewAnswer] {
        // Every interview asks: a document without a question is none (one scan of sentence ends).
        guard document.sentences.contains(where: { $0.last.map { document.has(.questionMark, $0) } ?? false }) else { return [:] }
        let paragraphs = paragraphSentences()
        guard paragraphs.count >= 4 else { return [:] }
        var labelled: [Int: InterviewAnswer] = [:]
        var unlabelled: [Int: InterviewAnswer] = [:]
        var firstPerson = 0
        var firstQuestion: Int? = nil
        for index in 1..<paragraphs.count {
            let question = paragraphs[index - 1]
            let answer = paragraphs[index]
            let questionStart = document.sentences[question.lowerBound].lowerBound
            let answerStart = document.sentences[answer.lowerBound].lowerBound
            let answerEnd = document.sentences[answer.upperBound - 1].upperBound - 1
            // "D: …" then "R: …".
            if Self.isLabel(answerStart, ["r", "risposta"], in: document), Self.isLabel(questionStart, ["d", "domanda"], in: document),
                answerStart + 2 <= answerEnd
            {
                labelled[answer.lowerBound] = InterviewAnswer(sentence: answer.lowerBound, first: answerStart + 2, last: answerEnd)
                continue
            }
            guard isQuestionParagraph(question), !isQuestionParagraph(answer), !hasQuotationMark(answer),
                !document.isHeading(answer.lowerBound)
            else { continue }
            unlabelled[answer.lowerBound] = InterviewAnswer(sentence: answer.lowerBound, first: answerStart, last: answerEnd)
            if firstQuestion == nil { firstQuestion = question.lowerBound }
            if (answerStart...answerEnd).contains(where: { Self.isFirstPerson(document.form($0)) }) { firstPerson += 1 }
        }
        if !labelled.isEmpty { return labelled }
        // Half the answers in the first person; a third when there are three or more (answers
        // about a project speak of it: "Da un laboratorio di sei mesi …"); any number when the
        // lead says it is an interview (``leadAnnouncesInterview(before:)``).
        guard unlabelled.count >= 2,
            firstPerson * 2 >= unlabelled.count || (unlabelled.count >= 3 && firstPerson * 3 >= unlabelled.count)
                || (firstQuestion.map { leadAnnouncesInterview(before: $0 + 1) } ?? false)
        else { return [:] }
        addPromptedAnswers(to: &unlabelled, paragraphs: paragraphs)
        return unlabelled
    }

    /// The prompt rule: in an interview, the interviewer sometimes prompts with a statement, not a
    /// question ("Qualcuno l'ha accusata di fare spettacolo con il dolore degli altri."). A
    /// one-sentence paragraph right after an answer, followed by a paragraph and then by a
    /// question, is such a prompt, and the paragraph after it an answer.
    private func addPromptedAnswers(to answers: inout [Int: InterviewAnswer], paragraphs: [Range<Int>]) {
        guard paragraphs.count >= 4 else { return }
        for index in 2..<(paragraphs.count - 1) {
            let previousAnswer = paragraphs[index - 2]
            let prompt = paragraphs[index - 1]
            let answer = paragraphs[index]
            guard answers[previousAnswer.lowerBound] != nil, answers[answer.lowerBound] == nil, prompt.count == 1,
                !isQuestionParagraph(prompt), !hasQuotationMark(prompt), !hasQuotationMark(answer), !isQuestionParagraph(answer),
                isQuestionParagraph(paragraphs[index + 1])
            else { continue }
            let start = document.sentences[answer.lowerBound].lowerBound
            let end = document.sentences[answer.upperBound - 1].upperBound - 1
            answers[answer.lowerBound] = InterviewAnswer(sentence: answer.lowerBound, first: start, last: end)
        }
    }

    /// The sentences of each paragraph, in order.
    private func paragraphSentences() -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        for sentence in document.sentences.indices where sentence > 0 && document.paragraphOf[sentence] != document.paragraphOf[sentence - 1] {
            result.append(start..<sentence)
            start = sentence
        }
        if start < document.sentences.count { result.append(start..<document.sentences.count) }
        return result
    }

    /// Whether token `index` is a label ("D", "R", "Domanda") followed by a colon.
    static func isLabel(_ index: Int, _ labels: Set<String>, in document: ClaimDocument) -> Bool {
        document.isCapitalized(index) && labels.contains(document.form(index)) && document.form(index + 1) == ":"
    }

    /// A paragraph of at most three sentences whose last one is a question, without quotation marks.
    private func isQuestionParagraph(_ sentences: Range<Int>) -> Bool {
        guard sentences.count <= 3, let last = document.sentences[sentences.upperBound - 1].last else { return false }
        return document.has(.questionMark, last) && !hasQuotationMark(sentences)
    }

    private func hasQuotationMark(_ sentences: Range<Int>) -> Bool {
        let tokens = document.sentences[sentences.lowerBound].lowerBound..<document.sentences[sentences.upperBound - 1].upperBound
        return tokens.contains { document.tokens[$0].kind == .punctuation && Self.quotationMarks.contains(document.tokens[$0].text) }
    }

    static let quotationMarks: Set<String> = ["«", "»", "“", "”", "„", "‹", "›", "\""]

    /// First-person pronouns, possessives and verb forms: how an interviewee speaks.
    static func isFirstPerson(_ form: String) -> Bool {
        if firstPersonWords.contains(form) { return true }
        return form.count > 5 && (form.hasSuffix("iamo") || form.hasSuffix("avamo") || form.hasSuffix("evamo") || form.hasSuffix("remo"))
    }

    static let firstPersonWords: Set<String> = [
        "io", "mi", "me", "noi", "ci", "ce", "mio", "mia", "miei", "mie", "nostro", "nostra", "nostri", "nostre", "ho", "abbiamo",
        "siamo", "sono", "credo", "penso", "dico",
    ]

    /// The answer as a direct claim of the interviewee: the person the lead introduced
    /// (``leadInterviewee(before:)``), else who answered the previous question, else the person
    /// named last.
    mutating func applyUnmarkedInterviewAnswer(_ answer: InterviewAnswer) {
        let previous = claims.reversed().prefix(while: { answer.sentence - $0.sentence <= 20 }).first {
            $0.claim.rule == RuleID.unmarkedInterviewAnswer.rawValue
        }?.entity
        guard let entity = leadInterviewee(before: answer.sentence) ?? previous
            ?? resolveDroppedSubject(plural: false, gender: nil, before: answer.sentence, within: 12)
            .flatMap({ isPerson($0) ? $0 : nil })
        else { return }
        add(kind: .direct, speaker: nil, entity: entity, cue: nil, content: document.span(answer.first, answer.last),
            rule: .unmarkedInterviewAnswer, confidence: 0.6, sentence: answer.sentence)
    }
}
