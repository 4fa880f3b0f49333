using WsisConnect.Grains.Abstractions.Identity;
using WsisConnect.Grains.Abstractions.Questions;
using WsisConnect.Grains.Privacy;

namespace WsisConnect.Grains.Questions;

/// <summary>A person's questions: downloaded; on deletion they stay in their sessions without the author's name.</summary>
public sealed class QuestionPersonalData(IGrainFactory grains) : IPersonalDataHolder
{
    public async Task ExportAsync(Caller person, PersonalDataDownload download) =>
        download.Questions = await grains.GetGrain<IQuestionAuthorGrain>(person.AttendeeId).ExportAsync(person);

    public async Task EraseAsync(Caller person)
    {
        var questions = grains.GetGrain<IQuestionAuthorGrain>(person.AttendeeId);
        await questions.AnonymiseAsync();
        // The index of sessions asked in goes only after every question in it is nameless.
        await questions.ForgetAsync();
    }
}
