using System.Text;
using SpbeBot.Host.Cli;
using SpbeBot.Dialogs.Cli;

// Composition root of the `spbebot` executable: every CLI command lives in Cli/, one file each.
Console.OutputEncoding = Encoding.UTF8;
Console.InputEncoding = Encoding.UTF8;

var texts = CommandLineTexts.Machine;
var parse = CliRoot.Create(texts).Parse(args);
// What cannot be read is refused here, for every command, in the machine's language; nothing runs.
if (CliInput.Refusals(parse, texts) is { Count: > 0 } refusals)
{
    foreach (var refusal in refusals) Console.Error.WriteLine(refusal);
    return 2;
}
return await parse.InvokeAsync();
