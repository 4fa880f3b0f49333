namespace WsisConnect.Contracts.Forum;

/// <summary>Grain keys of forum-wide singletons.</summary>
public static class ForumKeys
{
    /// <summary>The one forum this deployment runs.</summary>
    public const string Forum = "forum";
}
