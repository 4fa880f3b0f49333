using WsisConnect.Server.Tests.Infrastructure;
using Xunit;

namespace WsisConnect.Server.Tests.Contract;

/// <summary>
/// Tests generated from the contract, on a server of their own: they publish prize winners, delete accounts and
/// send thousands of malformed calls, none of which other tests should see.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ContractCollection : ICollectionFixture<ForumServerFixture>
{
    public const string Name = "contract";
}
