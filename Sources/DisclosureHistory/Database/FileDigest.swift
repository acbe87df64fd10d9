import Crypto
import Foundation

/// SHA-256 of a file's bytes, as 64 lowercase hex digits: how the history knows a file it has seen.
enum FileDigest {
    static func sha256(_ bytes: Data) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in SHA256.hash(data: bytes) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }
}
