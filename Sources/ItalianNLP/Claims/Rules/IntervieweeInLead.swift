/// The interviewee-in-the-lead rule: an interview laid out as questions and answers introduces,
/// before its first question, the person it talks to — "Intervista a Sara Neri, 29 anni, arbitra
/// …", "Gianluca Ferri dirige da otto anni il pronto soccorso …", "Cuoca di professione, Nadia
/// Sala guida …". Every unmarked answer is that person's, whoever else the lead or the answers
/// name: "Un dirigente mi ha detto …" in an answer does not make the dirigente the one who
/// answers, nor does "infermiera di professione" name someone else than the person described.
///
/// The lead also shows that the text is an interview when its answers seldom speak in the first
/// person (answers about a town or a ward speak of it: "Novecentoquaranta residenti …"): it
/// names the genre ("intervista", "colloquio") or the interviewer speaks as "we" ("L'abbiamo
/// incontrata", "ha accettato di raccontarci").
extension AttributionContext {
    /// Words of a lead that name the genre: an interview.
    static let interviewWords: Set<String> = ["intervista", "intervistato", "intervistata", "colloquio"]

    /// The sentences before the first one that ends with a question mark, up to `sentence`: the
    /// heading and the lead of a question-and-answer interview.
    func leadSentences(before sentence: Int) -> Range<Int> {
        var end = 0
        while end < sentence, end < document.sentences.count,
            !(document.sentences[end].last.map { document.has(.questionMark, $0) } ?? false)
        {
            end += 1
        }
        return 0..<end
    }

    /// Whether the lead before the question at `sentence` says the text is an interview.
    func leadAnnouncesInterview(before sentence: Int) -> Bool {
        for lead in leadSentences(before: sentence) {
            for index in document.sentences[lead] where document.isWord(index) {
                let form = document.form(index)
                if Self.interviewWords.contains(form) || form == "abbiamo" || Self.isInfinitiveWithUs(form) { return true }
            }
        }
        return false
    }

    /// "raccontarci", "spiegarci", "dirci": an infinitive with "ci", the interviewer's "us".
    static func isInfinitiveWithUs(_ form: String) -> Bool {
        form.utf8.count >= 5 && (form.hasSuffix("arci") || form.hasSuffix("erci") || form.hasSuffix("irci"))
    }

    /// The person the lead introduces: the name right after "intervista a/con" or "colloquio
    /// con", else the first person named with a given name before the first question. Nil when
    /// the lead names nobody so.
    func leadInterviewee(before sentence: Int) -> Int? {
        var first: Int? = nil
        for lead in leadSentences(before: sentence) {
            for mention in mentions[lead] where mention.kind == .name && mention.hasGivenName {
                guard let id = mentionEntity[mention.tokens.lowerBound] else { continue }
                let start = mention.tokens.lowerBound
                if start >= 2, ["a", "con"].contains(document.form(start - 1)), Self.interviewWords.contains(document.form(start - 2)) {
                    return id
                }
                if first == nil { first = id }
            }
        }
        return first
    }

    /// The paragraphs that ask the questions of an interview: the one before each answer when its
    /// last sentence ends with a question mark. Their questions are the interviewer's ("Lei ha mai
    /// pensato di andarsene?" is no claim of anyone named in it); a sentence before the question
    /// may still report someone ("Il ministro ha detto che …. È d'accordo?"), and is read.
    func interviewQuestionParagraphs(before answers: [Int: InterviewAnswer]) -> Set<Int> {
        var result = Set<Int>()
        for answer in answers.values where answer.sentence > 0 {
            let question = answer.sentence - 1
            guard let last = document.sentences[question].last, document.has(.questionMark, last) else { continue }
            result.insert(document.paragraphOf[question])
        }
        return result
    }
}
