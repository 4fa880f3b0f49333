using System.Reflection;
using System.Text;
using WsisConnect.Contracts.Polls;
using WsisConnect.Contracts.Realtime;
using WsisConnect.Contracts.Validation;
using WsisConnect.Server.Tests.Errors;

namespace WsisConnect.Server.Tests.Contract;

/// <summary>
/// Makes hub invocations that are each wrong in at least one way a server must refuse before doing anything: an
/// unknown method, too few or too many arguments, a value of the wrong JSON type, a lone surrogate, a control
/// character, a null where none is allowed, a malformed id or an enum value that does not exist; often with a huge
/// string besides. Ids are the real ones half the time, so a defect that slipped through would change real state.
/// Deterministic for a given <see cref="Random"/>.
/// </summary>
public sealed class MalformedCalls(Random random, IReadOnlyDictionary<string, string> realIds)
{
    private static readonly MethodInfo[] Methods = typeof(ILiveHub).GetMethods();
    private static readonly string[] Defects =
        ["unknown method", "missing argument", "extra argument", "wrong type", "lone surrogate", "control character", "null", "malformed id", "undefined enum"];

    /// <summary>The next call: the method name, its arguments, and what is wrong with it.</summary>
    public (string Method, object?[] Arguments, string Defect) Next()
    {
        var method = Methods[random.Next(Methods.Length)];
        var parameters = method.GetParameters();
        var arguments = parameters.Select(BaseValue).ToList();
        var defect = Defects[random.Next(Defects.Length)];
        var applicable = defect switch
        {
            "unknown method" => true,
            "missing argument" => parameters.Length > 0,
            "extra argument" => true,
            "wrong type" => parameters.Length > 0,
            "lone surrogate" or "control character" => Strings(parameters).Any(),
            "null" => parameters.Any(IsNonNullable),
            "malformed id" => parameters.Any(p => ForumIds.ForParameter(p.Name) is not null),
            "undefined enum" => parameters.Any(p => p.ParameterType.IsEnum),
            _ => false,
        };
        if (!applicable)
        {
            defect = "extra argument";
        }
        var name = method.Name;
        var defective = -1;
        switch (defect)
        {
            case "unknown method":
                name = UnknownName();
                break;
            case "missing argument":
                arguments.RemoveRange(random.Next(arguments.Count), 1);
                break;
            case "extra argument":
                for (var i = random.Next(1, 4); i > 0; i--)
                {
                    arguments.Add(Junk());
                }
                break;
            case "wrong type":
                defective = random.Next(parameters.Length);
                arguments[defective] = WrongType(parameters[defective].ParameterType);
                break;
            case "lone surrogate":
                arguments[defective = Pick(Strings(parameters))] = new RawJson($"\"{Text(8)}\\u{(random.Next(2) == 0 ? "d8" : "dc")}{random.Next(0x100):x2}{Text(4)}\"");
                break;
            case "control character":
                arguments[defective = Pick(Strings(parameters))] = Text(6) + ControlCharacter() + Text(6);
                break;
            case "null":
                arguments[defective = Pick(parameters.Select((p, i) => (p, i)).Where(x => IsNonNullable(x.p)).Select(x => x.i))] = null;
                break;
            case "malformed id":
                arguments[defective = Pick(parameters.Select((p, i) => (p, i)).Where(x => ForumIds.ForParameter(x.p.Name) is not null).Select(x => x.i))] = MalformedId();
                break;
            case "undefined enum":
                arguments[defective = Pick(parameters.Select((p, i) => (p, i)).Where(x => x.p.ParameterType.IsEnum).Select(x => x.i))] =
                    random.Next(2) == 0 ? random.Next(50, 5000) : "Not" + Text(5);
                break;
        }
        // Sometimes a huge (but frame-sized) string as well, where a string goes.
        if (random.Next(8) == 0 && arguments.Count > 0 && defect != "unknown method")
        {
            var strings = arguments.Select((a, i) => (a, i)).Where(x => x.a is string && x.i != defective).Select(x => x.i).ToList();
            if (strings.Count > 0)
            {
                arguments[Pick(strings)] = new string((char)('a' + random.Next(26)), random.Next(5_000, 20_000));
            }
        }
        return (name, [.. arguments], defect);
    }

    private object? BaseValue(ParameterInfo parameter)
    {
        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        if (type == typeof(string))
        {
            return ForumIds.ForParameter(parameter.Name) is not null
                ? random.Next(2) == 0 && realIds.TryGetValue(parameter.Name!, out var real) ? real : "fz" + random.Next(1_000_000)
                : Text(random.Next(1, 40));
        }
        if (type == typeof(bool)) return random.Next(2) == 0;
        if (type == typeof(int)) return random.Next(-5, 100);
        if (type == typeof(long)) return (long)random.Next(0, 100);
        if (type == typeof(string[])) return new[] { Text(5), Text(5) };
        if (type.IsEnum) return Enum.GetNames(type)[random.Next(Enum.GetNames(type).Length)];
        if (type == typeof(PollDraft)) return new PollDraft("Fuzz?", PollKind.SingleChoice, ["a", "b"]);
        if (type == typeof(Ballot)) return new Ballot([0]);
        throw new NotSupportedException($"No base value for {type}: teach MalformedCalls the new parameter type.");
    }

    /// <summary>A value whose JSON type the parameter cannot take.</summary>
    private object WrongType(Type parameterType)
    {
        var type = Nullable.GetUnderlyingType(parameterType) ?? parameterType;
        var choices = type == typeof(string) ? new[] { "12", "true", "{\"a\":1}", "[1,2]", "1.5" }
            : type == typeof(bool) ? ["\"yes\"", "1", "{}", "[]"]
            : type == typeof(int) || type == typeof(long) ? ["\"seven\"", "1.5", "true", "{}", "[1]", "99999999999999999999999"]
            : type.IsEnum ? ["{}", "[]", "true", "1.5"]
            : type == typeof(string[]) ? ["\"tag\"", "12", "{\"a\":\"b\"}", "[1, 2]"]
            : ["\"text\"", "12", "[1, 2]", "true", "{\"options\": \"many\"}"];
        return new RawJson(choices[random.Next(choices.Length)]);
    }

    private object? Junk() => random.Next(6) switch
    {
        0 => null,
        1 => random.Next(),
        2 => Text(10),
        3 => new RawJson("{\"nested\": [1, {\"deeper\": null}]}"),
        4 => true,
        _ => new RawJson("[\"a\", 2, 3.5]"),
    };

    private string UnknownName() => random.Next(4) switch
    {
        0 => "Hack" + Text(6),
        1 => Methods[random.Next(Methods.Length)].Name + "X",
        2 => Text(random.Next(1, 200)),
        _ => "Join\u0000Session",
    };

    private string MalformedId() => random.Next(6) switch
    {
        0 => new string('s', 65 + random.Next(1000)),
        1 => "",
        2 => "s 001",
        3 => "s001\n",
        4 => "../../etc/passwd",
        _ => "сессия" + random.Next(100),
    };

    private char ControlCharacter()
    {
        char[] controls = ['\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u000c', '\u001b', '\u001f', '\u007f', '\u0085', '\u009f'];
        return controls[random.Next(controls.Length)];
    }

    private string Text(int length)
    {
        const string alphabet = "abcdefghijklmnopqrstuvwxyz ABCDEFG 0123456789 éüøçñ ßأبجدحخ中文字日本語кириллица🌍🎉";
        var text = new StringBuilder(length);
        while (text.Length < length)
        {
            // Whole code points only: the text is well formed, the defect is elsewhere.
            var at = random.Next(alphabet.Length);
            if (char.IsLowSurrogate(alphabet[at])) at--;
            text.Append(alphabet[at]);
            if (char.IsHighSurrogate(alphabet[at])) text.Append(alphabet[at + 1]);
        }
        return text.ToString();
    }

    private int Pick(IEnumerable<int> indexes)
    {
        var list = indexes.ToList();
        return list[random.Next(list.Count)];
    }

    private static IEnumerable<int> Strings(ParameterInfo[] parameters) =>
        parameters.Select((p, i) => (p, i)).Where(x => x.p.ParameterType == typeof(string)).Select(x => x.i);

    private static bool IsNonNullable(ParameterInfo parameter)
    {
        if (parameter.ParameterType.IsValueType)
        {
            return Nullable.GetUnderlyingType(parameter.ParameterType) is null;
        }
        return new NullabilityInfoContext().Create(parameter).ReadState == NullabilityState.NotNull;
    }
}
