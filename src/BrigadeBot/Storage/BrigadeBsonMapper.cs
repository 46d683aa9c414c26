using System.Globalization;
using LiteDB;

namespace BrigadeBot.Storage;

/// <summary>The one <see cref="BsonMapper"/> of the database: our own instance, never <see cref="BsonMapper.Global"/>.</summary>
internal static class BrigadeBsonMapper
{
    // Fractions only when there are some ("09:30:00", "09:30:00.5"): still sorts as it compares.
    private const string TimeFormat = "HH:mm:ss.FFFFFFF";

    public static BsonMapper Create()
    {
        var mapper = new BsonMapper
        {
            // LiteDB's defaults trim strings and turn "" into null: what a member typed must come back unchanged.
            TrimWhitespace = false,
            EmptyStringToNull = false,
            SerializeNullValues = false,
            EnumAsInteger = false,
        };

        // LiteDB (netstandard2.0) knows neither type. ISO text keeps them readable, and sorts as they compare.
        mapper.RegisterType<DateOnly>(
            date => new BsonValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            bson => DateOnly.ParseExact(bson.AsString, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        mapper.RegisterType<TimeOnly>(
            time => new BsonValue(time.ToString(TimeFormat, CultureInfo.InvariantCulture)),
            bson => TimeOnly.ParseExact(bson.AsString, TimeFormat, CultureInfo.InvariantCulture));
        return mapper;
    }
}
