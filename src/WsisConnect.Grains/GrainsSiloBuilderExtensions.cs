using Microsoft.Extensions.DependencyInjection;
using WsisConnect.Grains.Questions;
using WsisConnect.Grains.Storage;

namespace WsisConnect.Grains;

/// <summary>Registers what the forum's grains need in a silo.</summary>
public static class GrainsSiloBuilderExtensions
{
    /// <summary>
    /// Adds the grains' services. The silo must also have a default grain storage, an
    /// <c>IConnectionMultiplexer</c> and an <see cref="Realtime.ILiveBroadcaster"/>.
    /// </summary>
    public static ISiloBuilder AddWsisGrains(this ISiloBuilder builder)
    {
        builder.Services.AddOptions<QuestionQueueOptions>().BindConfiguration("Questions");
        builder.Services.AddOptions<StoreOptions>();
        builder.Services.AddSingleton<QuestionStore>();
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }
}
