import AgreementStore

/// A sync the app asked for and has not heard back from: the agreement open then and its file
/// as the session knew it, to tell on the answer whether it was saved meanwhile.
public struct SyncRun: Equatable, Sendable {
    public var agreementID: String
    public var stamp: FileStamp?

    public init(agreementID: String, stamp: FileStamp?) {
        self.agreementID = agreementID
        self.stamp = stamp
    }
}
