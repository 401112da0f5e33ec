/// The lower-case particle surname rule: "stando a van Dijk", "per von Arnim", "secondo de Vries",
/// "ha detto della Valle" — a surname that opens with a lower-case particle, written alone after
/// the full name ("Pieter van Dijk", "Joost de Vries", "Pier Giorgio della Valle"). Without it
/// the mention started at the capitalised word after the particle, so the according-to rule,
/// which expects the source right after its preposition, found none, and a later "van den
/// Heuvel" was a speaker cut short.
///
/// Particles that are never Italian words ("van", "von", "der", "ten") open a surname
/// wherever a capitalised word follows them. Those that are also Italian prepositions ("de", "da",
/// "della", "di") do only when the document writes the same particles and word inside a full
/// name — after a given name, or after a first name-word with none before it — so that "della
/// Fiom" after "Giorgio Aimar della Fiom" stays the preposition and the union.
extension SpeakerMentionFinder {
    /// Lower-case particles that are no Italian word.
    static let foreignParticles: FormSet = ["van", "von", "der", "den", "ten", "ter", "vom", "zu", "mac", "mc", "ibn", "bin"]

    /// Whether a lower-case particle at token `index` opens a surname (see the rule above).
    func opensWithLowercaseParticleSurname(_ index: Int, in range: Range<Int>) -> Bool {
        guard index > range.lowerBound, document.isWord(index), !document.isCapitalized(index), document.has(.nameParticle, index)
        else { return false }
        // The particles (at most three: "van der", "von der") and the capitalised word after them.
        var surname = index
        while surname < range.upperBound, surname - index < 3, document.isWord(surname), !document.isCapitalized(surname),
            document.has(.nameParticle, surname)
        {
            surname += 1
        }
        guard surname > index, surname < range.upperBound, document.isWord(surname), document.isCapitalized(surname),
            givenName(surname) == nil
        else { return false }
        // Inside a longer name the name rule has already taken the particle.
        // ("Per von Arnim", "Secondo de Vries": a capitalised sentence opener is no name.)
        if isNameWord(index - 1, sentenceStart: range.lowerBound) { return false }
        if Self.foreignParticles.contains(document.form(index)) { return true }
        return writesInsideFullName(particles: index..<surname, surname: surname)
    }

    /// Whether the document writes the particles of `particles` and the word at `surname`
    /// elsewhere right after a name word that starts a person's name there: a given name ("Pier
    /// Giorgio della Valle", "Marco de Luca") or a capitalised word with no capitalised word before
    /// it ("Joost de Vries"), not a surname after a given name ("Giorgio Aimar della Fiom").
    func writesInsideFullName(particles: Range<Int>, surname: Int) -> Bool {
        let surnameText = document.tokens[surname].text
        // Only a word the document writes after a particle inside a name is worth the search.
        guard particleSurnames.contains(surnameText) else { return false }
        let key = Self.particleNameKey(particles.map { document.form($0) }, surname: surnameText)
        return particleNameStarts[key]?.contains { $0 != particles.lowerBound } ?? false
    }

    /// The key of `particleNameStarts`: the particles' forms and the surname as written.
    static func particleNameKey<Forms: Sequence<String>>(_ particles: Forms, surname: String) -> String {
        particles.joined(separator: " ") + "|" + surname
    }

    /// Where the document writes particles and a word right after a word that starts a person's
    /// name (see `writesInsideFullName`), by `particleNameKey`: at most two particle positions
    /// each, which is all the question needs (a position other than the one asked about). Built
    /// once per document, in one pass: searching the whole document at each candidate was
    /// quadratic on a long text that names the same person again and again.
    static func particleNameStarts(in document: ClaimDocument, isGivenName: (Int) -> Bool) -> [String: [Int]] {
        var starts: [String: [Int]] = [:]
        let count = document.tokens.count
        var position = 1
        while position < count {
            defer { position += 1 }
            // (The class bit first: it rules out nearly every token.)
            guard document.has(.nameParticle, position), document.isWord(position), !document.isCapitalized(position) else { continue }
            let before = position - 1
            guard document.isWord(before), document.isCapitalized(before),
                isGivenName(before) || before == 0 || !(document.isWord(before - 1) && document.isCapitalized(before - 1))
            else { continue }
            // One, two or three particles ("de", "van der", "van de la") and the word after them.
            var particleForms: [String] = []
            var next = position
            while next < count, particleForms.count < 3, document.has(.nameParticle, next) {
                particleForms.append(document.form(next))
                next += 1
                guard next < count else { break }
                let key = particleNameKey(particleForms, surname: document.tokens[next].text)
                if starts[key, default: []].count < 2 { starts[key, default: []].append(position) }
            }
        }
        return starts
    }
}
