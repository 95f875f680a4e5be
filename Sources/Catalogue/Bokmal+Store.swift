import AgreementStore
import Foundation

extension Bokmal {
    public func storeProblem(_ problem: StoreError.Problem) -> String {
        switch problem {
        case .notFound(let id, let suggestions):
            suggestions.isEmpty ? "fant ingen avtale «\(id)» (se «lederavtale list»)" : "fant ingen avtale «\(id)» — mente du: \(suggestions.joined(separator: ", "))?"
        case .ambiguous(let prefix, let candidates):
            "fant ingen entydig avtale «\(prefix)» — mente du: \(candidates.joined(separator: ", "))?"
        case .storeMissing: "lageret finnes ikke"
        case .storeUnusable(let e): "kan ikke bruke lageret: \(fileSystemProblem(e))"
        case .cannotCreateStore(let e): "kan ikke opprette lageret: \(fileSystemProblem(e))"
        case .storeNotWritable(let e): "kan ikke skrive i lageret: \(fileSystemProblem(e))"
        case .unreadable(let e): "kan ikke leses: \(fileSystemProblem(e))"
        case .syntax(let p): syntaxProblem(p)
        case .duplicateKey(let key): "nøkkelen «\(key)» står to ganger i samme objekt (én av verdiene ville gått tapt)"
        case .notAnObject(let found): "filen må være et JSON-objekt, fant \(valueKind(found))"
        case .versionMissing: "mangler nøkkelen «version» (skjemaversjon)"
        case .versionNotInteger: "«version» må være et heltall"
        case .versionUnknown(let v): "ukjent skjemaversjon \(v)"
        case .newerVersion(let found, let supported):
            "filen har skjemaversjon \(found), laget av en nyere lederavtale; denne versjonen kan lese til og med \(supported)"
        case .noMigration(let from, let at): "skjemaversjon \(from) kan ikke leses av denne versjonen (ingen overgang fra \(at))"
        case .migrationFailed(let from, let detail): "overgang fra skjemaversjon \(from) feilet: \(detail)"
        case .typeMismatch(let path, let expected, let found):
            at(path, "feil type: forventet \(valueKind(expected)), fant \(found.map(valueKind) ?? "noe annet")")
        case .valueMissing(let path, let expected): at(path, "mangler verdi: forventet \(valueKind(expected)), fant null")
        case .keyMissing(let path, let key): at(path, "mangler nøkkelen «\(key)»")
        case .invalidValue(let path, let value): at(path, "ugyldig verdi «\(value)»")
        case .invalidDate(let path, let value): at(path, "«\(value)» er ikke en gyldig dato (ÅÅÅÅ-MM-DD)")
        case .numberNotRepresentable(let path): at(path, "tallet passer ikke i feltet")
        case .undecodable(let path, let detail): at(path, "kan ikke leses (\(detail))")
        case .idMismatch(let found, let expected): "avtalens id «\(found)» stemmer ikke med filnavnet (\(expected))"
        case .privateIDMismatch(let found, let expected): "«agreementID» «\(found)» stemmer ikke med filnavnet (\(expected))"
        case .privateWithoutAgreement(let file): "privat fil uten avtale (\(file) mangler)"
        case .privateExposed(let mode): "punkt 4 er lesbar for andre (modus \(octal(mode))); skal være 600"
        case .privateModeFixed(let mode): "punkt 4 var lesbar for andre (modus \(octal(mode))); tilgangen er satt til 600"
        case .validation(let path, let kind): "\(path): \(validation(kind))"
        case .wheel(let path, let kind): "\(path): \(wheelIssue(kind))"
        case .guide(let path, let kind): "\(path): \(guideIssue(kind))"
        case .conversation(let path, let issue): "\(path): \(conversationIssue(issue))"
        case .nameMismatch(let key, let found, let expected): "«\(key)» «\(found)» stemmer ikke med filnavnet (\(expected))"
        case .exclusiveKeys(let path, let keys): at(path, "bare én av \(keys.map { "«\($0)»" }.joined(separator: " og ")) kan stå her")
        case .planInvalid(let path, let kind): "\(path): \(planIssue(kind))"
        case .planIDMismatch(let found, let expected): plan(.planIDMismatch(found: found, expected: expected))
        case .planLinkUnknownPlan(let id): plan(.unknownPlan(id))
        case .planLinkUnknownCode(let id, let code, let nearest): plan(.unknownCode(plan: id, code: code, nearest: nearest))
        case .unmergeable(let path): "begge sider har endret «\(path)» ulikt, og filen har ikke plass til å ta vare på begge: flett for hånd"
        case .gitConflictMarkers:
            "filen har konfliktmarkører fra git (<<<<<<<): en fletting som må fullføres for hånd (se README, «Merging by hand»)"
        case .recordedConflict(let path, let field, let place, let kind):
            "\(field.map { "\(self.place(place)) – \(fieldLabel($0.kind))" } ?? path): \(conflictKind(kind)) — avgjør det ved å endre feltet (Enter på feltet)"
        case .changedOnDisk: "filen er endret utenfor denne økten siden den ble lest"
        case .saveFailed(let e): "kunne ikke lagre: \(fileSystemProblem(e))"
        case .draftFailed(let e): "kunne ikke lagre utkastet: \(fileSystemProblem(e))"
        case .rollForwardFailed(let e): "kunne ikke fullføre en avbrutt lagring: \(fileSystemProblem(e))"
        case .writeFailed(let e): "kunne ikke skrive: \(fileSystemProblem(e))"
        case .encodingFailed(let detail): "kunne ikke kode avtalen: \(detail)"
        case .historyNotWritten(let e): "avtalen er lagret, men endringsloggen kunne ikke skrives: \(fileSystemProblem(e))"
        case .lockFailed(let e): "kunne ikke ta låsen: \(fileSystemProblem(e))"
        case .lockChanged(let holder): "låsen ble tatt av en annen økt i mellomtiden (\(holder.host), prosess \(holder.pid))"
        }
    }

    public func fileSystemProblem(_ error: FileSystemError) -> String {
        let reason: String
        switch error.reason {
        case .diskFull: reason = "disken er full"
        case .quotaExceeded: reason = "diskkvoten er brukt opp"
        case .readOnlyFileSystem: reason = "filsystemet er skrivebeskyttet"
        case .permissionDenied: reason = "ingen tilgang"
        case .notFound: reason = "finnes ikke"
        case .readOnlyFile: reason = "filen er skrivebeskyttet (ingen har skrivetilgang); den er ikke endret"
        case .exists: reason = "finnes allerede"
        case .notRegularFile(let kind): reason = notRegular(kind)
        case .tooLarge(let limit): reason = "filen er større enn grensen på \(limit / (1024 * 1024)) MB"
        case .symlinkLoop: reason = "en løkke av symbolske lenker (lenkene peker på hverandre)"
        case .notADirectory: reason = "er ikke en mappe"
        case .noReader: reason = "ingen leser i den andre enden"
        case .other: return error.systemText.isEmpty ? "ukjent feil" : error.systemText
        }
        return error.code == 0 ? reason : "\(reason) (\(error.systemText))"
    }

    private func notRegular(_ kind: FileKind) -> String {
        switch kind {
        case .directory: "er en mappe, ikke en fil"
        case .fifo: "er et navngitt rør (FIFO), ikke en vanlig fil; hoppet over"
        case .socket: "er en sokkel (socket), ikke en vanlig fil; hoppet over"
        case .characterDevice, .blockDevice: "er en enhet (device), ikke en vanlig fil; hoppet over"
        case .symbolicLink: "er en symbolsk lenke"
        case .regular, .unknown: "er ikke en vanlig fil; hoppet over"
        }
    }

    public func syntaxProblem(_ problem: JSONSyntaxProblem) -> String {
        switch problem {
        case .byteOrderMark: "filen starter med et byte-order-merke (BOM); lagre den som UTF-8 uten BOM"
        case .invalidUTF8(let byte): "ugyldig UTF-8 (byte 0x\(hex(byte)))"
        case .textAfterDocument: "uventet tekst etter slutten av JSON-dokumentet"
        case .tooDeep(let limit): "for dyp nesting (over \(limit) nivåer)"
        case .unexpectedEnd(.document): "filen slutter midt i et JSON-dokument"
        case .unexpectedEnd(.object): "filen slutter midt i et objekt"
        case .unexpectedEnd(.array): "filen slutter midt i en liste"
        case .unexpectedEnd(.string): "filen slutter midt i en tekst (mangler et avsluttende anførselstegn)"
        case .unexpectedCharacter(let c): "uventet tegn «\(c)»"
        case .expectedKey: "forventet en nøkkel i anførselstegn"
        case .expectedColon(let key): "forventet «:» etter nøkkelen «\(key)»"
        case .expectedCommaOrBrace: "forventet «,» eller «}»"
        case .expectedCommaOrBracket: "forventet «,» eller «]»"
        case .trailingComma: "komma rett før slutten av et objekt eller en liste (ikke tillatt i JSON)"
        case .invalidUnicodeEscape: "ugyldig \\u-sekvens"
        case .invalidEscape(let c): "ugyldig escape-sekvens «\\\(c)»"
        case .lineBreakInString: "linjeskift inne i en tekst (mangler et avsluttende anførselstegn?)"
        case .controlCharacter(let byte): "kontrolltegn 0x\(hex(byte)) inne i en tekst"
        case .invalidLiteral(let word): "uventet tegn; mente du «\(word)»?"
        case .invalidNumber: "ugyldig tall"
        case .numberOutOfRange(let text): "tallet \(text) er for stort (ingen verdi i filen kan være så stor)"
        }
    }

    public func valueKind(_ kind: JSONValueKind) -> String {
        switch kind {
        case .object: "et objekt"
        case .array: "en liste"
        case .string: "tekst"
        case .number: "et tall"
        case .integer: "et heltall"
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
        case .otherHost: "på en annen maskin; kan ikke sjekkes herfra"
        case .dead: "prosessen finnes ikke lenger; tas over ved neste åpning"
        case .processIDReused: "prosess-id-en er brukt av en ny prosess; tas over ved neste åpning"
        case .previousBoot: "maskinen er startet på nytt siden; tas over ved neste åpning"
        case .unreadable: lockUnreadable
        }
        return "\(holder.host), prosess \(holder.pid), siden \(timestamp(holder.since))\(age) – \(what)"
    }

    public func heldElsewhere(_ holder: LockInfo, state: LockState, now: Date) -> String {
        let age = holder.age(at: now).map { ", \(duration(seconds: $0))" } ?? ""
        let other = state == .otherHost ? " på en annen maskin" : ""
        return "skrivebeskyttet – åpen i en annen økt\(other) (\(holder.host), prosess \(holder.pid), siden \(timestamp(holder.since))\(age))"
    }

    public var lockTakeOverLabel: String { "Ta over låsen" }

    public func lockTakeOverQuestion(_ holder: LockInfo) -> String {
        "Ta over låsen fra \(holder.host), prosess \(holder.pid), siden \(timestamp(holder.since))? Den andre økten kan ikke lagre etterpå. (j/n)"
    }

    public var lockReleased: String { "Den andre økten har sluppet avtalen; den er lastet inn på nytt og kan redigeres" }

    public var lockUnreadable: String { "låsfilen kan ikke leses; tas over ved neste åpning" }

    public func draftKeptElsewhere(_ path: String) -> String {
        "Lageret kunne ikke skrives; utkastet er lagret i \(path)"
    }

    public func draftFoundElsewhere(_ path: String) -> String {
        "Utkast fra en avbrutt økt funnet i \(path) (lageret kunne ikke skrives da)"
    }

    private func at(_ path: String, _ text: String) -> String { Phrasing.at(path, text) }
    private func octal(_ mode: UInt32) -> String { Phrasing.octal(mode) }
    private func hex(_ byte: UInt8) -> String { Phrasing.hex(byte) }
}
