using Xunit;

namespace WsisConnect.Server.Tests.Infrastructure;

/// <summary>Tests that share one in-process server.</summary>
[CollectionDefinition(Name)]
public sealed class ServerCollection : ICollectionFixture<ForumServerFixture>
{
    public const string Name = "server";
}
