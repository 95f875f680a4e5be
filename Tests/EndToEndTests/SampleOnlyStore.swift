import Foundation

/// `init --sample` also seeds the demo municipality (generated agreements marked `"demo": true`)
/// for the overview; tests that count the real samples take the demo agreements out again.
enum SampleOnlyStore {
    /// Removes every demo agreement (both files and its companion folder) from the store at `path`.
    static func removeDemoAgreements(in path: String) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: path)
        for name in names where name.hasSuffix(".json") && !name.hasSuffix(".private.json") && !name.hasPrefix(".") {
            let data = try Data(contentsOf: URL(fileURLWithPath: "\(path)/\(name)"))
            guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                  let agreement = object["agreement"] as? [String: Any], agreement["demo"] as? Bool == true else { continue }
            let id = String(name.dropLast(".json".count))
            for doomed in [name, "\(id).private.json", id] where names.contains(doomed) {
                try FileManager.default.removeItem(atPath: "\(path)/\(doomed)")
            }
        }
    }
}
