/// A set of bytes as a 256-entry table: membership is one load, for the tokenizer's hot paths
/// (`"abc".utf8.contains(byte)` walks the string every time).
struct ByteSet: Sendable {
    private let table: [Bool]

    init(_ members: String) {
        var table = [Bool](repeating: false, count: 256)
        for byte in members.utf8 { table[Int(byte)] = true }
        self.table = table
    }

    @inline(__always)
    func contains(_ byte: UInt8) -> Bool { table[Int(byte)] }
}
