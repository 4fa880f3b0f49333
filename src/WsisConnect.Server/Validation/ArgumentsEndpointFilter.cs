using WsisConnect.Contracts.Errors;

namespace WsisConnect.Server.Validation;

/// <summary>
/// The HTTP side of the hub's argument checks: every route's id parameters (named for their kind:
/// <c>{sessionId}</c>, <c>{pollId}</c>, ...), ids in bodies, and all text, refused with
/// <see cref="ErrorCodes.Invalid"/> before the handler calls a grain. Nulls and enum values are the handlers'
/// business here: their validation problems name each field.
/// </summary>
public static class ArgumentsEndpointFilter
{
    /// <summary>Adds the checks to every endpoint of <paramref name="group"/>.</summary>
    public static TBuilder CheckArguments<TBuilder>(this TBuilder group) where TBuilder : IEndpointConventionBuilder =>
        group.AddEndpointFilterFactory((factory, next) =>
        {
            var rules = ArgumentRules.For(factory.MethodInfo, ArgumentChecks.Ids | ArgumentChecks.Text);
            return invocation => rules.Check(invocation.Arguments) is { } problem
                ? throw new ForumException(ErrorCodes.Invalid, problem)
                : next(invocation);
        });
}
