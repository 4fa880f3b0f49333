using WsisConnect.Grains.Tests.Infrastructure;
using Xunit;

namespace WsisConnect.Grains.Tests.Questions;

/// <summary>An asker's edits and deletes on the embedded Garnet store.</summary>
public sealed class OwnQuestionOnGarnetTests(GarnetClusterFixture fixture) : OwnQuestionTests(fixture), IClassFixture<GarnetClusterFixture>;
