using System.Reflection;
using System.Runtime.CompilerServices;
using BrigadeBot.Storage;
using LiteDB;

namespace BrigadeBot.Tests.Storage;

/// <summary>
/// Our mapper reads and writes members through bound delegates, not LiteDB's compiled expressions: every stored class
/// must still map to the very document LiteDB's own mapper makes, and come back the same.
/// </summary>
public sealed class BsonMapperAccessorTests
{
    public enum Shade { Light, Dark }

    public class Base
    {
        public string Inherited { get; set; } = "";
    }

    public sealed class Item
    {
        public string Label { get; set; } = "";
        public int Count { get; set; }
    }

    /// <summary>A collection that only says it is enumerable, the non-generic way.</summary>
    public sealed class Bag<T> : System.Collections.IEnumerable
    {
        public System.Collections.IEnumerator GetEnumerator() => Array.Empty<T>().GetEnumerator();
    }

    public class Annotated
    {
        [BsonId(false)] public virtual int Key { get; set; }
        [BsonIgnore] public virtual string Hidden { get; set; } = "";
        [BsonField("renamed_in_base")] public virtual string Renamed { get; set; } = "";
    }

    public sealed class Overriding : Annotated
    {
        public override int Key { get; set; }
        public override string Hidden { get; set; } = "";
        public override string Renamed { get; set; } = "";
        public string Plain { get; set; } = "";
    }

    public sealed class Collections
    {
        public int Id { get; set; }
        public System.Collections.IEnumerable? Loose { get; set; }
        public System.Collections.ArrayList? Untyped { get; set; }
        public Bag<int>? Bag { get; set; }
        public HashSet<string>? Set { get; set; }
        public IReadOnlyList<Item>? ReadOnly { get; set; }
        public Dictionary<string, int>? Map { get; set; }
        public int[]? Numbers { get; set; }
        public string Text { get; set; } = "";
    }

    public struct Point
    {
        public int X { get; set; }
        public int Y { get; set; }
    }

    public sealed class Referencing
    {
        public int Id { get; set; }
        [BsonRef("items")] public Item? Item { get; set; }
    }

    public sealed record Positional(string Id, int Count);

    public sealed class Constructed
    {
        public Constructed() => Origin = "parameterless";

        [BsonCtor]
        public Constructed(string id) => (Id, Origin) = (id, "LiteDB's constructor");

        public string Id { get; set; } = "";
        [BsonIgnore] public string Origin { get; }
    }

    public abstract class Abstract
    {
        public int Id { get; set; }
    }

    public sealed class Everything : Base
    {
        [BsonId] public string Key { get; set; } = "";
        public int Number { get; set; }
        public long? Maybe { get; set; }
        public DateTime At { get; set; }
        public DateTime? MaybeAt { get; set; }
        public DateOnly Day { get; set; }
        public Shade Shade { get; set; }
        public Shade? MaybeShade { get; set; }
        public bool Flag { get; set; }
        public string? Note { get; set; }
        public string Secret { get; private set; } = "";
        public string Fixed { get; init; } = "";
        public List<string> Tags { get; set; } = [];
        public List<Item> Items { get; set; } = [];
        public Dictionary<string, int> Counts { get; set; } = [];
        public string[] Codes { get; set; } = [];
        [BsonField("renamed")] public string Named { get; set; } = "";
        [BsonIgnore] public string Skipped { get; set; } = "";
        public string Computed => Key + "!";
        public void SetSecret(string value) => Secret = value;
    }

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "GetEntityMapper")]
    private static extern EntityMapper EntityMapperOf(BsonMapper mapper, Type type);

    private static BsonMapper LiteDbOwn() => new()
    {
        TrimWhitespace = false, EmptyStringToNull = false, SerializeNullValues = false, EnumAsInteger = false,
    };

    public static TheoryData<Type> StoredTypes()
    {
        var data = new TheoryData<Type>();
        foreach (var type in StoredClasses()) data.Add(type);
        return data;
    }

    [Theory]
    [MemberData(nameof(StoredTypes))]
    public void Every_stored_class_maps_to_the_members_LiteDB_would_map(Type type)
    {
        var ours = EntityMapperOf(BrigadeBsonMapper.Create(), type);
        var theirs = EntityMapperOf(LiteDbOwn(), type);

        Assert.Equal(Describe(theirs), Describe(ours));
        Assert.All(ours.Members, m => Assert.IsAssignableFrom<PropertyAccessor>(m.Getter.Target));
    }

    [Theory]
    [InlineData(typeof(Everything))]
    [InlineData(typeof(Overriding))]
    [InlineData(typeof(Collections))]
    [InlineData(typeof(Item))]
    public void Attributes_collections_and_ids_map_as_LiteDB_maps_them(Type type)
    {
        var ours = EntityMapperOf(BrigadeBsonMapper.Create(), type);

        Assert.Equal(Describe(EntityMapperOf(LiteDbOwn(), type)), Describe(ours));
        Assert.All(ours.Members, m => Assert.IsAssignableFrom<PropertyAccessor>(m.Getter.Target));
    }

    [Fact]
    public void An_attribute_on_the_base_declaration_of_an_overridden_property_counts()
    {
        var members = EntityMapperOf(BrigadeBsonMapper.Create(), typeof(Overriding)).Members;

        Assert.DoesNotContain(members, m => m.MemberName == nameof(Overriding.Hidden));
        Assert.Equal("renamed_in_base", Assert.Single(members, m => m.MemberName == nameof(Overriding.Renamed)).FieldName);
        Assert.False(Assert.Single(members, m => m.FieldName == "_id").AutoId);
    }

    [Fact]
    public void What_LiteDB_maps_its_own_way_keeps_LiteDB_s_mapper()
    {
        var withFields = BrigadeBsonMapper.Create();
        withFields.IncludeFields = true;
        var fieldsTheirs = LiteDbOwn();
        fieldsTheirs.IncludeFields = true;

        foreach (var (ours, theirs, type) in new[]
                 {
                     (BrigadeBsonMapper.Create(), LiteDbOwn(), typeof(Point)),
                     (BrigadeBsonMapper.Create(), LiteDbOwn(), typeof(Referencing)),
                     (withFields, fieldsTheirs, typeof(Item)),
                 })
        {
            var entity = EntityMapperOf(ours, type);
            Assert.Equal(Describe(EntityMapperOf(theirs, type)), Describe(entity));
            Assert.All(entity.Members, m => Assert.IsNotAssignableFrom<PropertyAccessor>(m.Getter.Target));
        }
    }

    [Fact]
    public void A_member_resolver_renames_and_leaves_out_as_with_LiteDB()
    {
        static void Resolve(Type type, System.Reflection.MemberInfo member, MemberMapper mapped)
        {
            if (member.Name == nameof(Everything.Number)) mapped.FieldName = "n";
            if (member.Name == nameof(Everything.Note)) mapped.FieldName = null;
            if (member.Name == nameof(Everything.Flag)) mapped.IsIgnore = true;
        }
        var ours = BrigadeBsonMapper.Create();
        ours.ResolveMember = Resolve;
        var theirs = LiteDbOwn();
        theirs.ResolveMember = Resolve;

        var entity = EntityMapperOf(ours, typeof(Everything));

        Assert.Equal(Describe(EntityMapperOf(theirs, typeof(Everything))), Describe(entity));
        Assert.Contains(entity.Members, m => m.FieldName == "n");
        Assert.DoesNotContain(entity.Members, m => m.MemberName is nameof(Everything.Note) or nameof(Everything.Flag));
    }

    [Fact]
    public void New_objects_come_from_a_public_parameterless_constructor_or_from_LiteDB()
    {
        Assert.IsType<Everything>(BrigadeBsonMapper.ParameterlessInstances.Create(typeof(Everything)));
        Assert.IsType<Dictionary<string, int>>(BrigadeBsonMapper.ParameterlessInstances.Create(typeof(Dictionary<string, int>)));
        Assert.Null(BrigadeBsonMapper.ParameterlessInstances.Create(typeof(Positional)));
        Assert.Null(BrigadeBsonMapper.ParameterlessInstances.Create(typeof(Abstract)));
        Assert.Null(BrigadeBsonMapper.ParameterlessInstances.Create(typeof(IDisposable)));
        Assert.Null(BrigadeBsonMapper.ParameterlessInstances.Create(typeof(Point)));
        Assert.Null(BrigadeBsonMapper.ParameterlessInstances.Create(typeof(Constructed)));

        var mapper = BrigadeBsonMapper.Create();
        Assert.Equal(new Positional("p1", 3), mapper.ToObject<Positional>(mapper.ToDocument(new Positional("p1", 3))));
        Assert.Equal("LiteDB's constructor", mapper.ToObject<Constructed>(new BsonDocument { ["_id"] = "c1" }).Origin);
    }

    [Fact]
    public void The_test_finds_the_stored_classes()
    {
        var names = StoredClasses().Select(t => t.Name).ToList();
        Assert.Contains("Booking", names);
        Assert.Contains("Slot", names);
        Assert.Contains("Conference", names);
        Assert.Contains("DeliveryMark", names);
        Assert.True(names.Count >= 25, string.Join(", ", names));
    }

    [Fact]
    public void A_document_is_the_one_LiteDB_writes_and_reads_back_whole()
    {
        var written = new Everything
        {
            Key = "k1", Inherited = "hérité", Number = 7, Maybe = 42, At = new DateTime(2026, 12, 5, 14, 0, 0, DateTimeKind.Utc),
            MaybeAt = null, Day = new DateOnly(2026, 12, 5), Shade = Shade.Dark, MaybeShade = Shade.Light, Flag = true,
            Note = "  « note »  ", Fixed = "init", Tags = ["a", "b"], Items = [new Item { Label = "x", Count = 2 }],
            Counts = new() { ["un"] = 1 }, Codes = ["c"], Named = "n", Skipped = "never stored",
        };
        written.SetSecret("private setter");
        var ours = BrigadeBsonMapper.Create();
        var theirs = LiteDbOwn();
        theirs.RegisterType<DateOnly>(d => ours.Serialize(d), b => (DateOnly)ours.Deserialize(typeof(DateOnly), b));

        var document = ours.ToDocument(written);
        Assert.Equal(theirs.ToDocument(written).ToString(), document.ToString());
        Assert.False(document.ContainsKey("Skipped"));
        Assert.False(document.ContainsKey("MaybeAt"));
        Assert.Equal("n", document["renamed"].AsString);
        Assert.Equal("k1", document["_id"].AsString);

        var read = ours.ToObject<Everything>(document);
        Assert.Equal(theirs.ToDocument(theirs.ToObject<Everything>(document)).ToString(), ours.ToDocument(read).ToString());
        Assert.Equal("private setter", read.Secret);
        Assert.Equal("init", read.Fixed);
        Assert.Equal("hérité", read.Inherited);
        Assert.Equal(42, read.Maybe);
        Assert.Null(read.MaybeAt);
        Assert.Equal(Shade.Light, read.MaybeShade);
        Assert.Equal("x", Assert.Single(read.Items).Label);
        Assert.Equal(1, read.Counts["un"]);
        Assert.Equal("", read.Skipped);
    }

    /// <summary>A native build, which cannot make code for a new (class, value type) pair, reads and writes through reflection.</summary>
    [Fact]
    public void The_reflected_accessor_reads_and_writes_what_the_bound_one_does()
    {
        var source = new Everything
        {
            Key = "k1", Number = 7, Maybe = 42, At = new DateTime(2026, 12, 5, 14, 0, 0, DateTimeKind.Utc),
            Day = new DateOnly(2026, 12, 5), Shade = Shade.Dark, MaybeShade = Shade.Light, Flag = true, Tags = ["a"],
        };
        var copy = new Everything();

        foreach (var property in typeof(Everything).GetProperties().Where(p => p.CanWrite))
        {
            var reflected = PropertyAccessor.Reflected(property);
            var bound = PropertyAccessor.For(property);
            Assert.Equal(bound.Get(source), reflected.Get(source));
            reflected.Set(copy, bound.Get(source));
            Assert.Equal(bound.Get(source), bound.Get(copy));
        }
        Assert.Equal(BrigadeBsonMapper.Create().ToDocument(source).ToString(), BrigadeBsonMapper.Create().ToDocument(copy).ToString());
    }

    private static IEnumerable<Type> StoredClasses()
    {
        var roots = typeof(BrigadeBsonMapper).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true } && t.GetConstructor(Type.EmptyTypes) is not null)
            .Where(t => t.GetProperties().Any(p => p.IsDefined(typeof(BsonIdAttribute)) || (p.Name == "Id" && p.CanWrite)))
            .Where(t => t.Namespace!.StartsWith("BrigadeBot.Features", StringComparison.Ordinal) || t.Namespace == "BrigadeBot.Storage");
        var found = new HashSet<Type>();
        var pending = new Queue<Type>(roots);
        while (pending.TryDequeue(out var type))
        {
            if (!found.Add(type)) continue;
            foreach (var property in type.GetProperties())
            {
                var member = property.PropertyType.IsGenericType ? property.PropertyType.GetGenericArguments().Last() : property.PropertyType;
                if (member.IsClass && member.Assembly == type.Assembly) pending.Enqueue(member);
            }
        }
        return found.OrderBy(t => t.FullName);
    }

    private static string Describe(EntityMapper entity) =>
        string.Join("\n", entity.Members.Select(m =>
            $"{m.FieldName} {m.MemberName} {m.DataType} {m.UnderlyingType} enumerable={m.IsEnumerable} autoId={m.AutoId} "
            + $"get={m.Getter is not null} set={m.Setter is not null} dbref={m.IsDbRef}"))
        + $"\nid={entity.Id?.FieldName}";
}
