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
