import AgreementUI

extension InProcessBench {
    /// The most a key may take at the sizes that once froze the app (issue 14.6, 14.8).
    static let scaleKeyMs = 5.0

    /// Key → frame (update + render) in the scale scripts: a 5,000-entry log row chosen,
    /// scrolled and searched, 300 goal areas, a 200 kB field being edited.
    mutating func scale() throws {
        try Self.scale(rounds: max(3, iterations / 10), into: &table, sink: &sink)
    }

    /// The scale rows, `rounds` rounds of each script's keys after one unmeasured round.
    static func scale(rounds: Int, into table: inout ResultTable, sink: inout Int) throws {
        for script in CostScript.scale {
            var state = try script.start()
            sink &+= Renderer.render(state, size: script.size).cells.count
            var frames: [Double] = []
            for round in -1..<rounds {
                for key in script.keys {
                    let start = Stopwatch.clock.now
                    sink &+= state.update(.key(key)).count
                    sink &+= Renderer.render(state, size: script.size).cells.count
                    if round >= 0 { frames.append(Stopwatch.milliseconds(Stopwatch.clock.now - start)) }
                }
            }
            let samples = Samples(frames)
            table.check("key → frame, \(script.what): max", "\(Format.ms(samples.max)) (median \(Format.ms(samples.median)), n \(samples.count))",
                        target: "≤ \(Format.ms(scaleKeyMs))", ok: samples.max <= scaleKeyMs)
        }
    }
}
