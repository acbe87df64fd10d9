// A stand-in for swift-crypto's `SHA256`, whose one use in DisclosureHistory is the digest that tells files apart
// (FileDigest). The fuzz target never needs a real digest — only 32 bytes that differ between inputs — and leaving
// swift-crypto out keeps BoringSSL out of the build. Not a cryptographic hash: fuzzing only.
import Foundation

enum SHA256 {
    static func hash(data: Data) -> [UInt8] {
        var digest: [UInt8] = []
        digest.reserveCapacity(32)
        for lane in 0..<4 {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325 &+ UInt64(lane)
            for byte in data { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
            for shift in stride(from: 0, to: 64, by: 8) { digest.append(UInt8(truncatingIfNeeded: h >> UInt64(shift))) }
        }
        return digest
    }
}
