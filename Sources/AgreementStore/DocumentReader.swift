import AgreementKit
import Foundation

/// Reads the `*.json` files of one store folder strictly, one verdict per file: syntax and
/// types by the one parser, the id against the file's name, the content by a validator, every
/// fault located by line and column. A missing folder holds no files.
struct DocumentReader<Item: Sendable> {
    /// A fault the validator found: where, what, and whether it is an error (else a warning).
    struct Finding {
        var path: [PathComponent]
        var problem: StoreError.Problem
        var isError: Bool
    }

    var fileSystem: any FileSystem
    /// The key of the document inside the file: `wheel`, `guide`, `conversation`.
    var rootKey: String
    /// Decodes a file (strictly, migrating older versions) into its item.
    var decode: (Data, String) throws(StoreError) -> Item
    /// The name the item's file must have (without `.json`), and the key that says it.
    var name: (Item) -> (key: String, value: String)
    var validate: (Item) -> [Finding]

    func read(folder: String) -> LoadedFiles<Item> {
        var loaded = LoadedFiles<Item>()
        let names: [String]
        do { names = try fileSystem.list(folder) } catch {
            if error.reason != .notFound { loaded.errors.append(StoreError(file: folder, problem: .unreadable(error))) }
            return loaded
        }
        for name in names.sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") && !name.hasSuffix(StoreFiles.privateSuffix) {
            let file = "\(folder)/\(name)"
            let data: Data
            do { data = try fileSystem.read(file) } catch {
                loaded.errors.append(StoreError(file: file, problem: .unreadable(error)))
                continue
            }
            let item: Item
            do { item = try decode(data, file) } catch {
                loaded.errors.append(error)
                continue
            }
            let root = JSONLocator.parse(data).root
            func located(_ path: [PathComponent], _ problem: StoreError.Problem) -> StoreError {
                guard let root else { return StoreError(file: file, problem: problem) }
                let p = JSONLocator.position(of: [.key(rootKey)] + path, in: root)
                return StoreError(file: file, line: p.line, column: p.column, problem: problem)
            }
            var failed = false
            let expected = String(name.dropLast(".json".count))
            let (key, value) = self.name(item)
            if value != expected {
                loaded.errors.append(located([.key(key)], .nameMismatch(key: key, found: value, expected: expected)))
                failed = true
            }
            for finding in validate(item) {
                let error = located(finding.path, finding.problem)
                if finding.isError {
                    loaded.errors.append(error)
                    failed = true
                } else {
                    loaded.warnings.append(error)
                }
            }
            if !failed { loaded.items.append(item) }
        }
        return loaded
    }
}
