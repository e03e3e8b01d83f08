// Written by Scripts/lib/builtin_hashes.py: each built-in talk's content hash with the readiness check
// (what ContentHash.of gives), so it is not computed on every start. A test checks them.
extension BuiltinTalks {
    public static let contentHashes: [String: String] = [
        "check-in": "sha256:2c6cec45a05afc14cea5a2a138dcbb5020317618e037af59ce37c2a52278bce3",
        "debrief": "sha256:552f1f723bb7e4cc2354597412de0d697b97e281503cf421226e521258a0306d",
        "how-to-talk": "sha256:8a50765cb59c43fd9bbfc0781b19d11754758f4e6b7763e117d06bd9bba80990",
    ]
}
