using WsisConnect.Contracts.Identity;
using WsisConnect.Contracts.Questions;
using WsisConnect.Grains.Abstractions.Identity;

namespace WsisConnect.Grains.Abstractions.Questions;

/// <summary>
/// The questions one person asked, keyed by attendee id: the Questions feature's part of a person's data, so the
/// account export and deletion ask here instead of reading the Questions store.
/// </summary>
public interface IQuestionAuthorGrain : IGrainWithStringKey
{
    /// <summary>Every question the person asked, in every session; the person only.</summary>
    Task<QuestionView[]> ExportAsync(Caller caller);

    /// <summary>Anonymises every question the person asked, in every session (account deletion).</summary>
    Task AnonymiseAsync();

    /// <summary>Forgets in which sessions the person asked (the last step of an account deletion).</summary>
    Task ForgetAsync();
}
