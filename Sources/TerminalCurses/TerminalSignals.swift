import CNcursesw

/// The signal side of the terminal, for code that runs long between keys.
public enum TerminalSignals {
    /// A quit signal (SIGINT, SIGTERM, SIGHUP, SIGQUIT) that has arrived and not yet been taken
    /// by `readKey`, or nil. Long loops (scrolling a huge log, a search) poll it and stop early,
    /// so the session can keep the draft, release the lock and exit. Reading it does not take it.
    public static var pending: Int32? {
        let number = cn_peek_signal()
        return number == 0 ? nil : number
    }

    /// How long a quit signal may wait to be taken before the process ends from the signal side
    /// (terminal restored, registered files removed, exit 128 + signal): a loop stuck in long
    /// work still dies promptly. 3 seconds unless set; 0 turns the watchdog off.
    public static func setGracePeriod(seconds: Int) {
        cn_set_quit_grace(Int32(seconds))
    }

    /// Registers a file (a lock) for the watchdog's emergency exit to remove; at most 8.
    @discardableResult
    public static func removeOnEmergencyExit(_ path: String) -> Bool {
        cn_register_cleanup_path(path) == 1
    }

    /// Forgets a file registered with `removeOnEmergencyExit` (the lock was released).
    public static func keepOnEmergencyExit(_ path: String) {
        cn_unregister_cleanup_path(path)
    }

    /// Blocks until the first quit signal arrives and returns its number (nil when it cannot
    /// wait). For one watchdog thread, started after the terminal is opened.
    public static func waitForQuitSignal() -> Int32? {
        let number = cn_wait_quit_signal()
        return number > 0 ? number : nil
    }

    /// Gives the pending quit signal's emergency exit `seconds` more from now (a watchdog thread
    /// that keeps the draft first needs the time on a slow disk).
    public static func extendGracePeriod(seconds: Int) {
        cn_extend_quit_grace(Int32(seconds))
    }

    /// Ends the process at once, as the watchdog does: the terminal restored, registered files
    /// removed, exit status 128 + `signal`.
    public static func emergencyExit(_ signal: Int32) -> Never {
        cn_emergency_exit(signal)
        fatalError("cn_emergency_exit returned")
    }
}
