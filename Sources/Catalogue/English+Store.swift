import AgreementStore
import Foundation

extension English {
    public func storeProblem(_ problem: StoreError.Problem) -> String {
        switch problem {
        case .notFound(let id, let suggestions):
            suggestions.isEmpty ? "found no agreement “\(id)” (see “lederavtale list”)" : "found no agreement “\(id)” — did you mean: \(suggestions.joined(separator: ", "))?"
        case .ambiguous(let prefix, let candidates):
            "“\(prefix)” names more than one agreement — did you mean: \(candidates.joined(separator: ", "))?"
        case .storeMissing: "the store does not exist"
        case .storeUnusable(let e): "cannot use the store: \(fileSystemProblem(e))"
        case .cannotCreateStore(let e): "cannot create the store: \(fileSystemProblem(e))"
        case .storeNotWritable(let e): "cannot write in the store: \(fileSystemProblem(e))"
        case .unreadable(let e): "cannot be read: \(fileSystemProblem(e))"
        case .syntax(let p): syntaxProblem(p)
        case .duplicateKey(let key): "the key “\(key)” appears twice in one object (one of the values would be lost)"
        case .notAnObject(let found): "the file must be a JSON object, found \(valueKind(found))"
        case .versionMissing: "the key “version” (schema version) is missing"
        case .versionNotInteger: "“version” must be an integer"
        case .versionUnknown(let v): "unknown schema version \(v)"
        case .newerVersion(let found, let supported):
            "the file has schema version \(found), made by a newer lederavtale; this version reads up to \(supported)"
        case .noMigration(let from, let at): "schema version \(from) cannot be read by this version (no migration from \(at))"
        case .migrationFailed(let from, let detail): "migrating from schema version \(from) failed: \(detail)"
        case .typeMismatch(let path, let expected, let found):
            at(path, "wrong type: expected \(valueKind(expected)), found \(found.map(valueKind) ?? "something else")")
        case .valueMissing(let path, let expected): at(path, "value missing: expected \(valueKind(expected)), found null")
        case .keyMissing(let path, let key): at(path, "the key “\(key)” is missing")
        case .invalidValue(let path, let value): at(path, "invalid value “\(value)”")
        case .invalidDate(let path, let value): at(path, "“\(value)” is not a valid date (YYYY-MM-DD)")
        case .numberNotRepresentable(let path): at(path, "the number does not fit the field")
        case .undecodable(let path, let detail): at(path, "cannot be read (\(detail))")
        case .idMismatch(let found, let expected): "the agreement's id “\(found)” does not match the file name (\(expected))"
        case .privateIDMismatch(let found, let expected): "“agreementID” “\(found)” does not match the file name (\(expected))"
        case .privateWithoutAgreement(let file): "private file without an agreement (\(file) is missing)"
        case .privateExposed(let mode): "section 4 is readable by others (mode \(octal(mode))); it should be 600"
        case .privateModeFixed(let mode): "section 4 was readable by others (mode \(octal(mode))); access is now 600"
        case .validation(let path, let kind): "\(path): \(validation(kind))"
        case .changedOnDisk: "the file was changed outside this session since it was read"
        case .unmergeable(let path): "both sides changed “\(path)” differently, and the file has no place to keep both: merge by hand"
        case .gitConflictMarkers:
            "the file has git's conflict markers (<<<<<<<): a merge that must be finished by hand (see the README, “Merging by hand”)"
        case .recordedConflict(let path, let field, let place, let kind):
            "\(field.map { "\(self.place(place)) – \(fieldLabel($0.kind))" } ?? path): \(conflictKind(kind)) — settle it by editing the field (Enter on the field)"
        case .historyNotWritten(let e): "the agreement is saved, but the change history could not be written: \(fileSystemProblem(e))"
        case .saveFailed(let e): "could not save: \(fileSystemProblem(e))"
        case .draftFailed(let e): "could not save the draft: \(fileSystemProblem(e))"
        case .rollForwardFailed(let e): "could not complete an interrupted save: \(fileSystemProblem(e))"
        case .writeFailed(let e): "could not write: \(fileSystemProblem(e))"
        case .encodingFailed(let detail): "could not encode the agreement: \(detail)"
        case .lockFailed(let e): "could not take the lock: \(fileSystemProblem(e))"
        case .lockChanged(let holder): "another session took the lock meanwhile (\(holder.host), process \(holder.pid))"
        case .wheel(let path, let kind): "\(path): \(wheelIssue(kind))"
        case .guide(let path, let kind): "\(path): \(guideIssue(kind))"
        case .conversation(let path, let issue): "\(path): \(conversationIssue(issue))"
        case .nameMismatch(let key, let found, let expected): "“\(key)” “\(found)” does not match the file name (\(expected))"
        case .exclusiveKeys(let path, let keys): at(path, "only one of \(keys.map { "“\($0)”" }.joined(separator: " and ")) can be here")
        case .planInvalid(let path, let kind): "\(path): \(planIssue(kind))"
        case .planIDMismatch(let found, let expected): plan(.planIDMismatch(found: found, expected: expected))
        case .planLinkUnknownPlan(let id): plan(.unknownPlan(id))
        case .planLinkUnknownCode(let id, let code, let nearest): plan(.unknownCode(plan: id, code: code, nearest: nearest))
        }
    }

    public func fileSystemProblem(_ error: FileSystemError) -> String {
        let reason: String
        switch error.reason {
        case .diskFull: reason = "the disk is full"
        case .quotaExceeded: reason = "the disk quota is used up"
        case .readOnlyFileSystem: reason = "the file system is read-only"
        case .permissionDenied: reason = "permission denied"
        case .notFound: reason = "does not exist"
        case .readOnlyFile: reason = "the file is read-only (nobody may write it); it was not changed"
        case .exists: reason = "already exists"
        case .notRegularFile(let kind): reason = notRegular(kind)
        case .tooLarge(let limit): reason = "the file is larger than the limit of \(limit / (1024 * 1024)) MB"
        case .symlinkLoop: reason = "a loop of symbolic links (the links point at each other)"
        case .notADirectory: reason = "is not a folder"
        case .noReader: reason = "nobody reads at the other end"
        case .other: return error.systemText.isEmpty ? "unknown error" : error.systemText
        }
        return error.code == 0 ? reason : "\(reason) (\(error.systemText))"
    }

    private func notRegular(_ kind: FileKind) -> String {
        switch kind {
        case .directory: "is a folder, not a file"
        case .fifo: "is a named pipe (FIFO), not a regular file; skipped"
        case .socket: "is a socket, not a regular file; skipped"
        case .characterDevice, .blockDevice: "is a device, not a regular file; skipped"
        case .symbolicLink: "is a symbolic link"
        case .regular, .unknown: "is not a regular file; skipped"
        }
    }

    public func syntaxProblem(_ problem: JSONSyntaxProblem) -> String {
        switch problem {
        case .byteOrderMark: "the file starts with a byte-order mark (BOM); save it as UTF-8 without BOM"
        case .invalidUTF8(let byte): "invalid UTF-8 (byte 0x\(hex(byte)))"
        case .textAfterDocument: "unexpected text after the end of the JSON document"
        case .tooDeep(let limit): "nested too deeply (over \(limit) levels)"
        case .unexpectedEnd(.document): "the file ends in the middle of a JSON document"
        case .unexpectedEnd(.object): "the file ends in the middle of an object"
        case .unexpectedEnd(.array): "the file ends in the middle of an array"
        case .unexpectedEnd(.string): "the file ends in the middle of a string (a closing quote is missing)"
        case .unexpectedCharacter(let c): "unexpected character “\(c)”"
        case .expectedKey: "expected a key in quotes"
        case .expectedColon(let key): "expected “:” after the key “\(key)”"
        case .expectedCommaOrBrace: "expected “,” or “}”"
        case .expectedCommaOrBracket: "expected “,” or “]”"
        case .trailingComma: "a comma just before the end of an object or array (not allowed in JSON)"
        case .invalidUnicodeEscape: "invalid \\u sequence"
        case .invalidEscape(let c): "invalid escape sequence “\\\(c)”"
        case .lineBreakInString: "a line break inside a string (a closing quote missing?)"
        case .controlCharacter(let byte): "control character 0x\(hex(byte)) inside a string"
        case .invalidLiteral(let word): "unexpected characters; did you mean “\(word)”?"
        case .invalidNumber: "invalid number"
        case .numberOutOfRange(let text): "the number \(text) is too large (no value in the file can be that large)"
        }
    }

    public func valueKind(_ kind: JSONValueKind) -> String {
        switch kind {
        case .object: "an object"
        case .array: "an array"
        case .string: "text"
        case .number: "a number"
        case .integer: "an integer"
        case .bool: "true/false"
        case .null: "null"
        case .other(let name): name
        }
    }

    public func duration(seconds: Int) -> String {
        let minutes = seconds / 60, hours = minutes / 60, days = hours / 24
        if minutes < 1 { return "under 1 min" }
        if hours < 1 { return "\(minutes) min" }
        if days < 1 { return minutes % 60 == 0 ? "\(hours) h" : "\(hours) h \(minutes % 60) min" }
        return count(days, "day", "days")
    }

    public func lockHolder(_ holder: LockInfo, state: LockState, now: Date) -> String {
        let age = holder.age(at: now).map { " (\(duration(seconds: $0)))" } ?? ""
        let what: String = switch state {
        case .live: "in use"
        case .otherHost: "on another machine; cannot be checked from here"
        case .dead: "the process no longer exists; taken over at the next opening"
        case .processIDReused: "the process id is used by a new process; taken over at the next opening"
        case .previousBoot: "the machine has restarted since; taken over at the next opening"
        case .unreadable: lockUnreadable
        }
        return "\(holder.host), process \(holder.pid), since \(timestamp(holder.since))\(age) – \(what)"
    }

    public func heldElsewhere(_ holder: LockInfo, state: LockState, now: Date) -> String {
        let age = holder.age(at: now).map { ", \(duration(seconds: $0))" } ?? ""
        let other = state == .otherHost ? " on another machine" : ""
        return "read-only – open in another session\(other) (\(holder.host), process \(holder.pid), since \(timestamp(holder.since))\(age))"
    }

    public var lockTakeOverLabel: String { "Take over the lock" }

    public func lockTakeOverQuestion(_ holder: LockInfo) -> String {
        "Take over the lock from \(holder.host), process \(holder.pid), since \(timestamp(holder.since))? The other session cannot save afterwards. (y/n)"
    }

    public var lockReleased: String { "The other session has let go of the agreement; it is loaded again and can be edited" }

    public var lockUnreadable: String { "the lock file cannot be read; taken over at the next opening" }

    public func draftKeptElsewhere(_ path: String) -> String {
        "The store could not be written; the draft is saved in \(path)"
    }

    public func draftFoundElsewhere(_ path: String) -> String {
        "A draft from an interrupted session was found in \(path) (the store could not be written then)"
    }

    private func at(_ path: String, _ text: String) -> String { Phrasing.at(path, text) }
    private func octal(_ mode: UInt32) -> String { Phrasing.octal(mode) }
    private func hex(_ byte: UInt8) -> String { Phrasing.hex(byte) }
}
