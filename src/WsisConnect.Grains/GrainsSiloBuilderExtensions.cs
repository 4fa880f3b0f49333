using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;
using StackExchange.Redis;
using WsisConnect.Grains.Agenda;
using WsisConnect.Grains.Badges;
using WsisConnect.Grains.Contacts;
using WsisConnect.Grains.Directory;
using WsisConnect.Grains.Identity;
using WsisConnect.Grains.Leaderboard;
using WsisConnect.Grains.Messages;
using WsisConnect.Grains.Monitoring;
using WsisConnect.Grains.Polls;
using WsisConnect.Grains.Presence;
using WsisConnect.Grains.Privacy;
using WsisConnect.Grains.Prizes;
using WsisConnect.Grains.Profiles;
using WsisConnect.Grains.Questions;
using WsisConnect.Grains.Storage;

namespace WsisConnect.Grains;

/// <summary>Registers what the forum's grains need in a silo.</summary>
public static class GrainsSiloBuilderExtensions
{
    /// <summary>
    /// Adds the grains' services and the filter that turns store faults into <c>store.unavailable</c>. The silo
    /// must also have a default grain storage, an <c>IConnectionMultiplexer</c>, an <see cref="Realtime.ILiveBroadcaster"/>
    /// and, for badges, an <see cref="IBadgeSigningKey"/>.
    /// </summary>
    public static ISiloBuilder AddWsisGrains(this ISiloBuilder builder)
    {
        builder.Services.AddOptions<QuestionQueueOptions>().BindConfiguration("Questions");
        builder.Services.AddOptions<SignInOptions>().BindConfiguration("Auth")
            .Validate(o => o.CodeAttempts > 0 && o.CodeWindow > TimeSpan.Zero && o.CodeLockout > TimeSpan.Zero,
                "Auth:CodeAttempts, Auth:CodeWindow and Auth:CodeLockout must be positive.")
            .ValidateOnStart();
        builder.Services.AddOptions<MessageOptions>().BindConfiguration("Messages")
            .Validate(o => o.MaxPerWindow > 0 && o.Window > TimeSpan.Zero, "Messages:MaxPerWindow and Messages:Window must be positive.")
            .ValidateOnStart();
        builder.Services.AddOptions<ContactOptions>().BindConfiguration("Contacts")
            .Validate(o => o.IncomingRequestsPerWindow > 0 && o.IncomingRequestWindow > TimeSpan.Zero,
                "Contacts:IncomingRequestsPerWindow and Contacts:IncomingRequestWindow must be positive.")
            .ValidateOnStart();
        builder.Services.AddOptions<AgendaOptions>().BindConfiguration("Agenda")
            .Validate(o => o.PushInterval > TimeSpan.Zero && o.MaxSessionsPerPush > 0, "Agenda:PushInterval and Agenda:MaxSessionsPerPush must be positive.")
            .ValidateOnStart();
        builder.Services.AddOptions<StoreOptions>();
        builder.Services.AddSingleton<IdentityStore>();
        builder.Services.AddSingleton<QuestionStore>();
        builder.Services.AddSingleton<AttendanceTallies>();
        builder.Services.AddSingleton<BadgeTokens>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<LeaderboardStore>();
        builder.Services.AddSingleton<PointsFeed>();
        // What each feature holds about a person, for the download and the erasure (Privacy/AccountGrain walks them
        // in this order). Messages before Contacts: conversations are found through the contact book it erases.
        // Questions first, so they lose their author's name before anything else goes.
        builder.Services.AddSingleton<IPersonalDataHolder, QuestionPersonalData>();
        builder.Services.AddSingleton<IPersonalDataHolder, MessagePersonalData>();
        builder.Services.AddSingleton<IPersonalDataHolder, ContactPersonalData>();
        builder.Services.AddSingleton<IPersonalDataHolder, PresencePersonalData>();
        builder.Services.AddSingleton<IPersonalDataHolder, ProfilePersonalData>();
        builder.Services.AddSingleton<IPersonalDataHolder, DirectoryPersonalData>();
        builder.Services.AddSingleton<IPersonalDataHolder, BadgePersonalData>();
        builder.Services.AddSingleton<IPersonalDataHolder, LeaderboardPersonalData>();
        builder.Services.AddSingleton<IPersonalDataHolder, PollPersonalData>();
        builder.Services.AddSingleton<IPersonalDataHolder, PrizePersonalData>();
        // Each area's meters, counted where the event happens (see Telemetry/ForumMeter); the host decides who listens.
        builder.Services.AddMetrics();
        builder.Services.AddSingleton<StoreMetrics>();
        builder.Services.AddSingleton<PollMetrics>();
        builder.Services.AddSingleton<PrizeMetrics>();
        builder.Services.AddSingleton<QuestionMetrics>();
        builder.Services.AddSingleton<LeaderboardMetrics>();
        builder.Services.AddSingleton<SessionActivity>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<PointsFeed>());
        builder.AddIncomingGrainCallFilter<StoreFaultFilter>();
        // A store fault that escapes the filter (one thrown while a grain activates) must still cross nodes:
        // without this Orleans has no codec for the Redis client's exceptions and the caller gets a codec error.
        builder.Services.Configure<ExceptionSerializationOptions>(o => o.SupportedNamespacePrefixes.Add("StackExchange.Redis"));
        // Our stateless workers are keyed per person (check-ins, inbox, account): one context each, thousands of them.
        // Proactive idle-worker removal gives every context its own timer firing every second, so 3,000 people cost
        // 3,000 timer callbacks and message-loop wake-ups a second even when nobody does anything (measured: 3,008
        // timers on an idle demo server, 4% of the CPU of a prize-vote run in timer dispatch alone). One worker per
        // key is all these grains ever need; the activation collector removes them when idle, like any grain.
        builder.Services.Configure<StatelessWorkerOptions>(o => o.RemoveIdleWorkers = false);
        // First among the providers, so Orleans asks it before reading attributes (see the type for why).
        builder.Services.Insert(0, ServiceDescriptor.Singleton<IGrainInterfaceTypeProvider, RememberedGrainInterfaceTypes>());
        return builder;
    }

    /// <summary>
    /// Makes Redis the default grain storage, with Orleans' own serializer: stored state then follows the
    /// <c>[Id]</c> and <c>[Alias]</c> of its types, so renaming a type or adding a field keeps old state readable
    /// (the provider's default JSON records CLR type names, and cannot read compiler-made collection types back).
    /// </summary>
    public static ISiloBuilder UseWsisGrainStorage(this ISiloBuilder builder, Func<IServiceProvider, string> connectionString)
    {
        builder.AddRedisGrainStorageAsDefault(options => options.Configure<IServiceProvider>((o, services) =>
        {
            o.ConfigurationOptions = ConfigurationOptions.Parse(connectionString(services));
            o.GrainStorageSerializer = new OrleansGrainStorageSerializer(services.GetRequiredService<Serializer>());
        }));
        return builder;
    }
}
