using System.Reflection;

namespace WsisConnect.TypeScript;

/// <summary>How a CLR type of the wire contract is spelled in TypeScript, as System.Text.Json writes it.</summary>
public static class TypeScriptType
{
    /// <summary>The TypeScript for <paramref name="type"/>; records and enums by name, collected in <paramref name="named"/>.</summary>
    public static string Of(Type type, NullabilityInfo? nullability, ISet<Type> named)
    {
        if (Nullable.GetUnderlyingType(type) is { } inner)
        {
            return $"{Of(inner, nullability, named)} | null";
        }
        var text = NonNull(type, nullability, named);
        return !type.IsValueType && nullability?.ReadState == NullabilityState.Nullable ? $"{text} | null" : text;
    }

    private static string NonNull(Type type, NullabilityInfo? nullability, ISet<Type> named)
    {
        if (type == typeof(string) || type == typeof(DateTimeOffset) || type == typeof(DateTime) || type == typeof(DateOnly)
            || type == typeof(TimeOnly) || type == typeof(TimeSpan) || type == typeof(Guid))
        {
            return "string";
        }
        if (type == typeof(bool))
        {
            return "boolean";
        }
        if (type.IsPrimitive || type == typeof(decimal))
        {
            return "number";
        }
        if (type.IsArray)
        {
            return $"{Element(type.GetElementType()!, nullability?.ElementType, named)}[]";
        }
        if (type.IsGenericType && Dictionary(type) is { } dictionary)
        {
            return $"Record<string, {Of(dictionary.GetGenericArguments()[1], nullability?.GenericTypeArguments.ElementAtOrDefault(1), named)}>";
        }
        if (type.IsGenericType && Sequence(type) is { } sequence)
        {
            return $"{Element(sequence.GetGenericArguments()[0], nullability?.GenericTypeArguments.ElementAtOrDefault(0), named)}[]";
        }
        if (type.Namespace?.StartsWith("WsisConnect.", StringComparison.Ordinal) == true)
        {
            named.Add(type);
            return type.Name;
        }
        throw new NotSupportedException($"No TypeScript for {type} on the wire: teach {nameof(TypeScriptType)} how it is written.");
    }

    private static string Element(Type type, NullabilityInfo? nullability, ISet<Type> named)
    {
        var text = Of(type, nullability, named);
        return text.Contains('|', StringComparison.Ordinal) ? $"({text})" : text;
    }

    private static Type? Dictionary(Type type) =>
        new[] { type }.Concat(type.GetInterfaces()).FirstOrDefault(t => t.IsGenericType
            && (t.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>) || t.GetGenericTypeDefinition() == typeof(IDictionary<,>)));

    private static Type? Sequence(Type type) =>
        new[] { type }.Concat(type.GetInterfaces()).FirstOrDefault(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IEnumerable<>));
}
