using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using LiteDB;

namespace BrigadeBot.Storage;

/// <summary>
/// The one <see cref="BsonMapper"/> of the database: our own instance, never <see cref="BsonMapper.Global"/>.
/// Documents are mapped exactly as LiteDB maps them, but each member is read and written through delegates bound to
/// its accessors (<see cref="PropertyAccessor{TEntity,TValue}"/>) instead of an expression tree compiled at run time:
/// LiteDB's way compiled some 550 methods at every start, the largest single cost of starting the bot.
/// </summary>
internal sealed class BrigadeBsonMapper : BsonMapper
{
    // Fractions only when there are some ("09:30:00", "09:30:00.5"): still sorts as it compares.
    private const string TimeFormat = "HH:mm:ss.FFFFFFF";

    private BrigadeBsonMapper() : base(customTypeInstantiator: ParameterlessInstances.Create)
    {
        // LiteDB's defaults trim strings and turn "" into null: what a member typed must come back unchanged.
        TrimWhitespace = false;
        EmptyStringToNull = false;
        SerializeNullValues = false;
        EnumAsInteger = false;

        // LiteDB (netstandard2.0) knows neither type. ISO text keeps them readable, and sorts as they compare.
        RegisterType<DateOnly>(
            date => new BsonValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            bson => DateOnly.ParseExact(bson.AsString, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        RegisterType<TimeOnly>(
            time => new BsonValue(time.ToString(TimeFormat, CultureInfo.InvariantCulture)),
            bson => TimeOnly.ParseExact(bson.AsString, TimeFormat, CultureInfo.InvariantCulture));
    }

    public static BsonMapper Create() => new BrigadeBsonMapper();

    /// <summary>
    /// LiteDB's rules, member by member (ignored members, <see cref="BsonFieldAttribute"/> names, the id as
    /// <c>_id</c>, <see cref="BsonIdAttribute.AutoId"/>, the first of two names differing only by case). Types it
    /// maps differently (structs, fields, <see cref="BsonRefAttribute"/>) keep LiteDB's own mapper. LiteDB calls this
    /// under its cache's lock; the mapper is published only once complete, so no reader sees it half built.
    /// </summary>
    protected override EntityMapper BuildAddEntityMapper(Type type)
    {
        var members = GetTypeMembers(type).ToList();
        if (!type.IsClass || IncludeFields || members.Any(m => m.IsDefined(typeof(BsonRefAttribute), inherit: false)))
            return base.BuildAddEntityMapper(type);

        var entity = new EntityMapper(type);
        var id = GetIdMember(members);
        foreach (var property in members.Cast<PropertyInfo>())
        {
            // Attribute's statics, as LiteDB: they see an attribute on the base declaration of an overridden property.
            if (Attribute.IsDefined(property, typeof(BsonIgnoreAttribute), inherit: true)) continue;
            var name = Attribute.GetCustomAttribute(property, typeof(BsonFieldAttribute), inherit: true) is BsonFieldAttribute { Name: { } field }
                ? field
                : ResolveFieldName(property.Name);
            if (property == id) name = "_id";
            var accessor = PropertyAccessor.For(property);
            var isEnumerable = EnumerableTypes.IsEnumerable(property.PropertyType);
            var member = new MemberMapper
            {
                AutoId = (Attribute.GetCustomAttribute(property, typeof(BsonIdAttribute), inherit: true) as BsonIdAttribute)?.AutoId ?? true,
                FieldName = name,
                MemberName = property.Name,
                DataType = property.PropertyType,
                IsEnumerable = isEnumerable,
                UnderlyingType = isEnumerable ? EnumerableTypes.ItemType(property.PropertyType) : property.PropertyType,
                Getter = accessor.Get,
                Setter = property.CanWrite ? accessor.Set : null,
            };
            ResolveMember?.Invoke(type, property, member);
            if (member.FieldName is not null && !member.IsIgnore
                && !entity.Members.Any(m => m.FieldName.Equals(name, StringComparison.OrdinalIgnoreCase)))
                entity.Members.Add(member);
        }
        Entities(this)[type] = entity;
        return entity;
    }

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_entities")]
    private static extern ref Dictionary<Type, EntityMapper> Entities(BsonMapper mapper);

    /// <summary>
    /// New documents' objects through their public parameterless constructor (the runtime's cached activator) rather
    /// than LiteDB's compiled one; null hands back to LiteDB a type without one, or with a constructor LiteDB must use
    /// (<see cref="BsonCtorAttribute"/>).
    /// </summary>
    internal static class ParameterlessInstances
    {
        private static readonly ConditionalWeakTable<Type, object> Creatable = [];

        [UnconditionalSuppressMessage("Trimming", "IL2067", Justification = StoredTypes.KeptWhole)]
        public static object? Create(Type type) =>
            Creatable.GetValue(type, IsCreatable) is true ? Activator.CreateInstance(type) : null;

        [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = StoredTypes.KeptWhole)]
        private static object IsCreatable(Type type) =>
            type is { IsClass: true, IsAbstract: false } && type.GetConstructor(Type.EmptyTypes) is not null
            && !type.GetConstructors().Any(c => c.IsDefined(typeof(BsonCtorAttribute)));
    }

    /// <summary>LiteDB's own test of a list-like member (its helper is internal).</summary>
    private static class EnumerableTypes
    {
        [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = StoredTypes.KeptWhole)]
        public static bool IsEnumerable(Type type) =>
            type == typeof(System.Collections.IEnumerable) || type.IsArray
            || (type != typeof(string) && type.GetInterfaces().Any(IsGenericEnumerable));

        [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = StoredTypes.KeptWhole)]
        public static Type ItemType(Type type)
        {
            if (type.IsArray) return type.GetElementType()!;
            foreach (var contract in type.GetInterfaces())
            {
                if (IsGenericEnumerable(contract)) return contract.GetGenericArguments()[0];
                if (type.IsGenericType && contract == typeof(System.Collections.IEnumerable)) return type.GetGenericArguments()[0];
            }
            return typeof(object);
        }

        private static bool IsGenericEnumerable(Type contract) =>
            contract.IsGenericType && contract.GetGenericTypeDefinition() == typeof(IEnumerable<>);
    }
}
