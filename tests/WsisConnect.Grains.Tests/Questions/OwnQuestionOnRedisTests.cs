using WsisConnect.Grains.Tests.Infrastructure;
using Xunit;

namespace WsisConnect.Grains.Tests.Questions;

/// <summary>An asker's edits and deletes on Debian's redis-server.</summary>
public sealed class OwnQuestionOnRedisTests(RedisClusterFixture fixture) : OwnQuestionTests(fixture), IClassFixture<RedisClusterFixture>;
