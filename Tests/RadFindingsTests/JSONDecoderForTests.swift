import Foundation

/// Foundation's decoder, to check the hand-written JSON against `Codable`.
enum JSONDecoderForTests {
    static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        try JSONDecoder().decode(type, from: Data(bytes))
    }
}
