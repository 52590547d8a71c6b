using System.Text.Json;
using System.Text.Json.Nodes;

namespace SpbeBot.Core.Evidence.Checking;

/// <summary>
/// The JSON form of a verdict (<c>spbebot evidence check --json</c>, the bench): indicator, level (null where it cannot
/// judge), ocr, flags, found (element, quote, page), missing, document (kind, number, year, date, …), notes and reading as codes with their arguments.
/// </summary>
public static class EvidenceCheckJson
{
    static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = false,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static JsonObject ToJson(EvidenceCheck c, string? file = null)
    {
        var o = new JsonObject();
        if (file is not null) o["file"] = file;
        o["framework"] = c.Framework;
        o["indicator"] = c.Indicator;
        o["level"] = c.Level;
        o["ocr"] = c.Ocr;
        o["needsOcr"] = c.NeedsOcr;
        o["pages"] = c.Pages;
        o["flags"] = new JsonArray(c.Flags.Select(f => (JsonNode?)JsonValue.Create(f)).ToArray());
        o["seemsIndicator"] = c.SeemsIndicator;
        o["found"] = new JsonArray(c.Found.Select(f => (JsonNode?)new JsonObject { ["element"] = f.Element, ["quote"] = f.Quote, ["page"] = f.Page }).ToArray());
        o["missing"] = new JsonArray(c.Missing.Select(m => (JsonNode?)JsonValue.Create(m)).ToArray());
        o["document"] = new JsonObject
        {
            ["kind"] = c.Document.Kind,
            ["number"] = c.Document.Number,
            ["year"] = c.Document.Year,
            ["date"] = c.Document.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["signed"] = c.Document.Signed,
            ["draft"] = c.Document.Draft,
            ["instansi"] = c.Document.Instansi,
        };
        o["notes"] = new JsonArray(c.Notes.Select(n => (JsonNode?)new JsonObject
        {
            ["code"] = n.Code, ["number"] = n.Number, ["other"] = n.Other, ["name"] = n.Name, ["otherName"] = n.OtherName,
        }).ToArray());
        o["reading"] = new JsonArray(c.Reading.Select(n => (JsonNode?)new JsonObject { ["code"] = n.Code, ["from"] = n.From, ["to"] = n.To }).ToArray());
        return o;
    }

    public static string Serialize(EvidenceCheck c, string? file = null) => ToJson(c, file).ToJsonString(Options);
}
