using Mono.Cecil;
using Mono.Cecil.Cil;

namespace BrigadeBot.Tests.Architecture;

/// <summary>
/// Every type an assembly's types use, read from its IL: signatures, attributes, base types, and method bodies
/// (calls, fields, <c>new</c>, casts, <c>typeof</c>). Nested and compiler-generated types (lambdas, async state
/// machines) count as their outermost type. Constants are inlined by the compiler and leave no trace.
/// </summary>
public sealed class DependencyGraph
{
    private DependencyGraph(IReadOnlyList<TypeDependency> dependencies, IReadOnlyList<string> literals)
    {
        Dependencies = dependencies;
        Literals = literals;
    }

    /// <summary>One edge per (using type, used type), both in this assembly or not.</summary>
    public IReadOnlyList<TypeDependency> Dependencies { get; }

    /// <summary>Every string literal the assembly's code loads.</summary>
    public IReadOnlyList<string> Literals { get; }

    public static DependencyGraph Of(System.Reflection.Assembly assembly) => Of(assembly.Location);

    /// <summary>The graph of the assembly at <paramref name="path"/>, without loading it.</summary>
    public static DependencyGraph Of(string path)
    {
        using var module = ModuleDefinition.ReadModule(path);
        var edges = new HashSet<TypeDependency>();
        var literals = new List<string>();
        foreach (var type in module.Types.Where(t => t.Namespace.Length > 0))
        {
            var used = new HashSet<TypeReference>(new ByFullName());
            Collect(type, used, literals);
            foreach (var target in used.Select(Outermost).DistinctBy(t => t.FullName))
                if (target.FullName != type.FullName)
                    edges.Add(new TypeDependency(type.FullName, type.Namespace, target.FullName, target.Namespace, AssemblyOf(target)));
        }
        return new DependencyGraph(edges.ToArray(), literals);
    }

    private static void Collect(TypeDefinition type, HashSet<TypeReference> used, List<string> literals)
    {
        Add(type.BaseType, used);
        foreach (var i in type.Interfaces) Add(i.InterfaceType, used);
        Attributes(type, used);
        foreach (var field in type.Fields) { Add(field.FieldType, used); Attributes(field, used); }
        foreach (var property in type.Properties) { Add(property.PropertyType, used); Attributes(property, used); }
        foreach (var e in type.Events) Add(e.EventType, used);
        foreach (var method in type.Methods)
        {
            Signature(method, used);
            Attributes(method, used);
            if (!method.HasBody) continue;
            foreach (var variable in method.Body.Variables) Add(variable.VariableType, used);
            foreach (var handler in method.Body.ExceptionHandlers) Add(handler.CatchType, used);
            foreach (var instruction in method.Body.Instructions)
                switch (instruction.Operand)
                {
                    case TypeReference t: Add(t, used); break;
                    case MethodReference m: Signature(m, used); break;
                    case FieldReference f: Add(f.DeclaringType, used); Add(f.FieldType, used); break;
                    case string s when instruction.OpCode == OpCodes.Ldstr: literals.Add(s); break;
                }
        }
        foreach (var nested in type.NestedTypes) Collect(nested, used, literals);
    }

    private static void Signature(MethodReference method, HashSet<TypeReference> used)
    {
        Add(method.DeclaringType, used);
        Add(method.ReturnType, used);
        foreach (var parameter in method.Parameters) Add(parameter.ParameterType, used);
        if (method is GenericInstanceMethod generic)
            foreach (var argument in generic.GenericArguments) Add(argument, used);
    }

    private static void Attributes(ICustomAttributeProvider owner, HashSet<TypeReference> used)
    {
        foreach (var attribute in owner.CustomAttributes)
        {
            Add(attribute.AttributeType, used);
            foreach (var argument in attribute.ConstructorArguments)
                if (argument.Value is TypeReference t) Add(t, used);
        }
    }

    private static void Add(TypeReference? type, HashSet<TypeReference> used)
    {
        switch (type)
        {
            case null or GenericParameter: return;
            case GenericInstanceType generic:
                Add(generic.ElementType, used);
                foreach (var argument in generic.GenericArguments) Add(argument, used);
                return;
            case TypeSpecification specification: Add(specification.ElementType, used); return; // arrays, by-ref, pointers
            default: used.Add(type); return;
        }
    }

    private static TypeReference Outermost(TypeReference type)
    {
        while (type.DeclaringType is not null) type = type.DeclaringType;
        return type;
    }

    private static string AssemblyOf(TypeReference type) => type.Scope switch
    {
        AssemblyNameReference assembly => assembly.Name,
        ModuleDefinition module => module.Assembly.Name.Name,
        _ => type.Scope.Name,
    };

    private sealed class ByFullName : IEqualityComparer<TypeReference>
    {
        public bool Equals(TypeReference? x, TypeReference? y) => x?.FullName == y?.FullName;
        public int GetHashCode(TypeReference obj) => obj.FullName.GetHashCode(StringComparison.Ordinal);
    }
}
