using System.Text.Json.Serialization;

namespace BrigadeBot.Features.Booking;

/// <summary>The booking modal's private_metadata, generated at build time (the names as the serializer's defaults write them).</summary>
[JsonSerializable(typeof(BookingModal.Metadata))]
internal sealed partial class BookingModalJson : JsonSerializerContext;
