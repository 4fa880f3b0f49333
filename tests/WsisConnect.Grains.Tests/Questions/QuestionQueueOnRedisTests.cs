using WsisConnect.Grains.Tests.Infrastructure;
using Xunit;

namespace WsisConnect.Grains.Tests.Questions;

/// <summary>The queue's rules on Debian's redis-server.</summary>
public sealed class QuestionQueueOnRedisTests(RedisClusterFixture fixture) : QuestionQueueTests(fixture), IClassFixture<RedisClusterFixture>;
