using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace WsisConnect.Server.Tests.Architecture;

/// <summary>
/// Which features of a compiled assembly use which, read from its metadata (System.Reflection.Metadata, no loading):
/// a type's base type and interfaces, the signatures of its fields, properties and methods, its methods' locals,
/// and every type, method and field their IL names. Compiler-made types (async state machines, lambdas' closures)
/// count for the type they are nested in. A feature is the namespace segment after <c>rootNamespace</c>.
/// </summary>
public static class FeatureReferences
{
    /// <summary>One use of a type of feature <c>To</c> by a type of feature <c>From</c>.</summary>
    public sealed record Use(string From, string To, string FromType, string ToType);

    private static readonly Dictionary<short, OperandType> Operands = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value, o => o.OperandType);

    /// <summary>
    /// Every use across features in the assembly at <paramref name="path"/>; types directly in
    /// <paramref name="rootNamespace"/> (the composition root) are left out as users.
    /// </summary>
    public static IReadOnlyList<Use> Of(string path, string rootNamespace)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var md = pe.GetMetadataReader();
        var provider = new SignatureTypes();
        var uses = new List<Use>();
        foreach (var handle in md.TypeDefinitions)
        {
            var owner = Outermost(md, handle);
            if (Feature(md, owner, rootNamespace) is not { } from) continue;
            var used = new HashSet<TypeDefinitionHandle>();
            var type = md.GetTypeDefinition(handle);
            AddEntity(md, provider, type.BaseType, used);
            foreach (var implementation in type.GetInterfaceImplementations())
            {
                AddEntity(md, provider, md.GetInterfaceImplementation(implementation).Interface, used);
            }
            foreach (var field in type.GetFields())
            {
                used.UnionWith(md.GetFieldDefinition(field).DecodeSignature(provider, null));
            }
            foreach (var property in type.GetProperties())
            {
                var signature = md.GetPropertyDefinition(property).DecodeSignature(provider, null);
                used.UnionWith(signature.ReturnType.Concat(signature.ParameterTypes.SelectMany(p => p)));
            }
            foreach (var methodHandle in type.GetMethods())
            {
                var method = md.GetMethodDefinition(methodHandle);
                var signature = method.DecodeSignature(provider, null);
                used.UnionWith(signature.ReturnType.Concat(signature.ParameterTypes.SelectMany(p => p)));
                if (method.RelativeVirtualAddress == 0) continue;
                var body = pe.GetMethodBody(method.RelativeVirtualAddress);
                if (!body.LocalSignature.IsNil)
                {
                    used.UnionWith(md.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(provider, null).SelectMany(l => l));
                }
                foreach (var token in Tokens(body.GetILReader()))
                {
                    AddEntity(md, provider, MetadataTokens.EntityHandle(token), used);
                }
            }
            foreach (var target in used.Select(u => Outermost(md, u)).Distinct())
            {
                if (Feature(md, target, rootNamespace) is { } to && to != from)
                {
                    uses.Add(new Use(from, to, Name(md, owner), Name(md, target)));
                }
            }
        }
        return uses;
    }

    private static string? Feature(MetadataReader md, TypeDefinitionHandle handle, string rootNamespace)
    {
        var ns = md.GetString(md.GetTypeDefinition(handle).Namespace);
        if (!ns.StartsWith(rootNamespace + ".", StringComparison.Ordinal)) return null;
        return ns[(rootNamespace.Length + 1)..].Split('.')[0];
    }

    private static TypeDefinitionHandle Outermost(MetadataReader md, TypeDefinitionHandle handle)
    {
        for (var declaring = md.GetTypeDefinition(handle).GetDeclaringType(); !declaring.IsNil; declaring = md.GetTypeDefinition(handle).GetDeclaringType())
        {
            handle = declaring;
        }
        return handle;
    }

    private static string Name(MetadataReader md, TypeDefinitionHandle handle) => md.GetString(md.GetTypeDefinition(handle).Name);

    private static void AddEntity(MetadataReader md, SignatureTypes provider, EntityHandle handle, HashSet<TypeDefinitionHandle> used)
    {
        if (handle.IsNil) return;
        switch (handle.Kind)
        {
            case HandleKind.TypeDefinition:
                used.Add((TypeDefinitionHandle)handle);
                break;
            case HandleKind.TypeSpecification:
                used.UnionWith(md.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(provider, null));
                break;
            case HandleKind.FieldDefinition:
                used.Add(md.GetFieldDefinition((FieldDefinitionHandle)handle).GetDeclaringType());
                break;
            case HandleKind.MethodDefinition:
                used.Add(md.GetMethodDefinition((MethodDefinitionHandle)handle).GetDeclaringType());
                break;
            case HandleKind.MemberReference:
                // A member of a constructed generic type (List<Contact>.Add) names its type arguments in its parent.
                AddEntity(md, provider, md.GetMemberReference((MemberReferenceHandle)handle).Parent, used);
                break;
            case HandleKind.MethodSpecification:
                var specification = md.GetMethodSpecification((MethodSpecificationHandle)handle);
                AddEntity(md, provider, specification.Method, used);
                used.UnionWith(specification.DecodeSignature(provider, null).SelectMany(a => a));
                break;
        }
    }

    /// <summary>The metadata tokens an IL body names (types, methods, fields), walked opcode by opcode.</summary>
    private static IEnumerable<int> Tokens(BlobReader il)
    {
        var tokens = new List<int>();
        while (il.RemainingBytes > 0)
        {
            var first = il.ReadByte();
            var code = first == 0xFE ? unchecked((short)(0xFE00 | il.ReadByte())) : first;
            switch (Operands[code])
            {
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType:
                    tokens.Add(il.ReadInt32());
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    il.Offset += 1;
                    break;
                case OperandType.InlineVar:
                    il.Offset += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    il.Offset += 8;
                    break;
                case OperandType.InlineSwitch:
                    var targets = il.ReadInt32();
                    il.Offset += 4 * targets;
                    break;
                default: // InlineBrTarget, InlineI, InlineSig, InlineString, ShortInlineR
                    il.Offset += 4;
                    break;
            }
        }
        return tokens;
    }

    /// <summary>Decodes a signature into the types of this assembly it names, generic arguments included.</summary>
    private sealed class SignatureTypes : ISignatureTypeProvider<ImmutableArray<TypeDefinitionHandle>, object?>
    {
        private static readonly ImmutableArray<TypeDefinitionHandle> None = [];

        public ImmutableArray<TypeDefinitionHandle> GetArrayType(ImmutableArray<TypeDefinitionHandle> elementType, ArrayShape shape) => elementType;
        public ImmutableArray<TypeDefinitionHandle> GetByReferenceType(ImmutableArray<TypeDefinitionHandle> elementType) => elementType;
        public ImmutableArray<TypeDefinitionHandle> GetFunctionPointerType(MethodSignature<ImmutableArray<TypeDefinitionHandle>> signature) =>
            [.. signature.ReturnType, .. signature.ParameterTypes.SelectMany(p => p)];
        public ImmutableArray<TypeDefinitionHandle> GetGenericInstantiation(ImmutableArray<TypeDefinitionHandle> genericType, ImmutableArray<ImmutableArray<TypeDefinitionHandle>> typeArguments) =>
            [.. genericType, .. typeArguments.SelectMany(a => a)];
        public ImmutableArray<TypeDefinitionHandle> GetGenericMethodParameter(object? genericContext, int index) => None;
        public ImmutableArray<TypeDefinitionHandle> GetGenericTypeParameter(object? genericContext, int index) => None;
        public ImmutableArray<TypeDefinitionHandle> GetModifiedType(ImmutableArray<TypeDefinitionHandle> modifier, ImmutableArray<TypeDefinitionHandle> unmodifiedType, bool isRequired) => unmodifiedType;
        public ImmutableArray<TypeDefinitionHandle> GetPinnedType(ImmutableArray<TypeDefinitionHandle> elementType) => elementType;
        public ImmutableArray<TypeDefinitionHandle> GetPointerType(ImmutableArray<TypeDefinitionHandle> elementType) => elementType;
        public ImmutableArray<TypeDefinitionHandle> GetPrimitiveType(PrimitiveTypeCode typeCode) => None;
        public ImmutableArray<TypeDefinitionHandle> GetSZArrayType(ImmutableArray<TypeDefinitionHandle> elementType) => elementType;
        public ImmutableArray<TypeDefinitionHandle> GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => [handle];
        public ImmutableArray<TypeDefinitionHandle> GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => None;
        public ImmutableArray<TypeDefinitionHandle> GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
            reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);
    }
}
