import AgreementStore
import Foundation

extension Nynorsk {
    public func storeProblem(_ problem: StoreError.Problem) -> String {
        switch problem {
        case .notFound(let id, let suggestions):
            suggestions.isEmpty ? "fann ingen avtale «\(id)» (sjå «lederavtale list»)" : "fann ingen avtale «\(id)» — meinte du: \(suggestions.joined(separator: ", "))?"
        case .ambiguous(let prefix, let candidates):
            "fann ingen eintydig avtale «\(prefix)» — meinte du: \(candidates.joined(separator: ", "))?"
        case .storeMissing: "lageret finst ikkje"
        case .storeUnusable(let e): "kan ikkje bruke lageret: \(fileSystemProblem(e))"
        case .cannotCreateStore(let e): "kan ikkje opprette lageret: \(fileSystemProblem(e))"
        case .storeNotWritable(let e): "kan ikkje skrive i lageret: \(fileSystemProblem(e))"
        case .unreadable(let e): "kan ikkje lesast: \(fileSystemProblem(e))"
        case .syntax(let p): syntaxProblem(p)
        case .duplicateKey(let key): "nøkkelen «\(key)» står to gonger i same objekt (ein av verdiane ville gått tapt)"
        case .notAnObject(let found): "fila må vere eit JSON-objekt, fann \(valueKind(found))"
        case .versionMissing: "manglar nøkkelen «version» (skjemaversjon)"
        case .versionNotInteger: "«version» må vere eit heiltal"
        case .versionUnknown(let v): "ukjend skjemaversjon \(v)"
        case .newerVersion(let found, let supported):
            "fila har skjemaversjon \(found), laga av ein nyare lederavtale; denne versjonen kan lese til og med \(supported)"
        case .noMigration(let from, let at): "skjemaversjon \(from) kan ikkje lesast av denne versjonen (ingen overgang frå \(at))"
        case .migrationFailed(let from, let detail): "overgangen frå skjemaversjon \(from) feila: \(detail)"
        case .typeMismatch(let path, let expected, let found):
            at(path, "feil type: venta \(valueKind(expected)), fann \(found.map(valueKind) ?? "noko anna")")
        case .valueMissing(let path, let expected): at(path, "manglar verdi: venta \(valueKind(expected)), fann null")
        case .keyMissing(let path, let key): at(path, "manglar nøkkelen «\(key)»")
        case .invalidValue(let path, let value): at(path, "ugyldig verdi «\(value)»")
        case .invalidDate(let path, let value): at(path, "«\(value)» er ikkje ein gyldig dato (ÅÅÅÅ-MM-DD)")
        case .numberNotRepresentable(let path): at(path, "talet passar ikkje i feltet")
        case .undecodable(let path, let detail): at(path, "kan ikkje lesast (\(detail))")
        case .idMismatch(let found, let expected): "id-en til avtalen «\(found)» stemmer ikkje med filnamnet (\(expected))"
        case .privateIDMismatch(let found, let expected): "«agreementID» «\(found)» stemmer ikkje med filnamnet (\(expected))"
        case .privateWithoutAgreement(let file): "privat fil utan avtale (\(file) manglar)"
        case .privateExposed(let mode): "punkt 4 kan lesast av andre (modus \(octal(mode))); skal vere 600"
        case .privateModeFixed(let mode): "punkt 4 kunne lesast av andre (modus \(octal(mode))); tilgangen er sett til 600"
        case .validation(let path, let kind): "\(path): \(validation(kind))"
        case .changedOnDisk: "fila er endra utanfor denne økta sidan ho vart lesen"
        case .unmergeable(let path): "begge sider har endra «\(path)» ulikt, og fila har ikkje plass til å ta vare på begge: flett for hand"
        case .gitConflictMarkers:
            "fila har konfliktmerke frå git (<<<<<<<): ei fletting som må fullførast for hand (sjå README, «Merging by hand»)"
        case .recordedConflict(let path, let field, let place, let kind):
            "\(field.map { "\(self.place(place)) – \(fieldLabel($0.kind))" } ?? path): \(conflictKind(kind)) — avgjer det ved å endre feltet (Enter på feltet)"
        case .historyNotWritten(let e): "avtalen er lagra, men endringsloggen kunne ikkje skrivast: \(fileSystemProblem(e))"
        case .saveFailed(let e): "kunne ikkje lagre: \(fileSystemProblem(e))"
        case .draftFailed(let e): "kunne ikkje lagre utkastet: \(fileSystemProblem(e))"
        case .rollForwardFailed(let e): "kunne ikkje fullføre ei avbroten lagring: \(fileSystemProblem(e))"
        case .writeFailed(let e): "kunne ikkje skrive: \(fileSystemProblem(e))"
        case .encodingFailed(let detail): "kunne ikkje kode avtalen: \(detail)"
        case .lockFailed(let e): "kunne ikkje ta låsen: \(fileSystemProblem(e))"
        case .lockChanged(let holder): "låsen vart teken av ei anna økt i mellomtida (\(holder.host), prosess \(holder.pid))"
        case .wheel(let path, let kind): "\(path): \(wheelIssue(kind))"
        case .guide(let path, let kind): "\(path): \(guideIssue(kind))"
        case .conversation(let path, let issue): "\(path): \(conversationIssue(issue))"
        case .nameMismatch(let key, let found, let expected): "«\(key)» «\(found)» stemmer ikkje med filnamnet (\(expected))"
        case .exclusiveKeys(let path, let keys): at(path, "berre éin av \(keys.map { "«\($0)»" }.joined(separator: " og ")) kan stå her")
        case .planInvalid(let path, let kind): "\(path): \(planIssue(kind))"
        case .planIDMismatch(let found, let expected): plan(.planIDMismatch(found: found, expected: expected))
        case .planLinkUnknownPlan(let id): plan(.unknownPlan(id))
        case .planLinkUnknownCode(let id, let code, let nearest): plan(.unknownCode(plan: id, code: code, nearest: nearest))
        }
    }

    public func fileSystemProblem(_ error: FileSystemError) -> String {
        let reason: String
        switch error.reason {
        case .diskFull: reason = "disken er full"
        case .quotaExceeded: reason = "diskkvoten er brukt opp"
        case .readOnlyFileSystem: reason = "filsystemet er skriveverna"
        case .permissionDenied: reason = "inga tilgang"
        case .notFound: reason = "finst ikkje"
        case .readOnlyFile: reason = "fila er skriveverna (ingen har skrivetilgang); ho er ikkje endra"
        case .exists: reason = "finst frå før"
        case .notRegularFile(let kind): reason = notRegular(kind)
        case .tooLarge(let limit): reason = "fila er større enn grensa på \(limit / (1024 * 1024)) MB"
        case .symlinkLoop: reason = "ei løkke av symbolske lenkjer (lenkjene peikar på kvarandre)"
        case .notADirectory: reason = "er ikkje ei mappe"
        case .noReader: reason = "ingen lesar i den andre enden"
        case .other: return error.systemText.isEmpty ? "ukjend feil" : error.systemText
        }
        return error.code == 0 ? reason : "\(reason) (\(error.systemText))"
    }

    private func notRegular(_ kind: FileKind) -> String {
        switch kind {
        case .directory: "er ei mappe, ikkje ei fil"
        case .fifo: "er eit namngjeve røyr (FIFO), ikkje ei vanleg fil; hoppa over"
        case .socket: "er ein sokkel (socket), ikkje ei vanleg fil; hoppa over"
        case .characterDevice, .blockDevice: "er ei eining (device), ikkje ei vanleg fil; hoppa over"
        case .symbolicLink: "er ei symbolsk lenkje"
        case .regular, .unknown: "er ikkje ei vanleg fil; hoppa over"
        }
    }

    public func syntaxProblem(_ problem: JSONSyntaxProblem) -> String {
        switch problem {
        case .byteOrderMark: "fila byrjar med eit byte-order-merke (BOM); lagre ho som UTF-8 utan BOM"
        case .invalidUTF8(let byte): "ugyldig UTF-8 (byte 0x\(hex(byte)))"
        case .textAfterDocument: "uventa tekst etter slutten av JSON-dokumentet"
        case .tooDeep(let limit): "for djup nesting (over \(limit) nivå)"
        case .unexpectedEnd(.document): "fila sluttar midt i eit JSON-dokument"
        case .unexpectedEnd(.object): "fila sluttar midt i eit objekt"
        case .unexpectedEnd(.array): "fila sluttar midt i ei liste"
        case .unexpectedEnd(.string): "fila sluttar midt i ein tekst (manglar eit avsluttande hermeteikn)"
        case .unexpectedCharacter(let c): "uventa teikn «\(c)»"
        case .expectedKey: "venta ein nøkkel i hermeteikn"
        case .expectedColon(let key): "venta «:» etter nøkkelen «\(key)»"
        case .expectedCommaOrBrace: "venta «,» eller «}»"
        case .expectedCommaOrBracket: "venta «,» eller «]»"
        case .trailingComma: "komma rett før slutten av eit objekt eller ei liste (ikkje tillate i JSON)"
        case .invalidUnicodeEscape: "ugyldig \\u-sekvens"
        case .invalidEscape(let c): "ugyldig escape-sekvens «\\\(c)»"
        case .lineBreakInString: "linjeskift inne i ein tekst (manglar eit avsluttande hermeteikn?)"
        case .controlCharacter(let byte): "kontrollteikn 0x\(hex(byte)) inne i ein tekst"
        case .invalidLiteral(let word): "uventa teikn; meinte du «\(word)»?"
        case .invalidNumber: "ugyldig tal"
        case .numberOutOfRange(let text): "talet \(text) er for stort (ingen verdi i fila kan vere så stor)"
        }
    }

    public func valueKind(_ kind: JSONValueKind) -> String {
        switch kind {
        case .object: "eit objekt"
        case .array: "ei liste"
        case .string: "tekst"
        case .number: "eit tal"
        case .integer: "eit heiltal"
        case .bool: "true/false"
        case .null: "null"
        case .other(let name): name
        }
    }

    public func duration(seconds: Int) -> String {
        let minutes = seconds / 60, hours = minutes / 60, days = hours / 24
        if minutes < 1 { return "under 1 min" }
        if hours < 1 { return "\(minutes) min" }
        if days < 1 { return minutes % 60 == 0 ? "\(hours) t" : "\(hours) t \(minutes % 60) min" }
        return count(days, "døgn", "døgn")
    }

    public func lockHolder(_ holder: LockInfo, state: LockState, now: Date) -> String {
        let age = holder.age(at: now).map { " (\(duration(seconds: $0)))" } ?? ""
        let what: String = switch state {
        case .live: "i bruk"
        case .otherHost: "på ei anna maskin; kan ikkje sjekkast herifrå"
        case .dead: "prosessen finst ikkje lenger; blir teken over ved neste opning"
        case .processIDReused: "prosess-id-en er brukt av ein ny prosess; blir teken over ved neste opning"
        case .previousBoot: "maskina er starta på nytt sidan; blir teken over ved neste opning"
        case .unreadable: lockUnreadable
        }
        return "\(holder.host), prosess \(holder.pid), sidan \(timestamp(holder.since))\(age) – \(what)"
    }

    public func heldElsewhere(_ holder: LockInfo, state: LockState, now: Date) -> String {
        let age = holder.age(at: now).map { ", \(duration(seconds: $0))" } ?? ""
        let other = state == .otherHost ? " på ei anna maskin" : ""
        return "skriveverna – open i ei anna økt\(other) (\(holder.host), prosess \(holder.pid), sidan \(timestamp(holder.since))\(age))"
    }

    public var lockTakeOverLabel: String { "Ta over låsen" }

    public func lockTakeOverQuestion(_ holder: LockInfo) -> String {
        "Ta over låsen frå \(holder.host), prosess \(holder.pid), sidan \(timestamp(holder.since))? Den andre økta kan ikkje lagre etterpå. (j/n)"
    }

    public var lockReleased: String { "Den andre økta har sleppt avtalen; han er lasta inn på nytt og kan redigerast" }

    public var lockUnreadable: String { "låsfila kan ikkje lesast; blir teken over ved neste opning" }

    public func draftKeptElsewhere(_ path: String) -> String {
        "Lageret kunne ikkje skrivast; utkastet er lagra i \(path)"
    }

    public func draftFoundElsewhere(_ path: String) -> String {
        "Utkast frå ei avbroten økt funne i \(path) (lageret kunne ikkje skrivast då)"
    }

    private func at(_ path: String, _ text: String) -> String { Phrasing.at(path, text) }
    private func octal(_ mode: UInt32) -> String { Phrasing.octal(mode) }
    private func hex(_ byte: UInt8) -> String { Phrasing.hex(byte) }
}
