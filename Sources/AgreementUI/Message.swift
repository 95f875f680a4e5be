import AgreementKit

/// Something that happened, fed to `AppState.update`.
public enum Message: Sendable, Equatable {
    case key(Key)
    case resized(Size)
    /// The agreement chosen in the picker was loaded.
    case agreementLoaded(Agreement)
    /// Loading failed; the text names the file and the fault.
    case loadFailed(String)
}

/// Work the update asks the executable to do; `update` itself does no I/O.
public enum Effect: Sendable, Equatable {
    case quit
    /// Load an agreement by id and answer with `.agreementLoaded` or `.loadFailed`.
    case load(String)
}
