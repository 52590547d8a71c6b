// Under libfaketime: many Task.Delay polls (Eventually), Process.WaitForExit with a timeout, async process reads, GC.
open System
open System.Diagnostics
open System.Threading
open System.Threading.Tasks
let delays = ref 0L
let procs = ref 0L
let poller () = task { while true do do! Task.Delay 10
                                     Interlocked.Increment(&delays.contents) |> ignore }
let runner () = Task.Run(fun () ->
    while true do
        use p = Process.Start(ProcessStartInfo("sleep", "0.05", RedirectStandardOutput = true, UseShellExecute = false))
        let r = p.StandardOutput.ReadToEndAsync()
        if not (p.WaitForExit 600000) then printfn "WaitForExit timed out"
        r.Wait()
        Interlocked.Increment(&procs.contents) |> ignore)
let garbage () = Task.Run(fun () -> while true do (Array.zeroCreate<byte> 100000 |> ignore); Thread.Sleep 1)
let all = [ for _ in 1..40 -> poller () :> Task ] @ [ for _ in 1..4 -> runner () ] @ [ garbage () ]
let sw = Stopwatch.StartNew()
while true do
    Thread.Sleep 1000
    printfn "%s %.0f s delays=%d procs=%d" (DateTime.UtcNow.ToString "yyyy-MM-dd HH:mm:ss") sw.Elapsed.TotalSeconds delays.Value procs.Value
    Console.Out.Flush()
