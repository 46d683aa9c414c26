using System.Reflection;
using System.Runtime.CompilerServices;

namespace BrigadeBot.Storage;

/// <summary>Reads and writes one property of a stored class through delegates bound to its accessors.</summary>
internal abstract class PropertyAccessor
{
    public abstract object? Get(object entity);

    /// <summary>Only for a property with a setter (LiteDB calls no setter it was not given).</summary>
    public abstract void Set(object entity, object? value);

    protected abstract void Bind(PropertyInfo property);

    /// <summary>Through reflection's own invoker: slower, but needs no code made for the property's type.</summary>
    internal static PropertyAccessor Reflected(PropertyInfo property) => new ReflectedAccessor(property);

    private sealed class ReflectedAccessor(PropertyInfo property) : PropertyAccessor
    {
        public override object? Get(object entity) => property.GetValue(entity);

        public override void Set(object entity, object? value) => property.SetValue(entity, value);

        protected override void Bind(PropertyInfo unused) { }
    }

    // A parameterless constructor, then a virtual call: constructor arguments would go through reflection's invoker,
    // which emits a stub per class (more code to compile at start, what this type exists to avoid).
    public static PropertyAccessor For(PropertyInfo property)
    {
        // A native build has no code for a (class, value type) pair it did not see when it was compiled.
        if (!RuntimeFeature.IsDynamicCodeSupported) return Reflected(property);
        var accessor = (PropertyAccessor)Activator.CreateInstance(
            typeof(PropertyAccessor<,>).MakeGenericType(property.DeclaringType!, property.PropertyType))!;
        accessor.Bind(property);
        return accessor;
    }
}

/// <summary>
/// One generic class for every (class, property type) pair: the runtime shares its code across reference types, so
/// only value-typed properties (dates, enums, numbers) need code of their own, once per type.
/// </summary>
internal sealed class PropertyAccessor<TEntity, TValue> : PropertyAccessor where TEntity : class
{
    private Func<TEntity, TValue>? get;
    private Action<TEntity, TValue>? set;

    protected override void Bind(PropertyInfo property)
    {
        get = property.GetMethod!.CreateDelegate<Func<TEntity, TValue>>();
        set = property.SetMethod?.CreateDelegate<Action<TEntity, TValue>>();
    }

    public override object? Get(object entity) => get!((TEntity)entity);

    // Unboxing as LiteDB's compiled setter converts: a null for a non-nullable value type fails the same way.
    public override void Set(object entity, object? value) => set!((TEntity)entity, (TValue)value!);
}
