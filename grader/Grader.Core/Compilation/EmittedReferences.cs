using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using Microsoft.CodeAnalysis;

namespace Grader.Compilation;

/// <summary>
/// Reads from a compiled image what its code uses of other assemblies. Everything code can do to the world outside
/// its own assembly goes through these references, so an image without a worrying one cannot reach beyond its load
/// context, whatever its source says. The scan errs on the side of concern: a reference it is unsure of counts.
/// </summary>
internal sealed class EmittedReferences
{
    // Members of worrying types that the compiler itself emits for ordinary code (typeof, array and collection
    // initializers, records, ranges), each harmless even when called by hand.
    private static readonly HashSet<(string Type, string Member)> CompilerHelpers =
    [
        ("System.Type", "GetTypeFromHandle"),
        ("System.Runtime.CompilerServices.RuntimeHelpers", "InitializeArray"),
        ("System.Runtime.CompilerServices.RuntimeHelpers", "CreateSpan"),
        ("System.Runtime.CompilerServices.RuntimeHelpers", "EnsureSufficientExecutionStack"),
        ("System.Runtime.CompilerServices.RuntimeHelpers", "GetSubArray"),
        ("System.Runtime.InteropServices.CollectionsMarshal", "SetCount"),
        ("System.Runtime.InteropServices.CollectionsMarshal", "AsSpan"),
        ("System.Reflection.DefaultMemberAttribute", ".ctor"),
    ];

    // Members the compiler uses inside <PrivateImplementationDetails> for inline arrays (collection expressions,
    // params spans). Called from anywhere else, they are the learner's own unsafe casts.
    private static readonly HashSet<(string Type, string Member)> InlineArrayHelpers =
    [
        ("System.Runtime.CompilerServices.Unsafe", "As"),
        ("System.Runtime.CompilerServices.Unsafe", "Add"),
        ("System.Runtime.CompilerServices.Unsafe", "AsRef"),
        ("System.Runtime.InteropServices.MemoryMarshal", "CreateSpan"),
        ("System.Runtime.InteropServices.MemoryMarshal", "CreateReadOnlySpan"),
    ];

    // Types named only for the members above, an indexer's attribute or an 'in' parameter's marker; their members are
    // judged one by one.
    private static readonly HashSet<string> HelperTypes =
    [
        .. CompilerHelpers.Concat(InlineArrayHelpers).Select(helper => helper.Type),
        "System.Runtime.InteropServices.InAttribute",
    ];

    private const string PrivateImplementationDetails = "<PrivateImplementationDetails>";

    private readonly PEReader _image;
    private readonly MetadataReader _metadata;
    private readonly Microsoft.CodeAnalysis.Compilation _compilation;
    private readonly Lazy<HashSet<int>> _tokensInOwnCode;

    private EmittedReferences(PEReader image, Microsoft.CodeAnalysis.Compilation compilation)
    {
        _image = image;
        _metadata = image.GetMetadataReader();
        _compilation = compilation;
        _tokensInOwnCode = new(ReadTokensInOwnCode);
    }

    /// <param name="image">The compiled assembly.</param>
    /// <param name="compilation">The compilation it came from, to look up the fields it uses.</param>
    public static bool MayReachBeyondItsContext(byte[] image, Microsoft.CodeAnalysis.Compilation compilation) =>
        FindWorryingReference(image, compilation) is not null;

    /// <returns>The first reference of concern, as type and member, or null when there is none.</returns>
    public static string? FindWorryingReference(byte[] image, Microsoft.CodeAnalysis.Compilation compilation)
    {
        using var pe = new PEReader(ImmutableArray.Create(image));
        return new EmittedReferences(pe, compilation).FindWorrying();
    }

    private string? FindWorrying() =>
        FindNativeMethod()
        ?? FindFieldsLaidOutByHand()
        ?? _metadata.TypeReferences.Select(handle => FullName(handle).Display).FirstOrDefault(IsWorryingType)
        ?? _metadata.MemberReferences.Select(Judge).FirstOrDefault(found => found is not null);

    private string? FindNativeMethod() =>
        _metadata.MethodDefinitions.Select(_metadata.GetMethodDefinition).Where(method =>
                (method.Attributes & MethodAttributes.PinvokeImpl) != 0
                || (method.ImplAttributes & MethodImplAttributes.InternalCall) != 0
                || method.RelativeVirtualAddress == 0
                   && (method.Attributes & MethodAttributes.Abstract) == 0
                   && (method.ImplAttributes & MethodImplAttributes.CodeTypeMask) != MethodImplAttributes.Runtime)
            .Select(method => $"the native method {_metadata.GetString(method.Name)}")
            .FirstOrDefault();

    // StructLayout and FieldOffset are kept in the type's own flags and tables, not as attributes, so they leave no reference
    // behind. Fields laid over each other see one object as another type, a string as an array of characters that can be
    // written, say, without the word unsafe. The compiler's own blocks of constant data are laid out so too, with no fields.
    private string? FindFieldsLaidOutByHand() =>
        _metadata.TypeDefinitions.Select(_metadata.GetTypeDefinition)
            .Where(type => (type.Attributes & TypeAttributes.LayoutMask) == TypeAttributes.ExplicitLayout && type.GetFields().Count > 0)
            .Select(type => $"the type {_metadata.GetString(type.Name)}, whose fields are laid out by hand")
            .FirstOrDefault();

    private static bool IsWorryingType(string typeName) => !HelperTypes.Contains(typeName) && RiskyApis.IsRiskyType(typeName);

    private string? Judge(MemberReferenceHandle handle)
    {
        var member = _metadata.GetMemberReference(handle);
        var name = _metadata.GetString(member.Name);
        if (name.StartsWith("set_", StringComparison.Ordinal) && !_metadata.GetBlobReader(member.Signature).ReadSignatureHeader().IsInstance)
        {
            return $"the static property {name[4..]} of another assembly, set";
        }

        var parent = member.Parent.Kind switch
        {
            HandleKind.TypeReference => (TypeReferenceHandle)member.Parent,
            HandleKind.TypeSpecification => GenericTypeOf((TypeSpecificationHandle)member.Parent),
            _ => (EntityHandle?)null,
        };
        return parent switch
        {
            { Kind: HandleKind.TypeReference } type => Judge(handle, member, FullName((TypeReferenceHandle)type), name),
            { Kind: HandleKind.TypeDefinition } => null, // a member of one of its own generic types
            null when member.Parent.Kind != HandleKind.TypeSpecification => null, // its own method, called with varargs
            _ => $"the member {name} of a type it builds in an unusual way",
        };
    }

    private string? Judge(MemberReferenceHandle handle, MemberReference member, TypeName type, string name)
    {
        if (CompilerHelpers.Contains((type.Display, name)))
        {
            return null;
        }

        if (InlineArrayHelpers.Contains((type.Display, name)))
        {
            return IsUsedByOwnCode(handle) ? $"{type.Display}.{name}" : null;
        }

        if (RiskyApis.IsRiskyMember(type.Display, AsWritten(name)))
        {
            return $"{type.Display}.{name}";
        }

        return member.GetKind() == MemberReferenceKind.Field && IsWritableStaticField(type.Metadata, name)
            ? $"the writable static field {type.Display}.{name}"
            : null;
    }

    // Generic instances are written as GENERICINST, CLASS or VALUETYPE, then the generic type itself.
    private EntityHandle? GenericTypeOf(TypeSpecificationHandle handle)
    {
        var signature = _metadata.GetBlobReader(_metadata.GetTypeSpecification(handle).Signature);
        if (signature.ReadSignatureTypeCode() != SignatureTypeCode.GenericTypeInstance)
        {
            return null;
        }

        var kind = signature.ReadSignatureTypeCode();
        return kind is SignatureTypeCode.TypeHandle ? signature.ReadTypeHandle() : null;
    }

    private bool IsWritableStaticField(string typeMetadataName, string fieldName)
    {
        var fields = _compilation.GetTypeByMetadataName(typeMetadataName)?.GetMembers(fieldName).OfType<IFieldSymbol>().ToList();
        return fields is null or [] || fields.Any(field => field.IsStatic && !field.IsReadOnly && !field.IsConst);
    }

    private bool IsUsedByOwnCode(MemberReferenceHandle member)
    {
        var tokens = _tokensInOwnCode.Value;
        return tokens.Contains(MetadataTokens.GetToken(member))
            || Enumerable.Range(1, _metadata.GetTableRowCount(TableIndex.MethodSpec))
                .Select(MetadataTokens.MethodSpecificationHandle)
                .Where(spec => _metadata.GetMethodSpecification(spec).Method == member)
                .Any(spec => tokens.Contains(MetadataTokens.GetToken(spec)));
    }

    // Every four bytes at every offset of every method body outside <PrivateImplementationDetails>: a superset of the
    // tokens that code refers to, since an instruction names a member by its token in four little-endian bytes.
    private HashSet<int> ReadTokensInOwnCode()
    {
        var tokens = new HashSet<int>();
        foreach (var typeHandle in _metadata.TypeDefinitions)
        {
            var type = _metadata.GetTypeDefinition(typeHandle);
            if (_metadata.GetString(type.Name) == PrivateImplementationDetails && type.GetDeclaringType().IsNil)
            {
                continue;
            }

            foreach (var method in type.GetMethods().Select(_metadata.GetMethodDefinition).Where(method => method.RelativeVirtualAddress != 0))
            {
                var code = _image.GetMethodBody(method.RelativeVirtualAddress).GetILContent().AsSpan();
                for (var offset = 0; offset + 4 <= code.Length; offset++)
                {
                    tokens.Add(BinaryPrimitives.ReadInt32LittleEndian(code[offset..]));
                }
            }
        }

        return tokens;
    }

    // Properties and events are listed by the names code uses, not by their accessors'.
    private static string AsWritten(string memberName) =>
        memberName.Split('_', 2) is [("get" or "set" or "add" or "remove"), var rest] ? rest : memberName;

    private TypeName FullName(TypeReferenceHandle handle)
    {
        var type = _metadata.GetTypeReference(handle);
        var name = _metadata.GetString(type.Name);
        if (type.ResolutionScope.Kind == HandleKind.TypeReference)
        {
            var outer = FullName((TypeReferenceHandle)type.ResolutionScope);
            return new TypeName($"{outer.Display}.{name}", $"{outer.Metadata}+{name}");
        }

        var space = _metadata.GetString(type.Namespace);
        var full = space.Length == 0 ? name : $"{space}.{name}";
        return new TypeName(full, full);
    }

    private readonly record struct TypeName(string Display, string Metadata);
}
