using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using WsisConnect.Contracts.Validation;

namespace WsisConnect.Server.Validation;

/// <summary>
/// Checks what a hub method or HTTP handler is about to receive, before it runs and before any grain is called:
/// ids by their parameter or property name, text, enum values and non-nullable parameters, down into the records
/// of this application. Built once per method from its signature; <see cref="Check"/> returns the first problem.
/// </summary>
public sealed class ArgumentRules
{
    private const int MaxDepth = 4;
    private static readonly ConcurrentDictionary<(MethodInfo, ArgumentChecks), ArgumentRules> ByMethod = new();
    private static readonly ConcurrentDictionary<Type, ValueRule[]> PropertiesByType = new();
    private static readonly Lock Reflecting = new();

    private readonly ValueRule?[] _parameters;
    private readonly ArgumentChecks _checks;

    private ArgumentRules(MethodInfo method, ArgumentChecks checks)
    {
        _checks = checks;
        lock (Reflecting)
        {
            var nullability = new NullabilityInfoContext();
            _parameters = [.. method.GetParameters().Select(p => IsChecked(p.ParameterType)
                ? new ValueRule(p.Name ?? "argument", nullability.Create(p), ForumIds.ForParameter(p.Name))
                : null)];
        }
    }

    /// <summary>The rules for <paramref name="method"/>'s parameters.</summary>
    public static ArgumentRules For(MethodInfo method, ArgumentChecks checks) =>
        ByMethod.GetOrAdd((method, checks), key => new ArgumentRules(key.Item1, key.Item2));

    /// <summary>The first problem with <paramref name="arguments"/> (aligned with the parameters), or null when they pass.</summary>
    public string? Check(IEnumerable<object?> arguments)
    {
        var i = 0;
        foreach (var argument in arguments)
        {
            if (i >= _parameters.Length)
            {
                break;
            }
            if (_parameters[i++] is { } rule && Problem(rule, argument, rule.Name, 0) is { } problem)
            {
                return problem;
            }
        }
        return null;
    }

    private string? Problem(ValueRule rule, object? value, string path, int depth)
    {
        switch (value)
        {
            case null:
                return _checks.HasFlag(ArgumentChecks.Nulls) && rule.Nullability.ReadState == NullabilityState.NotNull
                    ? $"'{path}' is required."
                    : null;
            case string text:
                if (_checks.HasFlag(ArgumentChecks.Text) && !ForumText.IsWellFormed(text))
                {
                    return $"'{path}' is not well-formed text (a lone surrogate or a control character).";
                }
                return _checks.HasFlag(ArgumentChecks.Ids) && rule.Id is { } id && !id.Accepts(text) ? id.Describe(path) : null;
            case Enum choice:
                return _checks.HasFlag(ArgumentChecks.Enums) && !Enum.IsDefined(choice.GetType(), choice)
                    && !choice.GetType().IsDefined(typeof(FlagsAttribute), inherit: false)
                    ? $"'{path}' is not one of {string.Join(", ", Enum.GetNames(choice.GetType()))}."
                    : null;
            case IEnumerable items when depth < MaxDepth && value is not IDictionary:
                var element = new ValueRule(rule.Name, rule.Nullability.ElementType ?? rule.Nullability.GenericTypeArguments.FirstOrDefault() ?? rule.Nullability, null);
                var index = 0;
                foreach (var item in items)
                {
                    if (Problem(element, item, $"{path}[{index++}]", depth + 1) is { } problem)
                    {
                        return problem;
                    }
                }
                return null;
            default:
                if (depth >= MaxDepth || !IsRecordOfOurs(value.GetType()))
                {
                    return null;
                }
                foreach (var property in PropertiesOf(value.GetType()))
                {
                    if (Problem(property, property.Property!.GetValue(value), $"{path}.{property.Name}", depth + 1) is { } problem)
                    {
                        return problem;
                    }
                }
                return null;
        }
    }

    private static ValueRule[] PropertiesOf(Type type) => PropertiesByType.GetOrAdd(type, t =>
    {
        lock (Reflecting)
        {
            var nullability = new NullabilityInfoContext();
            return [.. t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && IsChecked(p.PropertyType))
                .Select(p => new ValueRule(JsonName(p.Name), nullability.Create(p), ForumIds.ForParameter(JsonName(p.Name)), p))];
        }
    });

    /// <summary>Strings, enums, collections and our own records; services, contexts and numbers need nothing.</summary>
    private static bool IsChecked(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t == typeof(string) || t.IsEnum || (t != typeof(string) && typeof(IEnumerable).IsAssignableFrom(t) && !typeof(IDictionary).IsAssignableFrom(t))
            || IsRecordOfOurs(t);
    }

    private static bool IsRecordOfOurs(Type type) =>
        type.IsClass && type.Namespace?.StartsWith("WsisConnect.", StringComparison.Ordinal) == true;

    private static string JsonName(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private sealed record ValueRule(string Name, NullabilityInfo Nullability, IdRule? Id, PropertyInfo? Property = null);
}
