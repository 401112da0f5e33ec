#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why a claim gold document could not be loaded.
public enum ClaimGoldError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A string of the gold file (`field` is "content", "cue", "speaker" or "quotation"; `item`
    /// is the 1-based claim or quotation number) is not in the text, or is there fewer than
    /// `occurrence` times (`found` says how many times it is).
    case stringNotFound(document: String, field: String, item: Int, string: String, occurrence: Int, found: Int)
    /// The gold file is not valid JSON or not in the format of Fixtures/README.md.
    case invalidGold(document: String, message: String)
    /// A file or folder could not be read.
    case unreadable(path: String, message: String)

    /// A readable explanation.
    public var description: String {
        switch self {
        case let .stringNotFound(document, field, item, string, occurrence, found):
            let which = field == "quotation" ? "quotation \(item)" : "claim \(item) \(field)"
            if found == 0 {
                return "\(document): \(which) «\(string)» is not in the text"
            }
            return "\(document): \(which) «\(string)» occurrence \(occurrence) asked, the text has \(found)"
        case let .invalidGold(document, message):
            return "\(document): \(message)"
        case let .unreadable(path, message):
            return "cannot read \(path): \(message)"
        }
    }
}

/// A claim document of the test corpus (`NAME.txt` with its gold annotation `NAME.json`, see
/// Fixtures/README.md), with every annotated string resolved to a span of the text.
public struct ClaimGoldDocument: Sendable {
    /// A gold claim.
    public struct GoldClaim: Sendable, Hashable {
        /// How the claim is attributed.
        public var kind: ClaimKind
        /// The canonical name of who speaks, or nil when nobody can be identified.
        public var source: String?
        /// The mention of the speaker in the claim's sentence, or nil.
        public var speaker: TextSpan?
        /// The reporting verb group, noun or locution, or nil.
        public var cue: TextSpan?
        /// What is claimed.
        public var content: TextSpan
        /// The reporting act is negated.
        public var negated: Bool
        /// The attribution is uncertain or second hand.
        public var hedged: Bool

        /// Creates a gold claim.
        public init(
            kind: ClaimKind, source: String?, speaker: TextSpan?, cue: TextSpan?, content: TextSpan,
            negated: Bool = false, hedged: Bool = false
        ) {
            self.kind = kind
            self.source = source
            self.speaker = speaker
            self.cue = cue
            self.content = content
            self.negated = negated
            self.hedged = hedged
        }
    }

    /// A gold quotation: the text inside a pair of marks and its role.
    public struct GoldQuotation: Sendable, Hashable {
        /// The text inside the marks.
        public var content: TextSpan
        /// What the quotation is doing.
        public var role: QuotationRole

        /// Creates a gold quotation.
        public init(content: TextSpan, role: QuotationRole) {
            self.content = content
            self.role = role
        }
    }

    /// The document's name: its file name without extension ("d001-serra-manovra-casa").
    public let name: String
    /// The corpus split: the name of the folder that holds the files ("dev", "blind").
    public let split: String
    /// The document, exactly as read from `NAME.txt`.
    public let text: String
    /// The gold claims, in document order.
    public let claims: [GoldClaim]
    /// The gold quotations.
    public let quotations: [GoldQuotation]

    /// Creates a document from already resolved annotations.
    public init(name: String, split: String, text: String, claims: [GoldClaim], quotations: [GoldQuotation] = []) {
        self.name = name
        self.split = split
        self.text = text
        self.claims = claims
        self.quotations = quotations
    }

    /// Creates a document from its text and the contents of its gold JSON file, resolving every
    /// string (with its optional `…Occurrence`, 1-based over the whole text) to a span.
    public init(name: String, split: String, text: String, goldJSON: String) throws {
        let root: GoldJSON
        do {
            var parser = GoldJSONParser(Array(goldJSON.utf8))
            root = try parser.parseDocument()
        } catch let error as GoldJSONParser.Failure {
            throw ClaimGoldError.invalidGold(document: name, message: "invalid JSON: \(error.message)")
        }
        guard case .object(let top) = root else {
            throw ClaimGoldError.invalidGold(document: name, message: "the gold file is not a JSON object")
        }
        let resolver = StringResolver(text: text, document: name)

        var claims: [GoldClaim] = []
        for (index, value) in try Self.array(top["claims"], "claims", document: name).enumerated() {
            let item = index + 1
            guard case .object(let fields) = value else {
                throw ClaimGoldError.invalidGold(document: name, message: "claim \(item) is not an object")
            }
            let kindName = try Self.string(fields["kind"], "claim \(item) kind", document: name)
            guard let kindName, let kind = ClaimKind(rawValue: kindName) else {
                throw ClaimGoldError.invalidGold(
                    document: name, message: "claim \(item) has no valid kind (\(kindName ?? "null"))")
            }
            let source = try Self.string(fields["source"], "claim \(item) source", document: name)
            func span(_ field: String) throws -> TextSpan? {
                guard let string = try Self.string(fields[field], "claim \(item) \(field)", document: name) else {
                    return nil
                }
                let occurrence = try Self.occurrence(fields[field + "Occurrence"], "claim \(item) \(field)Occurrence", document: name)
                return try resolver.resolve(string, occurrence: occurrence, field: field, item: item)
            }
            guard let content = try span("content") else {
                throw ClaimGoldError.invalidGold(document: name, message: "claim \(item) has no content")
            }
            claims.append(
                GoldClaim(
                    kind: kind, source: source, speaker: try span("speaker"), cue: try span("cue"), content: content,
                    negated: try Self.bool(fields["negated"], "claim \(item) negated", document: name),
                    hedged: try Self.bool(fields["hedged"], "claim \(item) hedged", document: name)))
        }

        var quotations: [GoldQuotation] = []
        for (index, value) in try Self.array(top["quotations"], "quotations", document: name).enumerated() {
            let item = index + 1
            guard case .object(let fields) = value else {
                throw ClaimGoldError.invalidGold(document: name, message: "quotation \(item) is not an object")
            }
            let roleName = try Self.string(fields["role"], "quotation \(item) role", document: name)
            guard let roleName, let role = QuotationRole(rawValue: roleName) else {
                throw ClaimGoldError.invalidGold(
                    document: name, message: "quotation \(item) has no valid role (\(roleName ?? "null"))")
            }
            guard let string = try Self.string(fields["text"], "quotation \(item) text", document: name) else {
                throw ClaimGoldError.invalidGold(document: name, message: "quotation \(item) has no text")
            }
            let occurrence = try Self.occurrence(fields["occurrence"], "quotation \(item) occurrence", document: name)
            let content = try resolver.resolve(string, occurrence: occurrence, field: "quotation", item: item)
            quotations.append(GoldQuotation(content: content, role: role))
        }
        self.init(name: name, split: split, text: text, claims: claims, quotations: quotations)
    }

    /// Loads `NAME.txt` and the `NAME.json` beside it. `textPath` may name either file; the split
    /// defaults to the name of the folder that holds them.
    public init(path: String, split: String? = nil) throws {
        var base = path
        if base.hasSuffix(".txt") || base.hasSuffix(".json"), let dot = base.lastIndex(of: ".") {
            base = String(base[..<dot])
        }
        let name = GoldFiles.lastComponent(base)
        let textBytes = try GoldFiles.read(base + ".txt")
        let decoded = DecodedText(utf8: textBytes)
        if let offset = decoded.firstInvalidByteOffset {
            throw ClaimGoldError.invalidGold(document: name, message: "\(base).txt is not valid UTF-8 (byte \(offset))")
        }
        let goldBytes = try GoldFiles.read(base + ".json")
        guard let gold = String(validating: goldBytes, as: UTF8.self) else {
            throw ClaimGoldError.invalidGold(document: name, message: "\(base).json is not valid UTF-8")
        }
        try self.init(
            name: name, split: split ?? GoldFiles.lastComponent(GoldFiles.parent(base)), text: decoded.text,
            goldJSON: gold)
    }

    /// Every document under `path`, searched recursively: each `NAME.json` that has a `NAME.txt`
    /// beside it (other files are ignored). A document's split is the name of its folder, so
    /// `loadFolder("Fixtures")` returns the documents of claims/dev (split "dev") and
    /// claims/blind (split "blind"). Documents are sorted by path.
    public static func loadFolder(_ path: String) throws -> [ClaimGoldDocument] {
        var jsonFiles: [String] = []
        try GoldFiles.walk(path) { file in
            if file.hasSuffix(".json") { jsonFiles.append(file) }
        }
        var documents: [ClaimGoldDocument] = []
        for file in jsonFiles.sorted() {
            let base = String(file.dropLast(".json".count))
            guard GoldFiles.isFile(base + ".txt") else { continue }
            documents.append(try ClaimGoldDocument(path: base))
        }
        return documents
    }

    // MARK: - Spans

    /// The span of the `occurrence`-th (1-based) occurrence of `string` in `text`, counting every
    /// occurrence (overlapping ones too) from the start; nil when there is no such occurrence or
    /// `string` is empty. The comparison is exact, Unicode scalar by Unicode scalar.
    public static func span(of string: String, occurrence: Int = 1, in text: String) -> TextSpan? {
        let starts = occurrences(of: Array(string.utf8), in: Array(text.utf8))
        guard occurrence >= 1, occurrence <= starts.count else { return nil }
        let start = starts[occurrence - 1]
        return span(utf8: start..<(start + string.utf8.count), in: text)
    }

    /// The span of `text` from Unicode scalar offset `scalars.lowerBound` to `scalars.upperBound`
    /// (clamped to the text).
    public static func span(scalars: Range<Int>, in text: String) -> TextSpan {
        let scalarView = text.unicodeScalars
        let count = scalarView.count
        let lower = min(max(scalars.lowerBound, 0), count)
        let upper = min(max(scalars.upperBound, lower), count)
        let lowerIndex = scalarView.index(scalarView.startIndex, offsetBy: lower)
        let upperIndex = scalarView.index(lowerIndex, offsetBy: upper - lower)
        let utf8Lower = text.utf8.distance(from: text.utf8.startIndex, to: lowerIndex)
        let utf8Upper = utf8Lower + text.utf8.distance(from: lowerIndex, to: upperIndex)
        return TextSpan(range: lowerIndex..<upperIndex, utf8: utf8Lower..<utf8Upper, scalars: lower..<upper)
    }

    /// The span of a UTF-8 range that starts and ends on scalar boundaries.
    static func span(utf8 range: Range<Int>, in text: String) -> TextSpan {
        let bytes = text.utf8
        var lowerScalar = 0
        var upperScalar = 0
        var position = 0
        for byte in bytes {
            if position >= range.upperBound { break }
            if byte & 0xC0 != 0x80 {
                if position < range.lowerBound { lowerScalar += 1 }
                upperScalar += 1
            }
            position += 1
        }
        let lowerIndex = bytes.index(bytes.startIndex, offsetBy: range.lowerBound)
        let upperIndex = bytes.index(lowerIndex, offsetBy: range.count)
        return TextSpan(range: lowerIndex..<upperIndex, utf8: range, scalars: lowerScalar..<upperScalar)
    }

    /// The UTF-8 offsets where `needle` starts in `haystack`, overlapping occurrences included.
    static func occurrences(of needle: [UInt8], in haystack: [UInt8]) -> [Int] {
        guard !needle.isEmpty, needle.count <= haystack.count else { return [] }
        var result: [Int] = []
        let first = needle[0]
        var start = 0
        while start + needle.count <= haystack.count {
            if haystack[start] == first && haystack[start..<(start + needle.count)].elementsEqual(needle) {
                result.append(start)
            }
            start += 1
        }
        return result
    }

    // MARK: - As a result

    /// The gold annotation as an extraction result (rule "gold", confidence 1), for rendering it
    /// with the same tools as the extractor's output. Quotation marks are taken to be the single
    /// scalars around each quotation's content; a speech quotation points at the first claim
    /// whose content contains it.
    public func extractionResult() -> ClaimExtractionResult {
        let resultClaims = claims.map { gold in
            Claim(
                kind: gold.kind, source: gold.source, speaker: gold.speaker, cue: gold.cue, content: gold.content,
                negated: gold.negated, hedged: gold.hedged, rule: "gold", confidence: 1)
        }
        let ordered = quotations.sorted { $0.content < $1.content }
        let resultQuotations = ordered.map { gold -> Quotation in
            let scalars = gold.content.scalars
            let opening = Self.span(scalars: (scalars.lowerBound - 1)..<scalars.lowerBound, in: text)
            let closing = Self.span(scalars: scalars.upperBound..<(scalars.upperBound + 1), in: text)
            let depth = ordered.filter {
                $0 != gold && $0.content.scalars.lowerBound < scalars.lowerBound
                    && $0.content.scalars.upperBound > scalars.upperBound
            }.count
            var claim: Int? = nil
            if gold.role == .speech {
                claim = claims.firstIndex {
                    $0.content.scalars.lowerBound <= scalars.lowerBound && $0.content.scalars.upperBound >= scalars.upperBound
                }
            }
            return Quotation(content: gold.content, opening: opening, closing: closing, depth: depth, role: gold.role, claim: claim)
        }
        return ClaimExtractionResult(
            text: text, claims: resultClaims, quotations: resultQuotations, tokenized: Tokenizer().tokenize(text))
    }

    // MARK: - Reading the JSON fields

    private static func array(_ value: GoldJSON?, _ field: String, document: String) throws -> [GoldJSON] {
        switch value {
        case nil, .null?: return []
        case .array(let items)?: return items
        default: throw ClaimGoldError.invalidGold(document: document, message: "\(field) is not an array")
        }
    }

    private static func string(_ value: GoldJSON?, _ field: String, document: String) throws -> String? {
        switch value {
        case nil, .null?: return nil
        case .string(let string)?: return string
        default: throw ClaimGoldError.invalidGold(document: document, message: "\(field) is not a string or null")
        }
    }

    private static func bool(_ value: GoldJSON?, _ field: String, document: String) throws -> Bool {
        switch value {
        case nil, .null?: return false
        case .bool(let flag)?: return flag
        default: throw ClaimGoldError.invalidGold(document: document, message: "\(field) is not true or false")
        }
    }

    private static func occurrence(_ value: GoldJSON?, _ field: String, document: String) throws -> Int {
        switch value {
        case nil, .null?: return 1
        case .number(let number)? where number >= 1 && number == number.rounded() && number < 1e9: return Int(number)
        default: throw ClaimGoldError.invalidGold(document: document, message: "\(field) is not a positive integer")
        }
    }
}

/// Finds the annotated strings of one document.
private struct StringResolver {
    let text: String
    let bytes: [UInt8]
    let document: String

    init(text: String, document: String) {
        self.text = text
        self.bytes = Array(text.utf8)
        self.document = document
    }

    func resolve(_ string: String, occurrence: Int, field: String, item: Int) throws -> TextSpan {
        let starts = ClaimGoldDocument.occurrences(of: Array(string.utf8), in: bytes)
        guard occurrence <= starts.count else {
            throw ClaimGoldError.stringNotFound(
                document: document, field: field, item: item, string: string, occurrence: occurrence, found: starts.count)
        }
        let start = starts[occurrence - 1]
        return ClaimGoldDocument.span(utf8: start..<(start + string.utf8.count), in: text)
    }
}

// MARK: - A small JSON reader (the library does not depend on Foundation)

/// A parsed JSON value.
enum GoldJSON: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([GoldJSON])
    case object([String: GoldJSON])
}

/// A strict JSON (RFC 8259) parser over UTF-8 bytes.
struct GoldJSONParser {
    struct Failure: Error {
        let message: String
    }

    private let bytes: [UInt8]
    private var position = 0
    private var depth = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        // A byte order mark is tolerated.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    mutating func parseDocument() throws -> GoldJSON {
        let value = try parseValue()
        skipWhitespace()
        guard position == bytes.count else { throw fail("unexpected text after the value") }
        return value
    }

    private func fail(_ message: String) -> Failure {
        Failure(message: "\(message) at byte \(position)")
    }

    private mutating func skipWhitespace() {
        while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) { position += 1 }
    }

    private mutating func parseValue() throws -> GoldJSON {
        skipWhitespace()
        guard position < bytes.count else { throw fail("unexpected end of input") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        default: return .number(try parseNumber())
        }
    }

    private mutating func literal(_ word: String) throws {
        let expected = Array(word.utf8)
        guard bytes.count - position >= expected.count,
            bytes[position..<(position + expected.count)].elementsEqual(expected)
        else { throw fail("invalid literal") }
        position += expected.count
    }

    private mutating func nest() throws {
        depth += 1
        if depth > 512 { throw fail("nesting too deep") }
    }

    private mutating func parseObject() throws -> GoldJSON {
        try nest()
        defer { depth -= 1 }
        position += 1
        var object: [String: GoldJSON] = [:]
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
            position += 1
            return .object(object)
        }
        while true {
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw fail("expected a key") }
            let key = try parseString()
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { throw fail("expected ':'") }
            position += 1
            object[key] = try parseValue()
            skipWhitespace()
            guard position < bytes.count else { throw fail("unterminated object") }
            if bytes[position] == UInt8(ascii: ",") {
                position += 1
            } else if bytes[position] == UInt8(ascii: "}") {
                position += 1
                return .object(object)
            } else {
                throw fail("expected ',' or '}'")
            }
        }
    }

    private mutating func parseArray() throws -> GoldJSON {
        try nest()
        defer { depth -= 1 }
        position += 1
        var array: [GoldJSON] = []
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
            position += 1
            return .array(array)
        }
        while true {
            array.append(try parseValue())
            skipWhitespace()
            guard position < bytes.count else { throw fail("unterminated array") }
            if bytes[position] == UInt8(ascii: ",") {
                position += 1
            } else if bytes[position] == UInt8(ascii: "]") {
                position += 1
                return .array(array)
            } else {
                throw fail("expected ',' or ']'")
            }
        }
    }

    private mutating func parseString() throws -> String {
        position += 1
        var scalars = String.UnicodeScalarView()
        var run = position
        func flush(_ end: Int) throws {
            if end > run {
                guard let piece = String(validating: bytes[run..<end], as: UTF8.self) else {
                    throw fail("invalid UTF-8 in a string")
                }
                scalars.append(contentsOf: piece.unicodeScalars)
            }
        }
        while true {
            guard position < bytes.count else { throw fail("unterminated string") }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                try flush(position)
                position += 1
                return String(scalars)
            }
            if byte < 0x20 { throw fail("control character in a string") }
            if byte != UInt8(ascii: "\\") {
                position += 1
                continue
            }
            try flush(position)
            position += 1
            guard position < bytes.count else { throw fail("unterminated escape") }
            let escape = bytes[position]
            position += 1
            switch escape {
            case UInt8(ascii: "\""): scalars.append("\"")
            case UInt8(ascii: "\\"): scalars.append("\\")
            case UInt8(ascii: "/"): scalars.append("/")
            case UInt8(ascii: "b"): scalars.append("\u{08}")
            case UInt8(ascii: "f"): scalars.append("\u{0C}")
            case UInt8(ascii: "n"): scalars.append("\n")
            case UInt8(ascii: "r"): scalars.append("\r")
            case UInt8(ascii: "t"): scalars.append("\t")
            case UInt8(ascii: "u"):
                var code = try hex4()
                if (0xD800..<0xDC00).contains(code) {
                    guard bytes.count - position >= 6, bytes[position] == UInt8(ascii: "\\"),
                        bytes[position + 1] == UInt8(ascii: "u")
                    else { throw fail("unpaired surrogate") }
                    position += 2
                    let low = try hex4()
                    guard (0xDC00..<0xE000).contains(low) else { throw fail("unpaired surrogate") }
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let scalar = Unicode.Scalar(code) else { throw fail("invalid \\u escape") }
                scalars.append(scalar)
            default:
                throw fail("invalid escape")
            }
            run = position
        }
    }

    private mutating func hex4() throws -> UInt32 {
        guard bytes.count - position >= 4 else { throw fail("short \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw fail("invalid \\u escape")
            }
            value = value * 16 + digit
            position += 1
        }
        return value
    }

    private mutating func parseNumber() throws -> Double {
        let start = position
        if position < bytes.count, bytes[position] == UInt8(ascii: "-") { position += 1 }
        func digits() -> Int {
            let from = position
            while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) { position += 1 }
            return position - from
        }
        guard digits() > 0 else { throw fail("invalid value") }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            guard digits() > 0 else { throw fail("invalid number") }
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
                position += 1
            }
            guard digits() > 0 else { throw fail("invalid number") }
        }
        guard let value = Double(String(decoding: bytes[start..<position], as: UTF8.self)) else {
            throw fail("invalid number")
        }
        return value
    }
}

// MARK: - Files and folders

/// The little file-system access the gold loader needs, on the C library.
enum GoldFiles {
    static func read(_ path: String) throws -> [UInt8] {
        guard let handle = fopen(path, "rb") else {
            throw ClaimGoldError.unreadable(path: path, message: String(cString: strerror(errno)))
        }
        defer { fclose(handle) }
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, handle) }
            if count == 0 { break }
            result.append(contentsOf: chunk[0..<count])
        }
        if ferror(handle) != 0 {
            throw ClaimGoldError.unreadable(path: path, message: "read error")
        }
        return result
    }

    private static func mode(_ path: String) -> mode_t? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return info.st_mode
    }

    static func isFile(_ path: String) -> Bool {
        guard let mode = mode(path) else { return false }
        return mode & S_IFMT == S_IFREG
    }

    static func isDirectory(_ path: String) -> Bool {
        guard let mode = mode(path) else { return false }
        return mode & S_IFMT == S_IFDIR
    }

    /// Calls `body` with the path of every regular file under `root` (or `root` itself when it
    /// is a file), in no particular order. Hidden entries are skipped.
    static func walk(_ root: String, _ body: (String) throws -> Void) throws {
        if isFile(root) {
            try body(root)
            return
        }
        guard isDirectory(root) else {
            throw ClaimGoldError.unreadable(path: root, message: "no such file or folder")
        }
        guard let directory = opendir(root) else {
            throw ClaimGoldError.unreadable(path: root, message: String(cString: strerror(errno)))
        }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: pointer.pointee)) {
                    String(cString: $0)
                }
            }
            if name.hasPrefix(".") { continue }
            names.append(name)
        }
        closedir(directory)
        let prefix = root.hasSuffix("/") ? root : root + "/"
        for name in names.sorted() {
            let path = prefix + name
            if isDirectory(path) {
                try walk(path, body)
            } else if isFile(path) {
                try body(path)
            }
        }
    }

    /// The last path component, without trailing slashes.
    static func lastComponent(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        if let slash = trimmed.lastIndex(of: "/") { return String(trimmed[trimmed.index(after: slash)...]) }
        return String(trimmed)
    }

    /// The folder part of a path ("." when there is none).
    static func parent(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else {
            // A bare name lives in the current folder, whose name we ask the system for.
            return currentDirectoryName()
        }
        if slash == trimmed.startIndex { return "/" }
        let parent = String(trimmed[..<slash])
        if parent == "." || parent == ".." { return absolute(parent) }
        return parent
    }

    private static func currentDirectoryName() -> String {
        absolute(".")
    }

    private static func absolute(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
