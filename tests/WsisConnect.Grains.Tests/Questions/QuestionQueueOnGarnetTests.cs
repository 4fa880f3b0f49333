using WsisConnect.Grains.Tests.Infrastructure;
using Xunit;

namespace WsisConnect.Grains.Tests.Questions;

/// <summary>The queue's rules on the embedded Garnet store.</summary>
public sealed class QuestionQueueOnGarnetTests(GarnetClusterFixture fixture) : QuestionQueueTests(fixture), IClassFixture<GarnetClusterFixture>;
