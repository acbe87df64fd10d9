import Crypto
import Foundation

/// SHA-256 of a file's bytes, as 64 lowercase hex digits: how the history knows a file it has seen.
enum FileDigest {
    static func sha256(_ bytes: Data) -> String {
        SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
    }
}
