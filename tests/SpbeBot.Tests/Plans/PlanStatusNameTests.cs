using SpbeBot.Core.Plans;
using SpbeBot.Core.Plans.Export;
using SpbeBot.Core.Plans.Import;
using SpbeBot.Dialogs.Conversation;

namespace SpbeBot.Tests.Plans;

/// <summary>One name per plan status: the chat's Indonesian names, in exports too, and the importer reads them back.</summary>
public class PlanStatusNameTests
{
    [Theory]
    [InlineData(PlanStatus.Open, "Belum dimulai")]
    [InlineData(PlanStatus.InProgress, "Sedang berjalan")]
    [InlineData(PlanStatus.Done, "Selesai")]
    [InlineData(PlanStatus.Cancelled, "Dibatalkan")]
    public void Export_and_chat_use_the_same_name_and_it_imports_back(PlanStatus status, string name)
    {
        Assert.Equal(name, ConversationTexts.Id.StatusName(status));
        Assert.Equal(name, PlanExporter.StatusText(status));
        Assert.Equal(status, CellValues.Status(name).Status);
    }
}
